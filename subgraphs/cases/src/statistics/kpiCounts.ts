// K1–K3 under the agencies' accounting (schema/src/kpi.ts; thụ lý cũ + thụ lý mới), for the period
// [start, end), counted in the database as one statement:
// - K1: reports received before the end and neither classified nor resolved (transferred
//   unclassified) before the start; numerator: those classified during the period.
// - K2: reports classified trafficking-related before the end, received before the end and not
//   resolved before the start; numerator: those resolved (case opened, no case, transferred,
//   suspended) during the period.
// - K3: cases opened before the end and neither solved nor closed before the start; numerator:
//   those solved during the period.
import { count, countFigures, notBeforeStart, pendingDuring, resolvedBy, sql, type StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { CASES, REPORTS, unitRecords } from './policeSql.ts'

export interface KpiCounts { code: string; numerator: number; denominator: number }

export async function policeKpiCounts(db: Db, s: StatisticsScope): Promise<KpiCounts[]> {
  const p = s.period
  const [received, classified, resolved] = [sql`r."receivedAt"`, sql`r."classifiedAt"`, sql`r."resolvedAt"`]
  const k1 = sql`${pendingDuring(p, received, classified)} AND ${notBeforeStart(resolved, p)}`
  const k2 = sql`r."traffickingRelated" = TRUE AND ${classified} < ${p.end} AND ${pendingDuring(p, received, resolved)}`
  const k3 = sql`${pendingDuring(p, sql`c."openedAt"`, sql`c."solvedAt"`)} AND ${notBeforeStart(sql`c."closedAt"`, p)}`
  // the numerators are the pending items (the denominators' conditions) resolved during the period
  const f = await countFigures(db, [
    count('K1d', REPORTS, k1), count('K1n', REPORTS, sql`${k1} AND ${resolvedBy(p, received, classified)}`),
    count('K2d', REPORTS, k2), count('K2n', REPORTS, sql`${k2} AND ${resolvedBy(p, received, resolved)}`),
    count('K3d', CASES, k3), count('K3n', CASES, sql`${k3} AND ${resolvedBy(p, sql`c."openedAt"`, sql`c."solvedAt"`)}`),
  ], unitRecords(s))
  return (['K1', 'K2', 'K3'] as const).map((code) => ({ code, numerator: f.count(`${code}n`), denominator: f.count(`${code}d`) }))
}
