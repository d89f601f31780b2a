// recordSuspect: a suspect in a case, idempotent by the agency's reference. Only the person
// reference and non-identifying attributes are stored.
import { byExternalRef, change, idempotencyConflict, notBefore, notFound, wrote } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { recordPersonOnce } from '../domain/persons.ts'
import { RecordSuspectSchema } from '../validation/suspect.ts'

const SUSPECT_FIELDS = ['externalRef', 'criminalCase', 'person', 'role', 'arrestStatus', 'arrestedAt', 'wanted']

export const recordSuspect = mutation({
  input: RecordSuspectSchema,
  reference: byExternalRef((tx) => tx.suspect),
  write: async (tx, input, { digest }) => {
    const { sex, birthYear, citizenship, citizenshipCountry, ...suspect } = input
    const c = await tx.criminalCase.findUnique({ where: { id: input.caseId } })
    if (!c) throw notFound('vụ án / criminal case', 'input.caseId')
    notBefore(input.arrestedAt ?? c.openedAt, c.openedAt, 'input.arrestedAt', 'ngày bắt trước ngày khởi tố vụ án', 'arrestedAt is before the case was opened')
    if (await tx.suspect.findUnique({ where: { caseId_personRef: { caseId: input.caseId, personRef: input.personRef } } }))
      throw idempotencyConflict('input.personRef')
    const person = await recordPersonOnce(tx, input.personRef, { sex, birthYear, citizenship, citizenshipCountry })
    const created = await tx.suspect.create({ data: { ...suspect, inputDigest: digest } })
    return wrote(created, change('CaseSuspect', created.id, SUSPECT_FIELDS), ...person)
  },
})
