// Mutations on incoming reports: receive (idempotent by externalRef), classify, move the status
// along the legal transitions (domain/statuses.ts), each step kept in the report's history.
import { byExternalRef, change, illegalTransition, notBefore, notFound, recordStatusChange, wrote, versionOf } from '@lienthong/kit'
import { mutation } from '../context.ts'
import type { IncomingReport, Tx } from '../db.ts'
import { REPORT_OUTCOMES, reportStatus } from '../domain/statuses.ts'
import { REPORT_HISTORY } from '../domain/statusHistory.ts'
import {
  ChangeIncomingReportStatusSchema,
  ClassifyIncomingReportSchema,
  ReceiveIncomingReportSchema,
  type ChangeIncomingReportStatus,
} from '../validation/incomingReport.ts'

const RECEIVED_FIELDS = ['externalRef', 'kind', 'channel', 'receivedAt', 'receivedByUnitCode', 'unitCode', 'status', 'statusHistory']
/** The fields a status step sets (and the case, when the report joins one). */
const STEP_FIELDS = ['status', 'resolvedAt', 'statusHistory']

interface ById {
  id: string
}

export const receiveIncomingReport = mutation({
  input: ReceiveIncomingReportSchema,
  reference: byExternalRef((tx) => tx.incomingReport),
  write: async (tx, input, { digest }) => {
    const report = await tx.incomingReport.create({ data: { ...input, inputDigest: digest } })
    await recordStatusChange(tx, {
      entityType: REPORT_HISTORY.entityType,
      entityId: report.id,
      fromStatus: null,
      toStatus: report.status,
      effectiveAt: report.receivedAt,
      inputDigest: digest,
    })
    return wrote(report, change('IncomingReport', report.id, RECEIVED_FIELDS))
  },
})

async function reportById(tx: Tx, id: string): Promise<IncomingReport> {
  const report = await tx.incomingReport.findUnique({ where: { id } })
  if (!report) throw notFound('nguồn tin / incoming report', 'id')
  return report
}

export const classifyIncomingReport = mutation({
  input: ClassifyIncomingReportSchema,
  load: (tx, _input, args: ById) => reportById(tx, args.id),
  unchanged: (r, c) => r.traffickingRelated === c.traffickingRelated && r.classifiedAt?.getTime() === c.classifiedAt.getTime(),
  version: (tx, r) => versionOf(tx.incomingReport, { id: r.id }, r.version),
  write: async (tx, c, { current: r }) => {
    notBefore(c.classifiedAt, r.receivedAt, 'input.classifiedAt', 'phân loại trước khi tiếp nhận', 'classified before the report was received')
    if (reportStatus.final.includes(r.status)) {
      throw illegalTransition('input.traffickingRelated', 'nguồn tin đã giải quyết xong, không phân loại lại', 'a resolved report cannot be reclassified')
    }
    const report = await tx.incomingReport.update({ where: { id: r.id }, data: { traffickingRelated: c.traffickingRelated, classifiedAt: c.classifiedAt } })
    return wrote(report, change('IncomingReport', r.id, ['traffickingRelated', 'classifiedAt']))
  },
})

/** The step the report is already at: same status, same outcome date and case. */
const sameStep = (r: IncomingReport, c: ChangeIncomingReportStatus) =>
  r.status === c.status && (!REPORT_OUTCOMES.includes(c.status) || r.resolvedAt?.getTime() === c.at.getTime()) && r.caseId === c.caseId

export const changeIncomingReportStatus = mutation({
  input: ChangeIncomingReportStatusSchema,
  load: async (tx, c, args: ById) => {
    const report = await reportById(tx, args.id)
    // the step it is at again is a replay (unchanged); another step to its current status is refused
    if (report.status === c.status && !sameStep(report, c)) {
      throw illegalTransition('input.at', 'nguồn tin đã ở trạng thái này với nội dung khác', `the report is already ${c.status}, differently`)
    }
    return report
  },
  unchanged: sameStep,
  transition: { machine: reportStatus, from: (r) => r.status, to: (c) => c.status },
  version: (tx, r) => versionOf(tx.incomingReport, { id: r.id }, r.version),
  write: async (tx, c, { current: report, digest }) => {
    if (c.caseId) await checkJoin(tx, report, c.caseId, c.at)
    else {
      const outcome = REPORT_OUTCOMES.includes(c.status)
      if (outcome && c.status !== 'TRANSFERRED' && report.traffickingRelated == null) {
        throw illegalTransition('input.status', 'cần phân loại nguồn tin trước khi kết luận', 'classify the report before concluding it')
      }
      notBefore(
        c.at,
        report.classifiedAt ?? report.receivedAt,
        'input.at',
        'thời điểm trước khi tiếp nhận hoặc phân loại',
        'before the report was received or classified',
      )
    }
    await recordStatusChange(tx, {
      entityType: REPORT_HISTORY.entityType,
      entityId: report.id,
      fromStatus: report.status,
      toStatus: c.status,
      effectiveAt: c.at,
      inputDigest: digest,
    })
    const data = c.caseId
      ? { status: c.status, resolvedAt: c.at, caseId: c.caseId }
      : { status: c.status, resolvedAt: REPORT_OUTCOMES.includes(c.status) ? c.at : null }
    const updated = await tx.incomingReport.update({ where: { id: report.id }, data })
    return wrote(updated, change('IncomingReport', report.id, c.caseId ? [...STEP_FIELDS, 'criminalCase'] : STEP_FIELDS))
  },
})

/** A verified, trafficking-related report joins a case opened before (or from) it. */
async function checkJoin(tx: Tx, report: IncomingReport, caseId: string, at: Date): Promise<void> {
  const c = await tx.criminalCase.findUnique({ where: { id: caseId }, select: { openedAt: true } })
  if (!c) throw notFound('vụ án / criminal case', 'input.caseId')
  if (report.traffickingRelated !== true) {
    throw illegalTransition('input.status', 'nguồn tin chưa được phân loại là liên quan mua bán người', 'the report is not classified as trafficking-related')
  }
  notBefore(at, c.openedAt, 'input.at', 'trước ngày khởi tố vụ án', 'before the case was opened')
  notBefore(at, report.classifiedAt, 'input.at', 'trước khi phân loại nguồn tin', 'before the report was classified')
}
