// Mutations on incoming reports: receive (idempotent by externalRef), classify, move status.
import { createOnce, illegalTransition, notFound, parseInput, inTransaction, notBefore, inputDigest, recordStatusChange } from '@lienthong/kit'
import type { Context } from '../context.ts'
import type { IncomingReport } from '../db.ts'
import { REPORT_OUTCOMES, reportStatus } from '../domain/statuses.ts'
import { REPORT_HISTORY } from '../domain/statusHistory.ts'
import { ChangeIncomingReportStatusSchema, ClassifyIncomingReportSchema, ReceiveIncomingReportSchema } from '../validation/incomingReport.ts'
import type { Tx } from '../db.ts'

export async function receiveIncomingReport(input: unknown, { db, env }: Context): Promise<IncomingReport> {
  const data = parseInput(ReceiveIncomingReportSchema, input, ['input'])
  const digest = inputDigest(data, env.piiKey)
  return inTransaction(db, async (tx) => (await createOnce({
    existing: () => tx.incomingReport.findUnique({ where: { externalRef: data.externalRef } }),
    sameAs: (found) => found.inputDigest === digest,
    create: async () => {
      const report = await tx.incomingReport.create({ data: { ...data, inputDigest: digest } })
      await recordStatusChange(tx, { entityType: REPORT_HISTORY.entityType, entityId: report.id, fromStatus: null, toStatus: report.status, effectiveAt: report.receivedAt, inputDigest: digest })
      return report
    },
  })).record)
}

/** Moves the report to `status` effective `at`, and appends the step to its history (same transaction). */
async function moveReport(tx: Tx, report: IncomingReport, data: { status: IncomingReport['status']; resolvedAt: Date | null; caseId?: string }, at: Date, digest: string): Promise<IncomingReport> {
  await recordStatusChange(tx, { entityType: REPORT_HISTORY.entityType, entityId: report.id, fromStatus: report.status, toStatus: data.status, effectiveAt: at, inputDigest: digest })
  return tx.incomingReport.update({ where: { id: report.id }, data })
}

async function reportById(tx: Tx, id: string): Promise<IncomingReport> {
  const report = await tx.incomingReport.findUnique({ where: { id } })
  if (!report) throw notFound('nguồn tin / incoming report', 'id')
  return report
}

export async function classifyIncomingReport(id: string, input: unknown, { db }: Context): Promise<IncomingReport> {
  const data = parseInput(ClassifyIncomingReportSchema, input, ['input'])
  return inTransaction(db, async (tx) => {
    const report = await reportById(tx, id)
    const same = report.traffickingRelated === data.traffickingRelated && report.classifiedAt?.getTime() === data.classifiedAt.getTime()
    if (same) return report
    notBefore(data.classifiedAt, report.receivedAt, 'input.classifiedAt', 'phân loại trước khi tiếp nhận', 'classified before the report was received')
    if (reportStatus.final.includes(report.status)) {
      throw illegalTransition('input.traffickingRelated', 'nguồn tin đã giải quyết xong, không phân loại lại', 'a resolved report cannot be reclassified')
    }
    return tx.incomingReport.update({ where: { id }, data })
  })
}

/** A verified, trafficking-related report joins a case opened before (or from) it. */
async function joinCase(tx: Tx, report: IncomingReport, caseId: string, at: Date, digest: string): Promise<IncomingReport> {
  const c = await tx.criminalCase.findUnique({ where: { id: caseId } })
  if (!c) throw notFound('vụ án / criminal case', 'input.caseId')
  if (report.traffickingRelated !== true) {
    throw illegalTransition('input.status', 'nguồn tin chưa được phân loại là liên quan mua bán người', 'the report is not classified as trafficking-related')
  }
  notBefore(at, c.openedAt, 'input.at', 'trước ngày khởi tố vụ án', 'before the case was opened')
  notBefore(at, report.classifiedAt, 'input.at', 'trước khi phân loại nguồn tin', 'before the report was classified')
  return moveReport(tx, report, { status: 'CASE_OPENED', resolvedAt: at, caseId }, at, digest)
}

export async function changeIncomingReportStatus(id: string, input: unknown, { db }: Context): Promise<IncomingReport> {
  const { status, at, caseId } = parseInput(ChangeIncomingReportStatusSchema, input, ['input'])
  const digest = inputDigest({ status, at, caseId })
  return inTransaction(db, async (tx) => {
    const report = await reportById(tx, id)
    const outcome = REPORT_OUTCOMES.includes(status)
    if (report.status === status) {
      // a replay of the same change is answered with the record as it is
      if ((!outcome || report.resolvedAt?.getTime() === at.getTime()) && report.caseId === caseId) return report
      throw illegalTransition('input.at', 'nguồn tin đã ở trạng thái này với nội dung khác', `the report is already ${status}, differently`)
    }
    reportStatus.assert(report.status, status, 'input.status')
    if (caseId) return joinCase(tx, report, caseId, at, digest)
    if (outcome && status !== 'TRANSFERRED' && report.traffickingRelated == null) {
      throw illegalTransition('input.status', 'cần phân loại nguồn tin trước khi kết luận', 'classify the report before concluding it')
    }
    notBefore(at, report.classifiedAt ?? report.receivedAt, 'input.at', 'thời điểm trước khi tiếp nhận hoặc phân loại', 'before the report was received or classified')
    return moveReport(tx, report, { status, resolvedAt: outcome ? at : null }, at, digest)
  })
}
