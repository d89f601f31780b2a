// Appeals (kháng cáo) and protests (kháng nghị) against first-instance verdicts, recorded by the
// court with the appellate outcome. Only the court writes them; idempotent by the appeal's and the
// appellate decision's numbers.
import { byExternalRef, badUserInput, change, fieldProblem, orNotFound, wrote, referencedBy, versionOf } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { assertOwner, onlyBy } from '../domain/office.ts'
import { appealStatus } from '../domain/statuses.ts'
import { DecideAppealSchema, FileAppealSchema } from '../validation/appeal.ts'

export const fileAppeal = mutation({
  input: FileAppealSchema,
  authorise: onlyBy('COURT', 'fileAppeal'),
  reference: byExternalRef((tx) => tx.appeal),
  write: async (tx, input, { digest, ctx }) => {
    const verdict = orNotFound(await tx.verdict.findUnique({ where: { id: input.verdictId } }), 'phán quyết / verdict', 'input.verdictId')
    assertOwner(ctx.office, verdict.office, 'fileAppeal')
    if (input.filedAt < verdict.decidedAt) throw fieldProblem('input.filedAt', 'trước ngày tuyên án', 'before the verdict')
    const appeal = await tx.appeal.create({
      data: {
        externalRef: input.externalRef,
        office: 'COURT',
        verdictId: verdict.id,
        filedAt: input.filedAt,
        party: input.party,
        status: 'PENDING',
        inputDigest: digest,
      },
    })
    return wrote(appeal, change('Appeal', appeal.id, ['externalRef', 'filedAt', 'office', 'party', 'status', 'verdict']))
  },
})

export const decideAppeal = mutation({
  input: DecideAppealSchema,
  authorise: onlyBy('COURT', 'decideAppeal'),
  referenceField: 'input.decisionRef',
  reference: async (tx, { decisionRef }) => referencedBy(await tx.appeal.findUnique({ where: { decisionRef } }), { digest: (a) => a.decisionInputDigest }),
  load: async (tx, input) =>
    orNotFound(await tx.appeal.findUnique({ where: { id: input.appealId }, include: { verdict: true } }), 'kháng cáo / appeal', 'input.appealId'),
  transition: { machine: appealStatus, from: (appeal) => appeal.status, to: (input) => input.status },
  version: (tx, a) => versionOf(tx.appeal, { id: a.id }, a.version),
  write: async (tx, input, { current: appeal, digest, ctx }) => {
    assertOwner(ctx.office, appeal.office, 'decideAppeal')
    if (input.status === 'AMENDED' && appeal.verdict.outcome !== 'CONVICTED') {
      throw badUserInput([{ field: 'input.status', reasonVi: 'chỉ sửa hình phạt của bản án có tội', reasonEn: 'only a conviction has a sentence to amend' }])
    }
    if (input.decidedAt < appeal.filedAt) throw fieldProblem('input.decidedAt', 'trước ngày kháng cáo', 'before the appeal was filed')
    const record = await tx.appeal.update({
      where: { id: appeal.id },
      data: {
        status: input.status,
        decisionRef: input.decisionRef,
        decidedAt: input.decidedAt,
        amendedSentenceMonths: input.amendedSentenceMonths,
        decisionInputDigest: digest,
      },
    })
    return wrote(record, change('Appeal', record.id, ['amendedSentenceMonths', 'decidedAt', 'decisionRef', 'status']))
  },
})
