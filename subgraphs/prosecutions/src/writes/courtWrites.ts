// The court's writes on its files: accept an indictment, change a file's status, record the
// first-instance trial with a verdict per defendant. One transaction each, idempotent by the
// court's own reference, accepted only from the court.
import { badUserInput, idempotencyConflict, illegalTransition, notFound, parseInput, inputDigest, fieldProblem, inTransaction, createOnce } from '@lienthong/kit'
import type { Context } from '../context.ts'
import type { CourtFile } from '../db.ts'
import type { Tx } from '../db.ts'
import { assertOwner } from '../office.ts'
import { noteWritten } from './audit.ts'
import { courtMachine } from '../transitions.ts'
import { AcceptCourtFileSchema, ChangeCourtFileStatusSchema, RecordTrialSchema } from '../validation/courtInputs.ts'

async function assertDecisionRefFree(tx: Tx, ref: string, field: string): Promise<void> {
  if (await tx.courtStatusChange.findUnique({ where: { decisionRef: ref } })) throw idempotencyConflict(field)
}

export async function acceptCourtFile(ctx: Context, raw: unknown): Promise<CourtFile> {
  assertOwner(ctx.office, 'COURT', 'acceptCourtFile')
  const input = parseInput(AcceptCourtFileSchema, raw, ['input'])
  const fp = inputDigest(input)
  return inTransaction(ctx.db, async (tx) => (await createOnce({
    existing: () => tx.courtFile.findUnique({ where: { externalRef: input.externalRef } }),
    sameAs: (f) => f.fingerprint === fp,
    create: async () => {
      const indictment = await tx.indictment.findUnique({ where: { id: input.indictmentId }, include: { file: true, courtFile: true } })
      if (!indictment) throw notFound('cáo trạng / indictment', 'input.indictmentId')
      const latest = await tx.indictment.findFirst({ where: { fileId: indictment.fileId }, orderBy: [{ indictedAt: 'desc' }, { id: 'desc' }] })
      if (indictment.file.status !== 'INDICTED' || latest?.id !== indictment.id) {
        throw illegalTransition('input.indictmentId', 'cáo trạng không còn hiệu lực', 'the indictment is no longer in force')
      }
      if (indictment.courtFile) throw illegalTransition('input.indictmentId', 'Tòa án đã thụ lý cáo trạng này', 'the court already accepted this indictment')
      if (input.acceptedAt < indictment.indictedAt) throw fieldProblem('input.acceptedAt', 'trước ngày truy tố', 'before the indictment')
      await assertDecisionRefFree(tx, input.externalRef, 'input.externalRef')
      const file = await tx.courtFile.create({ data: {
        externalRef: input.externalRef, office: 'COURT', indictmentId: indictment.id, acceptedAt: input.acceptedAt,
        status: 'ACCEPTED', statusSince: input.acceptedAt, fingerprint: fp,
      } })
      await tx.courtStatusChange.create({ data: { decisionRef: input.externalRef, courtFileId: file.id, fromStatus: null, toStatus: 'ACCEPTED', at: input.acceptedAt, fingerprint: fp } })
      return file
    },
  })).record)
}

async function courtFileToWrite(ctx: Context, tx: Tx, id: string, mutation: string): Promise<CourtFile> {
  const file = await tx.courtFile.findUnique({ where: { id } })
  if (!file) throw notFound('hồ sơ Tòa án / court file', 'input.courtFileId')
  assertOwner(ctx.office, file.office, mutation)
  return file
}

export async function changeCourtFileStatus(ctx: Context, raw: unknown): Promise<CourtFile> {
  assertOwner(ctx.office, 'COURT', 'changeCourtFileStatus')
  const input = parseInput(ChangeCourtFileStatusSchema, raw, ['input'])
  const fp = inputDigest(input)
  return inTransaction(ctx.db, async (tx) => {
    const { record } = await createOnce({
      existing: () => tx.courtStatusChange.findUnique({ where: { decisionRef: input.decisionRef } }),
      sameAs: (c) => c.fingerprint === fp,
      field: 'input.decisionRef',
      create: async () => {
        const file = await courtFileToWrite(ctx, tx, input.courtFileId, 'changeCourtFileStatus')
        courtMachine.assert(file.status, input.status, 'input.status')
        if (input.at < file.statusSince) throw fieldProblem('input.at', 'trước ngày của trạng thái hiện tại', 'before the date of the current status')
        await tx.courtFile.update({ where: { id: file.id }, data: { status: input.status, statusSince: input.at } })
        return tx.courtStatusChange.create({ data: {
          decisionRef: input.decisionRef, courtFileId: file.id, fromStatus: file.status, toStatus: input.status, at: input.at, reason: input.reason, fingerprint: fp,
        } })
      },
    })
    return (await tx.courtFile.findUnique({ where: { id: record.courtFileId } }))!
  })
}

