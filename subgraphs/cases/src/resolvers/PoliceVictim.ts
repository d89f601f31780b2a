// A police victim record. Its personal fields are decrypted only for the police within their unit
// scope (kit `mayReadPersonal`): a provincial-scope police officer or supervisor sees every
// victim's, one scoped to a district or commune only those of victims whose cases (or rescue
// operation) lie in that scope; reached through Person, also the agency that received an
// accepted referral sharing the person's data with consent (Social Affairs says which, through
// @requires); everyone else gets null and a FORBIDDEN error naming the field.
// Values are never logged nor put in errors; reading them is audited by the kit (server.ts).
import { mayReadPersonal, personalFieldForbidden } from '@lienthong/kit'
import type { Context } from '../context.ts'
import type { VictimRecord } from '../loaders/victim.ts'
import { personByRef } from './Person.ts'
import { inVocabularyOrder } from './forms.ts'
import type { PoliceVictimResolvers } from './types.ts'

/** Served personal field → its sealed column. */
export const PERSONAL_FIELDS = {
  fullName: 'fullNameSealed',
  nationalId: 'nationalIdSealed',
  dateOfBirth: 'dateOfBirthSealed',
  address: 'addressSealed',
  phone: 'phoneSealed',
} as const
export type PersonalField = keyof typeof PERSONAL_FIELDS

async function personal(v: VictimRecord, field: PersonalField, { identity, loaders, cipher }: Context): Promise<string | null> {
  const units = (await loaders.victimUnits.load(v.personRef)).map((u) => u.unitCode)
  const granted = identity != null && (v.sharedWith ?? []).includes(identity.agency)
  if (!mayReadPersonal(identity, { owner: 'police', units, granted })) throw personalFieldForbidden(`PoliceVictim.${field}`)
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
