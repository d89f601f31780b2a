// Appeals (kháng cáo) and protests (kháng nghị) against first-instance verdicts, recorded by
// the court with the appellate outcome. One transaction each, idempotent by reference.
import { badUserInput, idempotencyConflict, notFound, parseInput, inputDigest, fieldProblem, inTransaction, createOnce } from '@lienthong/kit'
import type { Context } from '../context.ts'
import type { Appeal } from '../db.ts'
import { assertOwner } from '../office.ts'
import { appealMachine } from '../transitions.ts'
import { DecideAppealSchema, FileAppealSchema } from '../validation/courtInputs.ts'

export async function fileAppeal(ctx: Context, raw: unknown): Promise<Appeal> {
  assertOwner(ctx.office, 'COURT', 'fileAppeal')
  const input = parseInput(FileAppealSchema, raw, ['input'])
  const fp = inputDigest(input)
  return inTransaction(ctx.db, async (tx) => (await createOnce({
    existing: () => tx.appeal.findUnique({ where: { externalRef: input.externalRef } }),
    sameAs: (a) => a.fingerprint === fp,
    create: async () => {
      const verdict = await tx.verdict.findUnique({ where: { id: input.verdictId } })
      if (!verdict) throw notFound('phán quyết / verdict', 'input.verdictId')
      assertOwner(ctx.office, verdict.office, 'fileAppeal')
      if (input.filedAt < verdict.decidedAt) throw fieldProblem('input.filedAt', 'trước ngày tuyên án', 'before the verdict')
      return tx.appeal.create({ data: {
        externalRef: input.externalRef, office: 'COURT', verdictId: verdict.id, filedAt: input.filedAt, party: input.party, status: 'PENDING', fingerprint: fp,
      } })
    },
  })).record)
}

export async function decideAppeal(ctx: Context, raw: unknown): Promise<Appeal> {
  assertOwner(ctx.office, 'COURT', 'decideAppeal')
  const input = parseInput(DecideAppealSchema, raw, ['input'])
  const fp = inputDigest(input)
  return inTransaction(ctx.db, async (tx) => {
    const replay = await tx.appeal.findUnique({ where: { decisionRef: input.decisionRef } })
    if (replay) {
      if (replay.decisionFingerprint !== fp) throw idempotencyConflict('input.decisionRef')
      return replay
    }
    const appeal = await tx.appeal.findUnique({ where: { id: input.appealId }, include: { verdict: true } })
    if (!appeal) throw notFound('kháng cáo / appeal', 'input.appealId')
    assertOwner(ctx.office, appeal.office, 'decideAppeal')
    appealMachine.assert(appeal.status, input.status, 'input.status')
    if (input.status === 'AMENDED' && appeal.verdict.outcome !== 'CONVICTED') {
      throw badUserInput([{ field: 'input.status', reasonVi: 'chỉ sửa hình phạt của bản án có tội', reasonEn: 'only a conviction has a sentence to amend' }])
    }
    if (input.decidedAt < appeal.filedAt) throw fieldProblem('input.decidedAt', 'trước ngày kháng cáo', 'before the appeal was filed')
    return tx.appeal.update({ where: { id: appeal.id }, data: {
      status: input.status, decisionRef: input.decisionRef, decidedAt: input.decidedAt, amendedSentenceMonths: input.amendedSentenceMonths, decisionFingerprint: fp,
    } })
  })
}
