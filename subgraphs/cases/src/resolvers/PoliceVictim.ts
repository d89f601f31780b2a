// A police victim record. Its personal fields are decrypted only for the police within their unit
// scope (kit `mayReadPersonal`): a provincial-scope police officer or supervisor sees every
// victim's, one scoped to a district or commune only those of victims whose cases (or rescue
// operation) lie in that scope — a referral to the police never widens that. Another agency reads
// them only through a referral's grant (Social Affairs names the receiving agency and unit through
// @requires), and the police honour a grant only (1) while their own record says the person
// consents to share (`consentToShare` GIVEN: whatever Social Affairs recorded, a REFUSED, WITHDRAWN
// or NOT_ASKED police consent grants nothing), and (2) on the path `person(personRef) { policeVictim }`
// (the gateway tells where the entities sit, signed); the reader must be of the named agency
// with a unit scope covering the named unit. Everyone else gets null and a FORBIDDEN error naming
// the field. Values are never logged nor put in errors; reading them is audited by the kit (server.ts).
import { mayReadPersonal, personalFieldForbidden, type PersonalDataGrant } from '@lienthong/kit'
import type { Context } from '../context.ts'
import type { VictimRecord } from '../loaders/victim.ts'
import { personByRef } from './Person.ts'
import { inVocabularyOrder } from '../domain/forms.ts'
import { PERSONAL_FIELDS, type PersonalField } from '../domain/victimPersonal.ts'
import type { PoliceVictimResolvers } from './types.ts'

/** The one path of a caller's operation on which a referral's grant is served: `person(personRef) { policeVictim }`. */
export const GRANT_PATH = 'person'

/** The referral grants the police honour for this record in this request (none unless both rules hold). */
function honouredGrants(v: VictimRecord, { identity }: Context): readonly PersonalDataGrant[] {
  if (v.consentToShare !== 'GIVEN' || identity?.entityPath !== GRANT_PATH) return []
  return v.referralGrants ?? []
}

async function personal(v: VictimRecord, field: PersonalField, ctx: Context): Promise<string | null> {
  const { identity, loaders, cipher } = ctx
  const units = (await loaders.victimUnits.load(v.personRef)).map((u) => u.unitCode)
  if (!mayReadPersonal(identity, { owner: 'police', units, grants: honouredGrants(v, ctx) })) throw personalFieldForbidden(`PoliceVictim.${field}`)
  const sealed = await loaders.victimSealed.load(v.personRef)
  return cipher.decryptNullable(sealed?.[PERSONAL_FIELDS[field]])
}

export const PoliceVictim: PoliceVictimResolvers = {
  person: (v, _, ctx) => personByRef(v.personRef, ctx),
  forms: async (v, _, { loaders }) => inVocabularyOrder((await loaders.victimForms.load(v.personRef)).map((f) => f.form)),
  rescued: (v) => v.rescueOperationId != null,
  rescueOperation: (v, _, { loaders }) => (v.rescueOperationId ? loaders.rescueOperation.load(v.rescueOperationId) : null),
  fullName: (v, _, ctx) => personal(v, 'fullName', ctx),
  nationalId: (v, _, ctx) => personal(v, 'nationalId', ctx),
  dateOfBirth: (v, _, ctx) => personal(v, 'dateOfBirth', ctx),
  address: (v, _, ctx) => personal(v, 'address', ctx),
  phone: (v, _, ctx) => personal(v, 'phone', ctx),
}
