// recordSuspect: a suspect in a case, idempotent by the agency's reference. Only the person
// reference and non-identifying attributes are stored.
import { createOnce, idempotencyConflict, notFound, parseInput, inTransaction, notBefore, inputDigest } from '@lienthong/kit'
import type { Context } from '../context.ts'
import type { Suspect } from '../db.ts'
import { RecordSuspectSchema } from '../validation/suspect.ts'

export async function recordSuspect(input: unknown, { db, env }: Context): Promise<Suspect> {
  const data = parseInput(RecordSuspectSchema, input, ['input'])
  const digest = inputDigest(data, env.piiKey)
  const { sex, birthYear, citizenship, citizenshipCountry, ...suspect } = data
  return inTransaction(db, async (tx) => (await createOnce({
    existing: () => tx.suspect.findUnique({ where: { externalRef: data.externalRef } }),
    sameAs: (found) => found.inputDigest === digest,
    create: async () => {
      const c = await tx.criminalCase.findUnique({ where: { id: data.caseId } })
      if (!c) throw notFound('vụ án / criminal case', 'input.caseId')
      notBefore(data.arrestedAt ?? c.openedAt, c.openedAt, 'input.arrestedAt', 'ngày bắt trước ngày khởi tố vụ án', 'arrestedAt is before the case was opened')
      if (await tx.suspect.findUnique({ where: { caseId_personRef: { caseId: data.caseId, personRef: data.personRef } } })) throw idempotencyConflict('input.personRef')
      await tx.person.upsert({ where: { personRef: data.personRef }, update: {}, create: { personRef: data.personRef, sex, birthYear, citizenship, citizenshipCountry } })
      return tx.suspect.create({ data: { ...suspect, inputDigest: digest } })
    },
  })).record)
}
