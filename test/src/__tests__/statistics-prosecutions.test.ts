// The procuracy's and the court's part of the provincial statistics through the gateway over real
// HTTP, on SQLite and PostgreSQL: files written through the gateway by each office as itself (its
// own token and purpose; no demo seed), every figure equal to the test's own recount for periods
// and units across month, quarter, year and 2025-reform boundaries; K4 and K5 combined into the
// police-owned kpis (@requires) and the justice funnel's indicted / tried / convicted steps (from
// person references that the API itself never serves); person counts published to analysts with
// small cells suppressed; SQL statements of the prosecutions database that do not grow with the
// number of files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publishedProblems, statementCounter, testProviders, withStatisticsCacheOff } from '@lienthong/kit/testing'
import { startNetwork, TEST_OFFICERS, type Query, type TestNetwork } from '../network.ts'
import { buildFiles, edgeFiles, writeFiles, type Office, type TFile } from '../../../subgraphs/prosecutions/src/__tests__/statisticsWorld.ts'
import {
  API_STATISTICS_SELECTION,
  normalise,
  PERSON_COUNTS,
  recount,
  SCOPES,
  type TScope,
} from '../../../subgraphs/prosecutions/src/__tests__/statisticsRecount.ts'

const QUERY = `query($period: PeriodInput!, $unitCode: AdminUnitCode) { provincialStatistics(period: $period, unitCode: $unitCode) {
  periodCode unitCode ${API_STATISTICS_SELECTION}
  kpis { code numerator denominator value targetPercent met }
  justiceFunnel { casesIndicted casesTried convictedPersons indicted { total } convicted { total } } } }`