export async function recordTrial(ctx: Context, raw: unknown): Promise<CourtFile> {
  assertOwner(ctx.office, 'COURT', 'recordTrial')
  const input = parseInput(RecordTrialSchema, raw, ['input'])
  const fp = inputDigest(input)
  let verdictIds: string[] = []
  const { record, created } = await inTransaction(ctx.db, async (tx) => createOnce({
    existing: () => tx.courtFile.findUnique({ where: { judgmentRef: input.judgmentRef } }),
    sameAs: (f) => f.trialFingerprint === fp,
    field: 'input.judgmentRef',
    create: async () => {
      const file = await courtFileToWrite(ctx, tx, input.courtFileId, 'recordTrial')
      courtMachine.assert(file.status, 'TRIED_FIRST_INSTANCE', 'input.courtFileId')
      if (input.triedAt < file.statusSince) throw fieldProblem('input.triedAt', 'trước ngày của trạng thái hiện tại', 'before the date of the current status')
      // the defendants charged in the indictment, each with the articles charged
      const charges = await tx.charge.findMany({ where: { indictmentId: file.indictmentId }, include: { defendant: true } })
      const charged = new Map<string, { defendantId: string; articles: Set<number> }>()
      for (const c of charges) {
        const entry = charged.get(c.defendant.personRef) ?? { defendantId: c.defendantId, articles: new Set<number>() }
        entry.articles.add(c.article)
        charged.set(c.defendant.personRef, entry)
      }
      input.verdicts.forEach((v, i) => {
        const entry = charged.get(v.personRef)
        if (!entry) throw badUserInput([{ field: `input.verdicts.${i}.personRef`, reasonVi: 'không bị truy tố trong cáo trạng', reasonEn: 'not charged in the indictment' }])
        if (v.article != null && !entry.articles.has(v.article)) {
          throw badUserInput([{ field: `input.verdicts.${i}.article`, reasonVi: 'Tòa chỉ xét xử điều luật VKS truy tố', reasonEn: 'the court tries only the articles charged' }])
        }
      })
      if (input.verdicts.length !== charged.size) {
        throw badUserInput([{ field: 'input.verdicts', reasonVi: 'thiếu phán quyết cho bị cáo trong cáo trạng', reasonEn: 'a defendant charged in the indictment has no verdict' }])
      }
      await assertDecisionRefFree(tx, input.judgmentRef, 'input.judgmentRef')
      const verdicts = await tx.verdict.createManyAndReturn({ select: { id: true }, data: input.verdicts.map((v) => ({
        courtFileId: file.id, defendantId: charged.get(v.personRef)!.defendantId, office: 'COURT' as const, outcome: v.outcome,
        article: v.article, clause: v.clause, sentenceKind: v.sentenceKind, sentenceMonths: v.sentenceMonths, decidedAt: input.triedAt,
      })) })
      verdictIds = verdicts.map((v) => v.id)
      await tx.courtStatusChange.create({ data: { decisionRef: input.judgmentRef, courtFileId: file.id, fromStatus: file.status, toStatus: 'TRIED_FIRST_INSTANCE', at: input.triedAt, fingerprint: fp } })
      return tx.courtFile.update({ where: { id: file.id }, data: {
        status: 'TRIED_FIRST_INSTANCE', statusSince: input.triedAt, judgmentRef: input.judgmentRef, triedAt: input.triedAt,
        trialKind: input.kind, venueUnitCode: input.venueUnitCode, trialFingerprint: fp,
      } })
    },
  }))
  if (created) noteWritten(ctx, 'recordTrial', 'Verdict', verdictIds, VERDICT_FIELDS)
  return record
}

/** The fields of a verdict that recordTrial writes. */
const VERDICT_FIELDS = ['article', 'clause', 'courtFile', 'decidedAt', 'defendant', 'office', 'outcome', 'sentenceKind', 'sentenceMonths']
