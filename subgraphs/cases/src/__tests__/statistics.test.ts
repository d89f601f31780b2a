// Provincial statistics of the police (figures, K1–K3, victims across agencies, justice funnel)
// equal a recount done here from the records this test created: items crossing period
// boundaries (Vietnam midnight), pre-reform communes asked by an old district or a post-reform
// commune, duplicates across agencies and consent exclusions. SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import {
  startTestSubgraph,
  statementsWhile,
  statisticsEntitiesQuery,
  testProviders,
  testScope,
  testSubgraphForBlock,
  type TestPeriodInput,
} from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { buildWorld, H, vn, writeWorld, type TWorld } from './statisticsWorld.ts'
import { recount, type TScope } from './statisticsRecount.ts'

const LINES = '{ key count }'
const PEOPLE = `{ total bySex ${LINES} byCitizenship ${LINES} }`
export const STATISTICS_FIELDS = `periodCode unitCode
  kpis { code numerator denominator }
  kpiMet: kpis { code value met }
  police { reportsReceived reportsByKind ${LINES} reportsByChannel ${LINES} reportsClassified reportsTraffickingRelated reportsResolvedByOutcome ${LINES}
    casesOpened casesByArticle ${LINES} casesByForm ${LINES} casesByRoute ${LINES} casesByDestination ${LINES} casesByUnit ${LINES}
    casesOrganisedRing casesOnlineRecruitment casesInPeakCampaign casesSolved
    suspects suspectsBySex ${LINES} suspectsByCitizenship ${LINES} suspectsArrested suspectsWanted rescueOperations personsRescued }
  victims { total excludedForConsent bySex ${LINES} byAgeBand ${LINES} bySexAndAgeGroup ${LINES} byCitizenship ${LINES} byForm ${LINES} byRoute ${LINES} byDestination ${LINES} byAgency ${LINES} byUnit ${LINES} }
  justiceFunnel { reportsReceived casesOpened casesIndicted casesTried convictedPersons suspects ${PEOPLE} indicted ${PEOPLE} convicted ${PEOPLE} }`
const demo = demoWorld(DEV_NETWORK_KEY)
const ENTITIES = statisticsEntitiesQuery(STATISTICS_FIELDS)

/** Breakdown lines as [key, count] pairs; KPIs as [code, numerator, denominator]. */
export function normalise(x: any): any {
  if (Array.isArray(x)) return x.map((l) => ('code' in l ? [l.code, l.numerator, l.denominator] : [l.key, l.count]))
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, normalise(v)]))
  return x
}

const communes991 = new Set(['99101', '99102', '99103', '99104', '99801', '99802'])
const all = new Set(['99101', '99102', '99201', '99404', '99801', '99803', '99808'])
/** A scope of this test; ages are counted in the last year of its period. */
function scope(name: string, period: TestPeriodInput, unitCode: string, communes: Set<string>): TScope {
  const s = testScope(name, period, unitCode, communes)
  return { ...s, lastYear: new Date(s.end.getTime() - 1 + 7 * H).getUTCFullYear() }
}
export const SCOPES: TScope[] = [
  scope('year 2024, province', { kind: 'YEAR', year: 2024 }, '99', all),
  scope('Q3 2024, old district 991', { kind: 'QUARTER', year: 2024, index: 3 }, '991', communes991),
  scope('July 2024, post-reform commune 99801', { kind: 'MONTH', year: 2024, index: 7 }, '99801', new Set(['99801', '99101', '99102'])),
  scope('peak campaign window, province', { kind: 'CUSTOM', from: '2024-07-01', to: '2024-09-30' }, '99', all),
  scope(
    'year 2025, old district 994 (99808 also took a commune of 995)',
    { kind: 'YEAR', year: 2025 },
    '994',
    new Set(['99401', '99402', '99403', '99404', '99807']),
  ),
  scope('H2 2025, post-reform commune 99808', { kind: 'HALF_YEAR', year: 2025, index: 2 }, '99808', new Set(['99808', '99404', '99501'])),
  scope('Q1 2025, province', { kind: 'QUARTER', year: 2025, index: 1 }, '99', all),
]

