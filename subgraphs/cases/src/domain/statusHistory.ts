// The status history of the police's records (the `StatusChange` table, kit statusHistory.ts):
// which statuses leave a report or a case pending, and the history of a record written without
// one (the demo seed; the migration `status_history` backfills existing rows by the same rules).
import type { StatusChangeInput, StatusHistory } from '@lienthong/kit'
import type { CriminalCase, IncomingReport } from '../db.ts'

/** Reports are pending while received or being verified; every outcome (suspended included) resolves them (K2). */
export const REPORT_HISTORY: StatusHistory = { table: 'StatusChange', entityType: 'INCOMING_REPORT', pending: ['RECEIVED', 'VERIFYING'] }
/** Cases are pending while investigated or suspended; solved, closed and transferred resolve them (K3). */
export const CASE_HISTORY: StatusHistory = { table: 'StatusChange', entityType: 'CRIMINAL_CASE', pending: ['INVESTIGATING', 'SUSPENDED'] }

type Step = { toStatus: string; effectiveAt: Date }
function chain(entityType: string, entityId: string, steps: Step[]): StatusChangeInput[] {
  return steps.map((s, i) => ({ entityType, entityId, fromStatus: i === 0 ? null : steps[i - 1]!.toStatus, toStatus: s.toStatus, effectiveAt: s.effectiveAt }))
}
const earliest = (a: Date, b: Date) => (a < b ? a : b)

/**
 * A report's history from its columns: received; verifying from its classification (or reception)
 * when verified; its outcome at `resolvedAt` (a transfer straight from reception). Steps before
 * the latest that were not kept (an earlier suspension since resumed) cannot be recovered.
 */
export function reportHistoryOf(r: Pick<IncomingReport, 'id' | 'receivedAt' | 'classifiedAt' | 'status' | 'resolvedAt'>): StatusChangeInput[] {
  const steps: Step[] = [{ toStatus: 'RECEIVED', effectiveAt: r.receivedAt }]
  const verifyingAt = r.classifiedAt ?? r.receivedAt
  if (r.status === 'VERIFYING') steps.push({ toStatus: 'VERIFYING', effectiveAt: verifyingAt })
  else if (r.status !== 'RECEIVED') {
    const at = r.resolvedAt ?? verifyingAt
    if (r.status !== 'TRANSFERRED') steps.push({ toStatus: 'VERIFYING', effectiveAt: earliest(verifyingAt, at) })
    steps.push({ toStatus: r.status, effectiveAt: at })
  }
  return chain(REPORT_HISTORY.entityType, r.id, steps)
}

/**
 * A case's history from its columns: opened; then each dated status in date order (suspended,
 * solved, closed, transferred for prosecution); a case investigated again after a suspension was
 * resumed at its last update (the resume's date was not kept before the history).
 */
export function caseHistoryOf(
  c: Pick<CriminalCase, 'id' | 'openedAt' | 'status' | 'suspendedAt' | 'solvedAt' | 'closedAt' | 'transferredAt'> & { updatedAt?: Date },
): StatusChangeInput[] {
  const dated: [string, Date | null][] = [
    ['SUSPENDED', c.suspendedAt],
    ['INVESTIGATING', c.status === 'INVESTIGATING' && c.suspendedAt ? (c.updatedAt ?? c.suspendedAt) : null],
    ['SOLVED', c.solvedAt],
    ['CLOSED', c.closedAt],
    ['TRANSFERRED_FOR_PROSECUTION', c.transferredAt],
  ]
  const steps = dated
    .filter((d): d is [string, Date] => d[1] != null)
    .map(([toStatus, effectiveAt], step) => ({ toStatus, effectiveAt, step }))
    .sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime() || a.step - b.step)
  return chain(CASE_HISTORY.entityType, c.id, [{ toStatus: 'INVESTIGATING', effectiveAt: c.openedAt }, ...steps])
}
