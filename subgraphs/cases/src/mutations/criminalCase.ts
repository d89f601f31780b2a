// Mutations on criminal cases: open (idempotent by externalRef, from reports being verified) and
// move the investigation status (legal transitions only, dates in order, each step kept in the
// case's history).
import { byExternalRef, change, fieldProblem, illegalTransition, notFound, recordStatusChange, wrote, versionOf } from '@lienthong/kit'
import { mutation } from '../context.ts'
import type { CriminalCase, Tx } from '../db.ts'
import { assertWithinCampaign } from '../domain/campaigns.ts'
import { CASE_STATUS_DATE, caseStatus, reportStatus } from '../domain/statuses.ts'
import { CASE_HISTORY, REPORT_HISTORY } from '../domain/statusHistory.ts'
import { ChangeCriminalCaseStatusSchema, OpenCriminalCaseSchema, type ChangeCriminalCaseStatus, type OpenCriminalCase } from '../validation/criminalCase.ts'

const OPENED_FIELDS = [
  'externalRef',
  'openedAt',
  'codeArticle',
  'unitCode',
  'routeKind',
  'destinationCountry',
  'forms',
  'organisedRing',
  'onlineRecruitment',
  'peakCampaign',
  'status',
  'statusHistory',
]
/** What opening a case sets on each report it was opened from. */
const REPORT_CASE_FIELDS = ['status', 'resolvedAt', 'criminalCase', 'statusHistory']

export const openCriminalCase = mutation({
  input: OpenCriminalCaseSchema,
  reference: byExternalRef((tx) => tx.criminalCase),
  write: async (tx, input, { digest }) => {
    const { forms, reportIds, ...fields } = input
    await assertWithinCampaign(tx, input.peakCampaignId, input.openedAt, 'ngày khởi tố ngoài thời gian của đợt', 'openedAt is outside the campaign window')
    const reports = await reportsToOpenFrom(tx, input)
    const created = await tx.criminalCase.create({
      data: { ...fields, destinationCountry: fields.destinationCountry ?? null, inputDigest: digest, forms: { create: forms.map((form) => ({ form })) } },
    })
    await recordStatusChange(tx, {
      entityType: CASE_HISTORY.entityType,
      entityId: created.id,
      fromStatus: null,
      toStatus: created.status,
      effectiveAt: created.openedAt,
      inputDigest: digest,
    })
    if (!reports.length) return wrote(created, change('CriminalCase', created.id, OPENED_FIELDS))
    for (const r of reports) {
      await recordStatusChange(
        tx,
        {
          entityType: REPORT_HISTORY.entityType,
          entityId: r.id,
          fromStatus: r.status,
          toStatus: 'CASE_OPENED',
          effectiveAt: input.openedAt,
          inputDigest: digest,
        },
        'input.openedAt',
      )
    }
    await tx.incomingReport.updateMany({ where: { id: { in: reportIds } }, data: { status: 'CASE_OPENED', resolvedAt: input.openedAt, caseId: created.id } })
    return wrote(created, change('CriminalCase', created.id, [...OPENED_FIELDS, 'reports']), change('IncomingReport', reportIds, REPORT_CASE_FIELDS))
  },
})

/** The reports a case is opened from: each being verified, classified trafficking-related, received before the opening. */
async function reportsToOpenFrom(tx: Tx, { reportIds, openedAt }: OpenCriminalCase) {
  const reports = await tx.incomingReport.findMany({ where: { id: { in: reportIds } } })
  if (reports.length !== reportIds.length) throw notFound('nguồn tin / incoming report', 'input.reportIds')
  reportIds.forEach((id, i) => {
    const r = reports.find((x) => x.id === id)!
    const field = `input.reportIds.${i}`
    reportStatus.assert(r.status, 'CASE_OPENED', field)
    if (r.traffickingRelated !== true)
      throw illegalTransition(field, 'nguồn tin chưa được phân loại là liên quan mua bán người', 'the report is not classified as trafficking-related')
    if (r.receivedAt > openedAt) throw fieldProblem('input.openedAt', 'ngày khởi tố trước khi tiếp nhận nguồn tin', 'openedAt is before a report was received')
  })
  return reports
}

/** The date column a status records (none for a resumed investigation). */
const dateColumn = (status: CriminalCase['status']) => (status === 'INVESTIGATING' ? null : CASE_STATUS_DATE[status])

/** The step the case is already at: same status, same date where the status records one. */
const sameStep = (c: CriminalCase, u: ChangeCriminalCaseStatus) => {
  const column = dateColumn(u.status)
  return c.status === u.status && (!column || c[column]?.getTime() === u.at.getTime())
}

export const changeCriminalCaseStatus = mutation({
  input: ChangeCriminalCaseStatusSchema,
  load: async (tx, u, args: { id: string }) => {
    const c = await tx.criminalCase.findUnique({ where: { id: args.id } })
    if (!c) throw notFound('vụ án / criminal case', 'id')
    // the step it is at again is a replay (unchanged); the same status at another date is refused
    if (c.status === u.status && !sameStep(c, u))
      throw illegalTransition('input.at', 'vụ án đã ở trạng thái này với ngày khác', `the case is already ${u.status} at another date`)
    return c
  },
  unchanged: sameStep,
  transition: { machine: caseStatus, from: (c) => c.status, to: (u) => u.status },
  version: (tx, c) => versionOf(tx.criminalCase, { id: c.id }, c.version),
  write: async (tx, { status, at }, { current: c, digest }) => {
    if (at.getTime() < c.openedAt.getTime()) {
      throw illegalTransition('input.at', 'không thể trước ngày khởi tố vụ án', 'a case cannot change status before it was opened')
    }
    const latest = Math.max(...[c.openedAt, c.solvedAt, c.suspendedAt, c.closedAt].filter((d): d is Date => d != null).map((d) => d.getTime()))
    if (at.getTime() < latest) throw illegalTransition('input.at', 'trước một mốc đã ghi nhận của vụ án', 'before a date already recorded on the case')
    await recordStatusChange(tx, {
      entityType: CASE_HISTORY.entityType,
      entityId: c.id,
      fromStatus: c.status,
      toStatus: status,
      effectiveAt: at,
      inputDigest: digest,
    })
    const column = dateColumn(status)
    const updated = await tx.criminalCase.update({ where: { id: c.id }, data: column ? { status, [column]: at } : { status } })
    return wrote(updated, change('CriminalCase', c.id, column ? ['status', column, 'statusHistory'] : ['status', 'statusHistory']))
  },
})
