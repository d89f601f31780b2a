// The procuracy's and the court's part of the provincial statistics through the gateway over real
// HTTP, on SQLite and PostgreSQL: files written through the gateway by each office with its own
// token (no demo seed), every figure equal to the test's own recount for periods and units across
// month, quarter, year and 2025-reform boundaries; K4 and K5 combined into the police-owned kpis
// (@requires) and the justice funnel's indicted / tried / convicted steps; SQL statements of the
// prosecutions database that do not grow with the number of files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statementCounter, testProviders } from '@lienthong/kit/testing'
import type { Identity } from '@lienthong/kit/identity'
import { startNetwork, type TestNetwork } from '../network.ts'
import { buildFiles, edgeFiles, writeFiles, type Office, type TFile } from '../../../subgraphs/prosecutions/src/__tests__/statisticsWorld.ts'
import { normalise, recount, SCOPES, STATISTICS_SELECTION, type TScope } from '../../../subgraphs/prosecutions/src/__tests__/statisticsRecount.ts'

const IDENTITY: Record<Office, Identity> = {
  PROCURACY: { sub: 'kiem-sat-vien-gw', agency: 'procuracy', role: 'officer', unit: '99' },
  COURT: { sub: 'tham-phan-gw', agency: 'court', role: 'officer', unit: '99' },
}
const QUERY = `query($period: PeriodInput!, $unitCode: AdminUnitCode) { provincialStatistics(period: $period, unitCode: $unitCode) {
  periodCode unitCode ${STATISTICS_SELECTION}
  kpis { code numerator denominator value targetPercent met }
  justiceFunnel { casesIndicted casesTried convictedPersons indicted { total } convicted { total } } } }`

describe.each(await testProviders())('procuracy and court statistics through the gateway on %s', (provider) => {
  let net: TestNetwork
  const prosecutions = statementCounter()
  const files: TFile[] = [...edgeFiles('G'), ...buildFiles('G', 8, 2_024)]
  const tokens = {} as Record<Office, string>
  const exec = async (office: Office, query: string, input: Record<string, unknown>) => {
    const { status, body } = await net.query(query, { input }, { authorization: `Bearer ${tokens[office]}` })
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
    tokens.PROCURACY = await net.token(IDENTITY.PROCURACY)
    tokens.COURT = await net.token(IDENTITY.COURT)
    await writeFiles(exec, files)
  }, 180_000)
  afterAll(() => net?.stop())

  it.each(SCOPES.map((s) => [s.name, s] as const))('every figure equals the recount: %s', async (_, scope) => {
    const got = await statistics(scope)
    const want = recount(files, scope)
    const { periodCode, unitCode, kpis, justiceFunnel, ...figures } = got
    expect([periodCode, unitCode]).toEqual([scope.periodCode, scope.unitCode])
    expect(normalise(figures)).toEqual(want)
    // K4 and K5 as the police subgraph publishes them: the same counts, the value and the target met in integers
    const [, n4, d4] = want.prosecutionKpiCounts[0] as [string, number, number]
    const [, n5, d5] = want.prosecutionKpiCounts[1] as [string, number, number]
    expect(kpis.slice(3)).toEqual([
      { code: 'K4', numerator: n4, denominator: d4, value: d4 ? n4 / d4 : null, targetPercent: 95, met: d4 ? 100 * n4 >= 95 * d4 : null },
      { code: 'K5', numerator: n5, denominator: d5, value: d5 ? n5 / d5 : null, targetPercent: 90, met: d5 ? 100 * n5 >= 90 * d5 : null },
    ])
    // the justice funnel's procuracy and court steps
    expect(justiceFunnel).toMatchObject({
      casesIndicted: want.casesIndicted, casesTried: want.casesTried,
      indicted: { total: want.indictedPersonRefs.length }, convicted: { total: want.convictedPersonRefs.length },
    })
  })

  it('has records in the scopes it checks (the recount is not trivially zero)', () => {
    const y2024 = recount(files, SCOPES[0]!)
    expect(y2024.casesIndicted).toBeGreaterThan(2)
    expect(y2024.court.filesTried).toBeGreaterThan(1)
    expect(recount(edgeFiles('G').slice(1, 2), SCOPES[6]!).casesTried).toBe(1) // the file accepted in 99404 before the reform, tried after it, asked by 99808
    expect(recount(files, SCOPES[6]!).casesTried).toBeGreaterThan(0)
  })

  it('sends the prosecutions database the same number of statements with five times the files', async () => {
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
    expect(normalise(figures)).toEqual(recount(files, scope))
  }, 180_000)

  it('refuses an unknown unit with BAD_USER_INPUT naming the argument', async () => {
    const { body } = await net.query(QUERY, { period: { kind: 'YEAR', year: 2025 }, unitCode: '77777' })
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(body.errors?.[0]?.extensions?.field).toBe('unitCode')
  })
})
