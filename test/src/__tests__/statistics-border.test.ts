// The Border Guard's part of the provincial statistics through the gateway over real HTTP, on
// SQLite and PostgreSQL: records written through the gateway by a Border Guard officer (no demo
// seed), read by the police officer the network acts as by default, every figure equal
// to the test's own recount for periods and units across quarter, year and 2025-reform
// boundaries, joined to the police-owned entity, with SQL statements that do not grow with rows.
import { beforeAll, describe, expect, it } from 'vitest'
import { statementCounter, testProviders, withStatisticsCacheOff } from '@lienthong/kit/testing'
import { periodInputFromCode } from '@lienthong/schema'
import { ok } from '../answers.ts'
import { TEST_OFFICERS } from '../network.ts'
import { useNetwork } from '../sharedNetwork.ts'
import {
  applyPlan,
  buildPlan,
  recount,
  SCOPES,
  STATISTICS_SELECTION,
  withoutLabels,
  type Plan,
} from '../../../subgraphs/border/src/__tests__/statisticsFixture.ts'

/** The person references feed the police's victim count inside the network only (@inaccessible): not in the API. */
const API_SELECTION = STATISTICS_SELECTION.replace('borderPersonRefs', '')
const QUERY = `query($period: PeriodInput!, $unitCode: AdminUnitCode) { provincialStatistics(period: $period, unitCode: $unitCode) {
  periodCode unitCode unitName periodLabelVi ${API_SELECTION} } }`
/** The recount, as far as the API shows it. */
const apiRecount = (plans: Plan[], scope: Parameters<typeof recount>[1]) => ({ border: recount(plans, scope).border })

describe.each(await testProviders())('Border Guard statistics through the gateway on %s', (provider) => {
  const border = statementCounter()
  const plans: Plan[] = [buildPlan('G1', 30, 9_2025)]
  /** Only the Border Guard writes its records. */
  const { net, callers } = useNetwork(provider, {
    only: ['cases', 'prosecutions', 'support', 'border'],
    seed: false,
    onStatement: { border: border.record },
    callers: { border: TEST_OFFICERS.border_guard },
  })
  const write = (mutation: string, variables?: Record<string, unknown>) => ok(callers.border, mutation, variables)
  const statistics = async (periodCode: string, unitCode: string) =>
    (await ok(net.query, QUERY, { period: periodInputFromCode(periodCode), unitCode })).provincialStatistics

  beforeAll(async () => {
    await applyPlan(write, plans[0]!)
  }, 180_000)

  it('answers every period and unit with the recount of the records written through the gateway', async () => {
    for (const s of SCOPES) {
      const got = await statistics(s.periodCode, s.unitCode)
      expect(got.periodCode).toBe(s.periodCode)
      expect(got.unitCode).toBe(s.unitCode)
      expect(withoutLabels({ border: got.border }), `${s.periodCode} / ${s.unitCode}`).toEqual(apiRecount(plans, s))
    }
  })

  it('joins the Border Guard figures to the police-owned entity (unit name and period label from the police subgraph)', async () => {
    const got = await statistics('2025', '99803')
    expect(got.unitName).toBe('Xã Cửa Khẩu Biên Giang')
    expect(got.periodLabelVi).toContain('2025')
    const [old] = [await statistics('2025', '992')]
    expect(old.border).toEqual(got.border)
    expect(old.unitName).toBe('Huyện Biên Giang')
  })

  it(
    'sends the Border Guard database the same number of statements with three times the records',
    () =>
      // the cost of counting (a cached answer costs one statement)
      withStatisticsCacheOff(async () => {
        const scope = SCOPES.find((s) => s.periodCode === '2025' && s.unitCode === '99')!
        border.reset()
        await statistics('2025', '99')
        const before = border.count
        expect(before).toBeGreaterThan(0)
        const more = buildPlan('G2', 60, 10_2025)
        await applyPlan(write, more)
        plans.push(more)
        border.reset()
        const got = await statistics('2025', '99')
        expect(border.count).toBe(before)
        expect(withoutLabels({ border: got.border })).toEqual(apiRecount(plans, scope))
      }),
    180_000,
  )

  it('never serves the person references behind the victim count to any caller', async () => {
    const { body } = await net.query('{ provincialStatistics(period: { kind: YEAR, year: 2025 }) { borderPersonRefs } }')
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(body.data).toBeUndefined()
  })

  it('refuses an unknown unit with BAD_USER_INPUT naming the argument', async () => {
    const { body } = await net.query(QUERY, { period: periodInputFromCode('2025'), unitCode: '77777' })
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(body.errors?.[0]?.extensions?.field).toBe('unitCode')
  })
})