export const representation = (w: TWorld, s: TScope) => ({
  __typename: 'ProvincialStatistics',
  periodCode: s.periodCode,
  unitCode: s.unitCode,
  prosecutionKpiCounts: [
    { code: 'K4', numerator: 19, denominator: 20 },
    { code: 'K5', numerator: 0, denominator: 0 },
  ],
  supportPersonRefs: w.supportRefs,
  borderPersonRefs: w.borderRefs,
  indictedPersonRefs: w.indictedRefs,
  convictedPersonRefs: w.convictedRefs,
  casesIndicted: 7,
  casesTried: 5,
})

describe.each(await testProviders())('police statistics on %s', (provider) => {
  const world = buildWorld(20261122)
  const sg = testSubgraphForBlock(subgraph, provider, (started) => writeWorld(started.db, world))

  it('the test world has what the figures must handle', () => {
    const { reports, cases, victims, supportRefs, borderRefs } = world
    const month = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 7)
    expect(reports.some((r) => r.resolvedAt && month(r.resolvedAt) !== month(r.receivedAt))).toBe(true)
    expect(reports.some((r) => r.status === 'TRANSFERRED' && r.classifiedAt == null)).toBe(true)
    expect(cases.some((c) => c.closedAt && !c.solvedAt)).toBe(true)
    expect(victims.some((v) => v.consentToCount === 'REFUSED') && victims.some((v) => v.consentToCount === 'WITHDRAWN')).toBe(true)
    expect(supportRefs.some((r) => borderRefs.includes(r))).toBe(true)
    // an instant in the last hour of June (Vietnam) that is already July in no time zone but Vietnam's
    expect(
      [...reports, ...cases.map((c) => ({ receivedAt: c.openedAt }))].some(
        (x) => x.receivedAt.getTime() >= vn(2024, 7, 1, 0).getTime() && x.receivedAt.getTime() < Date.UTC(2024, 6, 1),
      ),
    ).toBe(true)
  })

  it.each(SCOPES.map((s) => [s.name, s] as const))('every figure equals the recount: %s', async (_, scope) => {
    const r: any = await sg.execute(ENTITIES, { reps: [representation(world, scope)] })
    expect(r.errors).toBeUndefined()
    const got = normalise(r.data._entities[0])
    const want = recount(world, scope)
    expect(got.kpis.slice(0, 3)).toEqual(want.kpis)
    expect(got.kpis.slice(3)).toEqual([
      ['K4', 19, 20],
      ['K5', 0, 0],
    ]) // taken from the procuracy's and the court's counts as given
    expect(got.police).toEqual(want.police)
    expect(r.data._entities[0].kpiMet.slice(3)).toEqual([
      { code: 'K4', value: 0.95, met: true },
      { code: 'K5', value: null, met: null },
    ])
    expect(got.victims).toEqual(want.victims)
    expect(got.justiceFunnel).toEqual(want.justiceFunnel)
    expect(got.police.reportsReceived + got.police.casesOpened + got.victims.total).toBeGreaterThan(0)
  })

  it('Query.provincialStatistics gives the same police figures and KPIs as the entity', async () => {
    const scope = SCOPES[1]!
    const r: any = await sg.execute(
      `query($p: PeriodInput!, $u: AdminUnitCode) { provincialStatistics(period: $p, unitCode: $u) { periodCode kpis { code numerator denominator value met } police { reportsReceived casesOpened suspects } victims { total } } }`,
      { p: scope.period, u: scope.unitCode },
    )
    expect(r.errors).toBeUndefined()
    const want = recount(world, scope)
    expect(r.data.provincialStatistics.periodCode).toBe(scope.periodCode)
    expect(normalise(r.data.provincialStatistics.kpis).slice(0, 3)).toEqual(want.kpis)
    expect(r.data.provincialStatistics.police).toEqual({
      reportsReceived: want.police.reportsReceived,
      casesOpened: want.police.casesOpened,
      suspects: want.police.suspects,
    })
  })

  it('refuses a bad period or unit with BAD_USER_INPUT naming the field', async () => {
    const r: any = await sg.execute('{ provincialStatistics(period: { kind: MONTH, year: 2024, index: 13 }) { periodCode } }')
    expect(r.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.index' })
    const u: any = await sg.execute('{ provincialStatistics(period: { kind: YEAR, year: 2024 }, unitCode: "99999") { periodCode } }')
    expect(u.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitCode' })
  })
})

describe.each(await testProviders())('statistics SQL statements on %s', (provider) => {
  it('do not grow with the number of rows, communes or countries (1× and 6× the records)', async () => {
    const run = async (scale: number) => {
      await using sg = await startTestSubgraph(subgraph, provider)
      const world = buildWorld(7, scale, `s${scale}`)
      await writeWorld(sg.db, world)
      const scope = SCOPES[0]!
      const r: any = await sg.execute(ENTITIES, { reps: [representation(world, scope)] })
      expect(r.errors).toBeUndefined()
      const got = normalise(r.data._entities[0])
      expect(got.police).toEqual(recount(world, scope).police)
      const { count } = await statementsWhile(sg, () => sg.execute(ENTITIES, { reps: [representation(world, scope)] }))
      return { count, rows: got.police.reportsReceived, victims: got.victims.total }
    }
    const small = await run(1)
    const large = await run(6)
    expect(large.rows).toBeGreaterThan(3 * small.rows)
    expect(large.victims).toBeGreaterThan(3 * small.victims)
    expect(large.count).toBe(small.count)
  })
})

describe.each(await testProviders())('statistics over the seeded demo world on %s', (provider) => {
  it('answer every year, quarter and unit without error, K1–K3 within their denominators, figures consistent', async () => {
    await using sg = await startTestSubgraph(subgraph, provider)
    await subgraph.seedDemo!(sg.db, DEV_NETWORK_KEY)
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      for (const [period, unitCode] of [
        [{ kind: 'YEAR', year }, '99'],
        [{ kind: 'QUARTER', year, index: 3 }, '992'],
        [{ kind: 'HALF_YEAR', year, index: 2 }, '99803'],
      ] as const) {
        const r: any = await sg.execute(
          `query($p: PeriodInput!, $u: AdminUnitCode) { provincialStatistics(period: $p, unitCode: $u) { ${STATISTICS_FIELDS} } }`,
          { p: period, u: unitCode },
        )
        expect(r.errors, `${year} ${unitCode}`).toBeUndefined()
        const s = r.data.provincialStatistics
        for (const k of s.kpis) expect(k.numerator).toBeLessThanOrEqual(k.denominator)
        const sum = (lines: { count: number }[]) => lines.reduce((a, l) => a + l.count, 0)
        expect(sum(s.police.reportsByKind)).toBe(s.police.reportsReceived)
        expect(sum(s.police.casesByRoute)).toBe(s.police.casesOpened)
        expect(sum(s.police.casesByUnit)).toBe(s.police.casesOpened)
        expect(sum(s.victims.bySex)).toBe(s.victims.total)
        expect(sum(s.victims.byAgeBand)).toBe(s.victims.total)
        expect(sum(s.victims.bySexAndAgeGroup)).toBe(s.victims.total)
        expect(s.justiceFunnel.suspects.total).toBe(s.police.suspects)
      }
    }
    const year = (await sg.execute(`{ provincialStatistics(period: { kind: YEAR, year: 2024 }) { police { casesOpened } } }`)) as any
    // the demo world's cases opened in 2024, Vietnam time (1 January 00:00 +07:00 is 31 December 17:00 UTC)
    expect(year.data.provincialStatistics.police.casesOpened).toBe(
      demo.cases.filter((c) => c.openedAt.getTime() >= Date.UTC(2023, 11, 31, 17) && c.openedAt.getTime() < Date.UTC(2024, 11, 31, 17)).length,
    )
  })
})
