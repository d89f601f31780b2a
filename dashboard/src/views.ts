// Which one operation each view sends for a period and unit (one request per view change).
import type { Client } from '@urql/core'
import { type Answer, answer, unitRowsOperation } from './api/client.ts'
import { ComplianceQuery, JusticeFunnelQuery, KpiOverviewQuery, VictimsQuery } from './api/operations.ts'
import type { UnitRowFieldsFragment } from './gql/graphql.ts'
import type { Filled } from './missing.ts'
import { complianceKind, complianceYear, daysOf, toPeriodInput, trailingMonths, type PeriodSelection } from './periods.ts'
import { childrenDuring } from './units.ts'

export const VIEWS = ['overview', 'trends', 'funnel', 'victims', 'units', 'compliance'] as const
export type View = (typeof VIEWS)[number]

/** The variables of the KPI overview: the period and the 12 months ending with it (m1 oldest). */
export function kpiOverviewVariables(period: PeriodSelection, unitCode: string) {
  const months = Object.fromEntries(trailingMonths(period, 12).map((m, i) => [`m${i + 1}`, toPeriodInput(m)]))
  return { period: toPeriodInput(period), unitCode, ...months } as Parameters<typeof runKpis>[1]
}

const runKpis = (client: Client, v: import('./gql/graphql.ts').KpiOverviewQueryVariables) => answer(client, KpiOverviewQuery, v)

/** The unit picked, then the units directly under it in force during the period. */
export function unitsOfTable(period: PeriodSelection, unitCode: string): string[] {
  const { first, last } = daysOf(period)
  return [unitCode, ...childrenDuring(unitCode, first, last).map((u) => u.code)]
}

/** A row of the units table: the unit asked for and its figures (null where its agencies' figures are missing). */
export interface UnitRowAnswer {
  unitCode: string
  row: Filled<UnitRowFieldsFragment> | null | undefined
}

/** The view's one request: its answer, with the figures it lacks. */
export async function loadView(client: Client, view: View, period: PeriodSelection, unitCode: string): Promise<Answer<unknown>> {
  const p = toPeriodInput(period)
  switch (view) {
    case 'overview':
    case 'trends':
      return runKpis(client, kpiOverviewVariables(period, unitCode))
    case 'victims':
      return answer(client, VictimsQuery, { period: p, unitCode })
    case 'funnel':
      return answer(client, JusticeFunnelQuery, { period: p, unitCode })
    // submissions arrive while the page is open: the grid is always asked afresh
    case 'compliance':
      return answer(client, ComplianceQuery, { year: complianceYear(period), kind: complianceKind(period), unitCode }, { fresh: true })
    case 'units': {
      const codes = unitsOfTable(period, unitCode)
      const op = unitRowsOperation(codes)
      const { data, missing } = await answer<Record<string, UnitRowFieldsFragment>, Record<string, unknown>>(client, op.query, {
        period: p,
        ...Object.fromEntries(op.variableNames.map((v, i) => [v, codes[i]])),
      })
      const rows: UnitRowAnswer[] = op.variableNames.map((v, i) => ({ unitCode: codes[i]!, row: data?.[v] }))
      return { data: rows, missing }
    }
  }
}