describe.each(await testProviders())('procuracy and court statistics through the gateway on %s', (provider) => {
  let net: TestNetwork
  const prosecutions = statementCounter()
  const files: TFile[] = [...edgeFiles('G'), ...buildFiles('G', 8, 2_024)]
  const as = {} as Record<Office, Query>
  const exec = async (office: Office, query: string, input: Record<string, unknown>) => {
    const { status, body } = await as[office](query, { input })
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
    expect(status).toBe(200)
    return body.data
  }
  const statistics = async (s: Pick<TScope, 'period' | 'unitCode'>) => {
    const { body } = await net.query(QUERY, { period: s.period, unitCode: s.unitCode })
    expect(body.errors).toBeUndefined()
    return body.data.provincialStatistics
  }

  beforeAll(async () => {
    net = await startNetwork(provider, { seed: false, onStatement: { prosecutions: prosecutions.record } })
    as.PROCURACY = await net.as(TEST_OFFICERS.procuracy)
    as.COURT = await net.as(TEST_OFFICERS.court)
    await writeFiles(exec, files)
  }, 180_000)
  afterAll(() => net?.stop())

  /** The recount without the person-reference lists, which the API does not serve. */
  const servedRecount = (scope: TScope) => {
    const { indictedPersonRefs: _i, convictedPersonRefs: _c, ...served } = recount(files, scope)
    return served
  }

  it.each(SCOPES.map((s) => [s.name, s] as const))('every figure equals the recount: %s', async (_, scope) => {
    const got = await statistics(scope)
    const want = recount(files, scope)
    const { periodCode, unitCode, kpis, justiceFunnel, ...figures } = got
    expect([periodCode, unitCode]).toEqual([scope.periodCode, scope.unitCode])
    expect(normalise(figures)).toEqual(servedRecount(scope))
    // K4 and K5 as the police subgraph publishes them: the same counts, the value and the target met in integers
    const [, n4, d4] = want.prosecutionKpiCounts[0] as [string, number, number]
    const [, n5, d5] = want.prosecutionKpiCounts[1] as [string, number, number]
    expect(kpis.slice(3)).toEqual([
      { code: 'K4', numerator: n4, denominator: d4, value: d4 ? n4 / d4 : null, targetPercent: 95, met: d4 ? 100 * n4 >= 95 * d4 : null },
      { code: 'K5', numerator: n5, denominator: d5, value: d5 ? n5 / d5 : null, targetPercent: 90, met: d5 ? 100 * n5 >= 90 * d5 : null },
    ])
    // the justice funnel's procuracy and court steps
    expect(justiceFunnel).toMatchObject({
      casesIndicted: want.casesIndicted,
      casesTried: want.casesTried,
      indicted: { total: want.indictedPersonRefs.length },
      convicted: { total: want.convictedPersonRefs.length },
    })
  })

  it('has records in the scopes it checks (the recount is not trivially zero)', () => {
    const y2024 = recount(files, SCOPES[0]!)
    expect(y2024.casesIndicted).toBeGreaterThan(2)
    expect(y2024.court.filesTried).toBeGreaterThan(1)
    expect(recount(edgeFiles('G').slice(1, 2), SCOPES[6]!).casesTried).toBe(1) // the file accepted in 99404 before the reform, tried after it, asked by 99808
    expect(recount(files, SCOPES[6]!).casesTried).toBeGreaterThan(0)
  })

  it(
    'sends the prosecutions database the same number of statements with five times the files',
    () =>
      // the cost of counting (a cached answer costs one statement)
      withStatisticsCacheOff(async () => {
        const scope = SCOPES[0]!
        prosecutions.reset()
        await statistics(scope)
        const before = prosecutions.count
        expect(before).toBeGreaterThan(0)
        const more = buildFiles('H', 40, 3_2025)
        await writeFiles(exec, more)
        files.push(...more)
        prosecutions.reset()
        const got = await statistics(scope)
        expect(prosecutions.count).toBe(before)
        const { periodCode: _p, unitCode: _u, kpis: _k, justiceFunnel: _j, ...figures } = got
        expect(normalise(figures)).toEqual(servedRecount(scope))
      }),
    180_000,
  )

  it('serves analysts the person counts by the cell-key method (0 exact, 1..4 suppressed, others within ±4), and no person reference to anyone', async () => {
    const analyst = await net.as({ sub: 'gw-analyst', agency: 'steering_committee', role: 'analyst', unit: '99' })
    const SECTIONS = `procuracy { defendantsIndicted defendantsIndictedByArticle { key count suppressed } }
      court { defendantsConvicted triedByKind { key count suppressed } convictedByArticle { key count suppressed } convictionsBySentence { key count suppressed } }`
    let suppressedCells = 0
    const lines = (pairs: [string, number][]) => pairs.map(([key, count]) => ({ key, count }))
    for (const scope of SCOPES) {
      const { body } = await analyst(
        `query($period: PeriodInput!, $unitCode: AdminUnitCode) { provincialStatistics(period: $period, unitCode: $unitCode) { ${SECTIONS} } }`,
        { period: scope.period, unitCode: scope.unitCode },
      )
      expect(body.errors).toBeUndefined()
      const got = body.data.provincialStatistics
      const want = recount(files, scope)
      expect(publishedProblems(`${scope.name} defendantsIndicted`, want.procuracy.defendantsIndicted, got.procuracy.defendantsIndicted)).toEqual([])
      expect(publishedProblems(`${scope.name} defendantsConvicted`, want.court.defendantsConvicted, got.court.defendantsConvicted)).toEqual([])
      expect(normalise(got.court.triedByKind)).toEqual(want.court.triedByKind)
      for (const [section, fields] of Object.entries(PERSON_COUNTS) as [keyof typeof PERSON_COUNTS, readonly string[]][]) {
        for (const field of fields) {
          const rows: { key: string; count: number | null; suppressed: boolean }[] = got[section][field]
          const exact = lines((want[section] as unknown as Record<string, [string, number][]>)[field]!)
          expect(publishedProblems(`${scope.name} ${field}`, exact, rows)).toEqual([])
          suppressedCells += rows.filter((r) => r.suppressed).length
        }
      }
    }
    expect(suppressedCells).toBeGreaterThan(0)
    // the person references behind the justice funnel stay inside the network
    for (const caller of [analyst, net.query]) {
      const { body } = await caller('query($period: PeriodInput!) { provincialStatistics(period: $period) { indictedPersonRefs convictedPersonRefs } }', {
        period: { kind: 'YEAR', year: 2024 },
      })
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    }
  })

  it('refuses an unknown unit with BAD_USER_INPUT naming the argument', async () => {
    const { body } = await net.query(QUERY, { period: { kind: 'YEAR', year: 2025 }, unitCode: '77777' })
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(body.errors?.[0]?.extensions?.field).toBe('unitCode')
  })
})
