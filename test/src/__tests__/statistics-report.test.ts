// NET-6 speed, as a budget of SQL statements rather than a timing (timings are in `npm run bench`):
// the full provincial report — every figure, breakdown and KPI the supergraph offers, the
// operation the exports use — costs each subgraph a fixed, small number of statements (one per
// statistics section and one per periodic-report section), the same for the province and a year
// as for a commune and a month or a custom window, on the seeded demo world.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testProviders } from '@lienthong/kit/testing'
import { DEFAULT_SUPERGRAPH_PATH } from '@lienthong/gateway/config'
import { apiSchemaOf, reportOperation } from '../../../gateway/src/exports/reportQuery.ts'
import { startNetwork, type Name, type TestNetwork } from '../network.ts'

/**
 * Statistics sections of each subgraph, then its periodic-report sections (none for a custom
 * window), then the reads of the data generation (the statistics cache, NET-9: one per call the
 * gateway makes to the subgraph for the report's statistics).
 */
const BUDGET: Record<Name, [statistics: number, reports: number, generation: number]> = {
  cases: [4, 1, 3], // police figures, K1–K3, victims, justice funnel; police reports; root field and two entity calls
  prosecutions: [3, 2, 1], // K4–K5 and funnel contributions, procuracy, court; procuracy and court reports
  support: [1, 1, 1], // the section with its person references; Social Affairs reports
  border: [2, 1, 1], // the three sections, the person references; Border Guard reports
}
const NAMES = Object.keys(BUDGET) as Name[]
const QUERY = reportOperation(apiSchemaOf(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')))
const SCOPES = [
  { period: { kind: 'YEAR', year: 2024 }, unitCode: '99' },
  { period: { kind: 'MONTH', year: 2024, index: 3 }, unitCode: '99' },
  { period: { kind: 'QUARTER', year: 2025, index: 3 }, unitCode: '99803' },
  { period: { kind: 'CUSTOM', from: '2024-06-01', to: '2024-07-31' }, unitCode: '992' },
]

describe.each(await testProviders())('the full provincial report on %s', (provider) => {
  let net: TestNetwork
  const statements = Object.fromEntries(NAMES.map((n) => [n, 0])) as Record<Name, number>
  beforeAll(async () => {
    net = await startNetwork(provider, {
      onStatement: Object.fromEntries(
        NAMES.map((n) => [
          n,
          () => {
            statements[n]++
          },
        ]),
      ),
    })
  })
  afterAll(() => net?.stop())

  it.each(SCOPES.map((s) => [`${JSON.stringify(s.period)} ${s.unitCode}`, s] as const))('costs each subgraph its fixed statements: %s', async (_, scope) => {
    for (const n of NAMES) statements[n] = 0
    const { status, body } = await net.query(QUERY, scope)
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
    expect(status).toBe(200)
    const report = body.data.provincialStatistics
    expect(report.kpis).toHaveLength(5)
    // periodic reports exist for months, quarters, half-years and years, not for a custom window
    const reporting = [report.policeReporting, report.procuracyReporting, report.courtReporting, report.socialAffairsReporting, report.borderGuardReporting]
    if (scope.period.kind === 'CUSTOM') expect(reporting).toEqual([null, null, null, null, null])
    else for (const r of reporting) expect(r.periodCode).toBe(report.periodCode)
    const periodic = scope.period.kind !== 'CUSTOM'
    expect(statements).toEqual(Object.fromEntries(NAMES.map((n) => [n, BUDGET[n][0] + (periodic ? BUDGET[n][1] : 0) + BUDGET[n][2]])))
  })
})
