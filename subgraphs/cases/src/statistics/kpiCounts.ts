// K1–K3 under the agencies' accounting (schema/src/kpi.ts; thụ lý cũ + thụ lý mới), for the period
// [start, end), counted in the database as one statement:
// - K1: reports received before the end and neither classified nor resolved (transferred
//   unclassified) before the start; numerator: those classified during the period.
// - K2: reports classified trafficking-related before the end and pending (received or being
//   verified) at some instant of the period, by their status history: pending at its start, or
//   received or resumed during it; numerator: those of them with an outcome (case opened, no case,
//   transferred, suspended) as at its end. A report suspended in one period and resumed in a later
//   one stays resolved in the first and is pending again in the later one.
// - K3: cases pending (investigated or suspended) at some instant of the period, by their status
//   history; numerator: those solved during the period.
import { count, countFigures, inPeriod, notBeforeStart, pendingDuring, resolvedAtEnd, resolvedBy, sql, wasPending, type StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { REPORT_HISTORY } from '../domain/statusHistory.ts'
import { CASES_AS_AT, REPORTS, REPORTS_AS_AT, reportStatuses, caseStatuses, unitRecords } from './policeSql.ts'

export interface KpiCounts { code: string; numerator: number; denominator: number }

export async function policeKpiCounts(db: Db, s: StatisticsScope): Promise<KpiCounts[]> {
  const p = s.period
  const [received, classified, resolved] = [sql`r."receivedAt"`, sql`r."classifiedAt"`, sql`r."resolvedAt"`]
  const k1 = sql`${pendingDuring(p, received, classified)} AND ${notBeforeStart(resolved, p)}`
  const k2 = sql`r."traffickingRelated" = TRUE AND ${classified} < ${p.end} AND ${wasPending('rh')}`
  const k3 = wasPending('ch')
  // the numerators are the pending items (the denominators' conditions) resolved during the period
  const f = await countFigures(db, [
    count('K1d', REPORTS, k1), count('K1n', REPORTS, sql`${k1} AND ${resolvedBy(p, received, classified)}`),
    count('K2d', REPORTS_AS_AT, k2), count('K2n', REPORTS_AS_AT, sql`${k2} AND ${resolvedAtEnd('rh', REPORT_HISTORY)}`),
    count('K3d', CASES_AS_AT, k3), count('K3n', CASES_AS_AT, sql`${k3} AND ${inPeriod(sql`c."solvedAt"`, s)}`),
  ], [...unitRecords(s), reportStatuses(s), caseStatuses(s)])
  return (['K1', 'K2', 'K3'] as const).map((code) => ({ code, numerator: f.count(`${code}n`), denominator: f.count(`${code}d`) }))
}
