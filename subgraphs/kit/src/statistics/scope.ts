// The scope of a statistics request: a period (by its stable code) and an administrative unit
// with every unit under it across the 2025 reorganisation (`adminUnits().unitsUnder`, the same
// rule as list filters). The federated statistics entity is
// keyed by (periodCode, unitCode), so every subgraph rebuilds the same scope from the key.
import { adminUnits, periodFromCode, PeriodInputSchema, resolvePeriod, type Period } from '@lienthong/schema'
import { fieldProblem, parseInput } from '../errors.ts'
import { KnownUnitSchema } from '../validation.ts'

export interface StatisticsScope {
  periodCode: string
  unitCode: string
  period: Period
  /**
   * Unit codes whose records count in the unit: itself and every district and commune under it,
   * old and new (records keep the code valid when they happened, at whatever level they were placed).
   */
  units: string[]
}

function withUnit(period: Period, unitCode: string): StatisticsScope {
  return { periodCode: period.code, unitCode, period, units: adminUnits().unitsUnder(unitCode) }
}

/** From query arguments; the unit defaults to the whole province. */
export function statisticsScope(period: unknown, unitCode?: string | null, prefix: readonly string[] = []): StatisticsScope {
  const p = resolvePeriod(parseInput(PeriodInputSchema, period, [...prefix, 'period']))
  return withUnit(p, unitCode == null ? adminUnits().province().code : parseInput(KnownUnitSchema, unitCode, [...prefix, 'unitCode']))
}

/** From the entity key, in any subgraph. */
export function scopeOfKey(key: { periodCode: string; unitCode: string }): StatisticsScope {
  const period = periodFromCode(key.periodCode)
  if (!period) throw fieldProblem('periodCode', 'mã kỳ không hợp lệ', 'not a period code (2024-M07, 2024-Q3, 2024-H2, 2024, 2024-07-01..2024-09-30)')
  return withUnit(period, parseInput(KnownUnitSchema, key.unitCode, ['unitCode']))
}
