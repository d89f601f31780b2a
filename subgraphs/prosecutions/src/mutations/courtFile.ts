// The court's decisions on its files: accept an indictment, change a court file's status, record
// the first-instance trial with a verdict per defendant. Only the court writes them (domain/
// office.ts); each is idempotent by the court's own number (file, decision, judgment).
import { byExternalRef, change, fieldProblem, illegalTransition, notFound, wrote, referencedBy, versionOf } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { acceptance, acceptedFile, assertCourtDecisionRefFree, courtFileOf, latestIndictment, STATUS_FIELDS, statusDecision } from '../domain/decisions.ts'
import { assertOwner, onlyBy } from '../domain/office.ts'
import { courtFileStatus } from '../domain/statuses.ts'
import { chargedDefendants, checkVerdicts } from '../domain/trial.ts'
import { AcceptCourtFileSchema, ChangeCourtFileStatusSchema, RecordTrialSchema } from '../validation/courtFile.ts'

/** The fields of a verdict that recordTrial writes. */
const VERDICT_FIELDS = ['article', 'clause', 'courtFile', 'decidedAt', 'defendant', 'office', 'outcome', 'sentenceKind', 'sentenceMonths']

export const acceptCourtFile = mutation({
  input: AcceptCourtFileSchema,
  authorise: onlyBy('COURT', 'acceptCourtFile'),
  reference: byExternalRef((tx) => tx.courtFile),
  write: async (tx, input, { digest }) => {
    const indictment = await tx.indictment.findUnique({ where: { id: input.indictmentId }, include: { file: true, courtFile: true } })
    if (!indictment) throw notFound('cáo trạng / indictment', 'input.indictmentId')
    const latest = await latestIndictment(tx, indictment.fileId)
    if (indictment.file.status !== 'INDICTED' || latest?.id !== indictment.id) {
      throw illegalTransition('input.indictmentId', 'cáo trạng không còn hiệu lực', 'the indictment is no longer in force')
    }
    if (indictment.courtFile) throw illegalTransition('input.indictmentId', 'Tòa án đã thụ lý cáo trạng này', 'the court already accepted this indictment')
    if (input.acceptedAt < indictment.indictedAt) throw fieldProblem('input.acceptedAt', 'trước ngày truy tố', 'before the indictment')
    await assertCourtDecisionRefFree(tx, input.externalRef, 'input.externalRef')
    const file = await tx.courtFile.create({ data: { ...acceptedFile(input, digest), office: 'COURT', indictmentId: indictment.id } })
    await tx.courtStatusChange.create({ data: { courtFileId: file.id, ...acceptance(input, digest) } })
    return wrote(file, change('CourtFile', file.id, ['acceptedAt', 'externalRef', 'indictment', 'office', 'status', 'statusHistory', 'statusSince']))
  },
})

export const changeCourtFileStatus = mutation({
  input: ChangeCourtFileStatusSchema,
  authorise: onlyBy('COURT', 'changeCourtFileStatus'),
  referenceField: 'input.decisionRef',
  reference: async (tx, input) =>
    referencedBy(await tx.courtStatusChange.findUnique({ where: { decisionRef: input.decisionRef }, include: { courtFile: true } }), {
      answer: (d) => d.courtFile,
    }),
  load: (tx, input) => courtFileOf(tx, input.courtFileId),
  transition: { machine: courtFileStatus, from: (file) => file.status, to: (input) => input.status },
  version: (tx, f) => versionOf(tx.courtFile, { id: f.id }, f.version),
  write: async (tx, input, { current: file, digest, ctx }) => {
    assertOwner(ctx.office, file.office, 'changeCourtFileStatus')
    await tx.courtStatusChange.create({ data: { courtFileId: file.id, ...statusDecision(file, input, digest) } })
    const record = await tx.courtFile.update({ where: { id: file.id }, data: { status: input.status, statusSince: input.at } })
    return wrote(record, change('CourtFile', record.id, STATUS_FIELDS))
  },
})

export const recordTrial = mutation({
  input: RecordTrialSchema,
  authorise: onlyBy('COURT', 'recordTrial'),
  referenceField: 'input.judgmentRef',
  reference: async (tx, { judgmentRef }) => referencedBy(await tx.courtFile.findUnique({ where: { judgmentRef } }), { digest: (f) => f.trialInputDigest }),
  load: (tx, input) => courtFileOf(tx, input.courtFileId),
  transition: { machine: courtFileStatus, from: (file) => file.status, to: () => 'TRIED_FIRST_INSTANCE', field: 'input.courtFileId' },
  version: (tx, f) => versionOf(tx.courtFile, { id: f.id }, f.version),
  write: async (tx, input, { current: file, digest, ctx }) => {
    assertOwner(ctx.office, file.office, 'recordTrial')
    if (input.triedAt < file.statusSince) throw fieldProblem('input.triedAt', 'trước ngày của trạng thái hiện tại', 'before the date of the current status')
    const charged = await chargedDefendants(tx, file.indictmentId)
    checkVerdicts(input.verdicts, charged)
    await assertCourtDecisionRefFree(tx, input.judgmentRef, 'input.judgmentRef')
    const verdicts = await tx.verdict.createManyAndReturn({
      select: { id: true },
      data: input.verdicts.map((v) => ({
        courtFileId: file.id,
        defendantId: charged.get(v.personRef)!.defendantId,
        office: 'COURT' as const,
        outcome: v.outcome,
        article: v.article,
        clause: v.clause,
        sentenceKind: v.sentenceKind,
        sentenceMonths: v.sentenceMonths,
        decidedAt: input.triedAt,
      })),
    })
    await tx.courtStatusChange.create({
      data: {
        decisionRef: input.judgmentRef,
        courtFileId: file.id,
        fromStatus: file.status,
        toStatus: 'TRIED_FIRST_INSTANCE',
        at: input.triedAt,
        inputDigest: digest,
      },
    })
    const record = await tx.courtFile.update({
      where: { id: file.id },
      data: {
        status: 'TRIED_FIRST_INSTANCE',
        statusSince: input.triedAt,
        judgmentRef: input.judgmentRef,
        triedAt: input.triedAt,
        trialKind: input.kind,
        venueUnitCode: input.venueUnitCode,
        trialInputDigest: digest,
      },
    })
    return wrote(
      record,
      change('CourtFile', record.id, [...STATUS_FIELDS, 'trial', 'verdicts']),
      change(
        'Verdict',
        verdicts.map((v) => v.id),
        VERDICT_FIELDS,
      ),
    )
  },
})
