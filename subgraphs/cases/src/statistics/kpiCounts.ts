// K1–K3 under the agencies' accounting (schema/src/kpi.ts; thụ lý cũ + thụ lý mới), for the period
// [start, end), counted in the database as one statement; K4–K5 arrive from the procuracy and the
// court (@requires) and the five are evaluated against the catalogue here:
// - K1: reports received before the end and neither classified nor resolved (transferred
//   unclassified) before the start; numerator: those classified during the period.
// - K2: reports classified trafficking-related before the end and pending (received or being
//   verified) at some instant of the period, by their status history: pending at its start, or
//   received or resumed during it; numerator: those of them with an outcome (case opened, no case,
//   transferred, suspended) as at its end. A report suspended in one period and resumed in a later
//   one stays resolved in the first and is pending again in the later one.
// - K3: cases pending (investigated or suspended) at some instant of the period, by their status
//   history; numerator: those solved during the period.
import {
  count,
  defineSection,
  inPeriod,
  notBeforeStart,
  pendingDuring,
  resolvedAtEnd,
  resolvedBy,
  sql,
  wasPending,
  type Figures,
  type StatisticsScope,
} from '@lienthong/kit'
import { evaluateKpi, kpiDefinition, kpiDefinitionText, type KpiCode } from '@lienthong/schema'
import { REPORT_HISTORY } from '../domain/statusHistory.ts'
import { scoped } from './fromOthers.ts'
import { CASES_AS_AT, caseStatuses, REPORTS, REPORTS_AS_AT, reportStatuses, unitRecords } from './policeSql.ts'

export interface KpiCounts {
  code: string
  numerator: number
  denominator: number
}

const KPI_CODES = ['K1', 'K2', 'K3', 'K4', 'K5'] as const satisfies readonly KpiCode[]
const POLICE_KPIS = ['K1', 'K2', 'K3'] as const

function kpiArms(s: StatisticsScope) {
  const p = s.period
  const [received, classified, resolved] = [sql`r."receivedAt"`, sql`r."classifiedAt"`, sql`r."resolvedAt"`]
  const k1 = sql`${pendingDuring(p, received, classified)} AND ${notBeforeStart(resolved, p)}`
  const k2 = sql`r."traffickingRelated" = TRUE AND ${classified} < ${p.end} AND ${wasPending('rh')}`
  const k3 = wasPending('ch')
  // the numerators are the pending items (the denominators' conditions) resolved during the period
  return [
    count('K1d', REPORTS, k1),
    count('K1n', REPORTS, sql`${k1} AND ${resolvedBy(p, received, classified)}`),
    count('K2d', REPORTS_AS_AT, k2),
    count('K2n', REPORTS_AS_AT, sql`${k2} AND ${resolvedAtEnd('rh', REPORT_HISTORY)}`),
    count('K3d', CASES_AS_AT, k3),
    count('K3n', CASES_AS_AT, sql`${k3} AND ${inPeriod(sql`c."solvedAt"`, s)}`),
  ]
}

/** K1–K3 as counted here. */
export const policeKpiCounts = (f: Figures): KpiCounts[] =>
  POLICE_KPIS.map((code) => ({ code, numerator: f.count(`${code}n`), denominator: f.count(`${code}d`) }))

function kpiResult({ code, numerator, denominator }: KpiCounts) {
  const d = kpiDefinition(code as KpiCode)
  return {
    ...evaluateKpi(code as KpiCode, numerator, denominator),
    nameVi: d.nameVi,
    nameEn: d.nameEn,
    definitionVi: kpiDefinitionText(d, 'vi'),
    definitionEn: kpiDefinitionText(d, 'en'),
    comparator: d.comparator,
  }
}

/** ProvincialStatistics.kpis: K1–K3 in one statement per request and scope, K4–K5 as the procuracy and the court counted them. */
export const kpiSection = defineSection({
  name: 'kpis',
  records: (s) => [...unitRecords(s), reportStatuses(s), caseStatuses(s)],
  arms: kpiArms,
  types: {
    ProvincialStatistics: {
      kpis: (f, s) => {
        const byCode = new Map([...policeKpiCounts(f), ...(scoped(s).prosecutionKpiCounts ?? [])].map((k) => [k.code, k]))
        return KPI_CODES.map((code) => kpiResult(byCode.get(code) ?? { code, numerator: 0, denominator: 0 }))
      },
    },
  },
})
