// Mutations on criminal cases: open (idempotent by externalRef, from reports being verified)
// and move the investigation status (legal transitions only, dates in order).
import { createOnce, illegalTransition, notFound, parseInput, inTransaction, fieldProblem, inputDigest, recordStatusChange } from '@lienthong/kit'
import { vietnamDay } from '@lienthong/schema'
import type { Context } from '../context.ts'
import type { CriminalCase } from '../db.ts'
import { CASE_STATUS_DATE, caseStatus, reportStatus } from '../domain/statuses.ts'
import { CASE_HISTORY, REPORT_HISTORY } from '../domain/statusHistory.ts'
import { ChangeCriminalCaseStatusSchema, OpenCriminalCaseSchema, type OpenCriminalCase } from '../validation/criminalCase.ts'
import type { Tx } from '../db.ts'

export async function openCriminalCase(input: unknown, { db, env }: Context): Promise<CriminalCase> {
  const data = parseInput(OpenCriminalCaseSchema, input, ['input'])
  const digest = inputDigest(data, env.piiKey)
  return inTransaction(db, async (tx) => (await createOnce({
    existing: () => tx.criminalCase.findUnique({ where: { externalRef: data.externalRef } }),
    sameAs: (found) => found.inputDigest === digest,
    create: () => createCase(tx, data, digest),
  })).record)
}

async function createCase(tx: Tx, data: OpenCriminalCase, digest: string): Promise<CriminalCase> {
  const { forms, reportIds, ...fields } = data
  if (data.peakCampaignId) {
    const campaign = await tx.peakCampaign.findUnique({ where: { id: data.peakCampaignId } })
    if (!campaign) throw notFound('đợt cao điểm / peak campaign', 'input.peakCampaignId')
    const day = vietnamDay(data.openedAt)
    if (day < campaign.startsOn || day > campaign.endsOn) throw fieldProblem('input.peakCampaignId', 'ngày khởi tố ngoài thời gian của đợt', 'openedAt is outside the campaign window')
  }
  const reports = await tx.incomingReport.findMany({ where: { id: { in: reportIds } } })
  if (reports.length !== reportIds.length) throw notFound('nguồn tin / incoming report', 'input.reportIds')
  reportIds.forEach((id, i) => {
    const r = reports.find((x) => x.id === id)!
    const field = `input.reportIds.${i}`
    reportStatus.assert(r.status, 'CASE_OPENED', field)
    if (r.traffickingRelated !== true) throw illegalTransition(field, 'nguồn tin chưa được phân loại là liên quan mua bán người', 'the report is not classified as trafficking-related')
    if (r.receivedAt > data.openedAt) throw fieldProblem('input.openedAt', 'ngày khởi tố trước khi tiếp nhận nguồn tin', 'openedAt is before a report was received')
  })
  const created = await tx.criminalCase.create({
    data: { ...fields, destinationCountry: fields.destinationCountry ?? null, inputDigest: digest, forms: { create: forms.map((form) => ({ form })) } },
  })
  await recordStatusChange(tx, { entityType: CASE_HISTORY.entityType, entityId: created.id, fromStatus: null, toStatus: created.status, effectiveAt: created.openedAt, inputDigest: digest })
  if (reportIds.length) {
    for (const r of reports) {
      await recordStatusChange(tx, { entityType: REPORT_HISTORY.entityType, entityId: r.id, fromStatus: r.status, toStatus: 'CASE_OPENED', effectiveAt: data.openedAt, inputDigest: digest }, 'input.openedAt')
    }
    await tx.incomingReport.updateMany({ where: { id: { in: reportIds } }, data: { status: 'CASE_OPENED', resolvedAt: data.openedAt, caseId: created.id } })
  }
  return created
}

export async function changeCriminalCaseStatus(id: string, input: unknown, { db }: Context): Promise<CriminalCase> {
  const { status, at } = parseInput(ChangeCriminalCaseStatusSchema, input, ['input'])
  return inTransaction(db, async (tx) => {
    const c = await tx.criminalCase.findUnique({ where: { id } })
    if (!c) throw notFound('vụ án / criminal case', 'id')
    const column = status === 'INVESTIGATING' ? null : CASE_STATUS_DATE[status]
    if (c.status === status) {
      // a replay of the same change is answered with the record as it is
      if (!column || c[column]?.getTime() === at.getTime()) return c
      throw illegalTransition('input.at', 'vụ án đã ở trạng thái này với ngày khác', `the case is already ${status} at another date`)
    }
    caseStatus.assert(c.status, status, 'input.status')
    const latest = Math.max(...[c.openedAt, c.solvedAt, c.suspendedAt, c.closedAt].filter((d): d is Date => d != null).map((d) => d.getTime()))
    if (at.getTime() < c.openedAt.getTime()) {
      throw illegalTransition('input.at', 'không thể trước ngày khởi tố vụ án', 'a case cannot change status before it was opened')
    }
    if (at.getTime() < latest) throw illegalTransition('input.at', 'trước một mốc đã ghi nhận của vụ án', 'before a date already recorded on the case')
    await recordStatusChange(tx, { entityType: CASE_HISTORY.entityType, entityId: id, fromStatus: c.status, toStatus: status, effectiveAt: at, inputDigest: inputDigest({ status, at }) })
    return tx.criminalCase.update({ where: { id }, data: column ? { status, [column]: at } : { status } })
  })
}
