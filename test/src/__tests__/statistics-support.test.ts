// NET-6, Social Affairs part, through the gateway over HTTP on SQLite and PostgreSQL: records
// written in this test through the support mutations (not the demo seed) — receptions, services,
// shelter stays, referrals (one refused for lack of consent on every case that refused it),
// follow-ups and hotline contacts, crossing quarter, year and 2025-reform boundaries — and every
// Social Affairs figure of `provincialStatistics` equal to the test's own recount, for the
// province, an old district, a merged commune and a pre-reform commune, for a month, quarter,
// half-year, year and a custom window. The police count the persons Social Affairs received once
// each; the support subgraph's SQL statements do not grow with the records.
import { beforeAll, describe, expect, it } from 'vitest'
import { publishedProblems, statementCounter, testProviders, withStatisticsCacheOff } from '@lienthong/kit/testing'
import { periodInputFromCode } from '@lienthong/schema'
import { ok } from '../answers.ts'
import { useNetwork } from '../sharedNetwork.ts'
import {
  applyPlan,
  buildPlan,
  OTHER_COUNT_FIELDS,
  PERSON_COUNT_FIELDS,
  publicationProblems,
  PUBLISHED_SELECTION,
  recount,
  STATISTICS_SELECTION,
  type Plan,
} from '../../../subgraphs/support/src/__tests__/statisticsFixture.ts'

/** The periods the test reads: a month, quarter, half-year, year and a custom window. */
const PERIOD_CODES = ['2024-Q3', '2024', '2025-H1', '2025-M07', '2025', '2024-07-01..2024-09-30']
const SCOPES = PERIOD_CODES.flatMap((periodCode) => ['99', '992', '99803', '99201'].map((unitCode) => ({ periodCode, unitCode })))

/** The person references feed the police's victim count inside the network only (@inaccessible): not in the API. */
const API_SELECTION = STATISTICS_SELECTION.replace('supportPersonRefs', '')
/** The recount, as far as the API shows it. */
const apiRecount = (plans: Plan[], scope: Parameters<typeof recount>[1]) => ({ support: recount(plans, scope).support })

/** One request for many scopes (aliases), as a steering-committee table would ask. */
function statisticsQuery(scopes: readonly { periodCode: string; unitCode: string }[], extra = '', selection = API_SELECTION) {
  const vars = scopes.map((_, k) => `$p${k}: PeriodInput!, $u${k}: AdminUnitCode`).join(', ')
  const fields = scopes.map((_, k) => `s${k}: provincialStatistics(period: $p${k}, unitCode: $u${k}) { periodCode unitCode ${selection} ${extra} }`).join('\n')
  const variables = Object.fromEntries(
    scopes.flatMap((s, k) => [
      [`p${k}`, periodInputFromCode(s.periodCode)],
      [`u${k}`, s.unitCode],
    ]),
  )
  return { query: `query(${vars}) { ${fields} }`, variables }
}

describe.each(await testProviders())('Social Affairs statistics through the gateway on %s', (provider) => {
  let headers: Record<string, string>
  const counter = statementCounter()
  const plans: Plan[] = [buildPlan('G1', 24, 8_2025)]
  const { net } = useNetwork(provider, { only: ['cases', 'prosecutions', 'support', 'border'], seed: false, onStatement: { support: counter.record } })
  /** Runs an operation as the Social Affairs officer; it must succeed. */
  const asSocialAffairs = (query: string, variables: Record<string, unknown>) => ok((q, v) => net.query(q, v, headers), query, variables)
  const refused = async (query: string, variables: Record<string, unknown>) =>
    (await net.query(query, variables, headers)).body.errors?.[0]?.extensions?.code as string | undefined
  const statistics = async (scopes: readonly { periodCode: string; unitCode: string }[], extra = '') => {
    const { query, variables } = statisticsQuery(scopes, extra)
    const data = await asSocialAffairs(query, variables)
    return scopes.map((_, k) => data[`s${k}`])
  }

  beforeAll(async () => {
    headers = { authorization: `Bearer ${await net.token({ sub: 't-social-affairs', agency: 'social_affairs', role: 'officer', unit: '99' })}` }
    await applyPlan(asSocialAffairs, plans[0]!, refused)
  }, 240_000)

  it('gives every Social Affairs figure equal to the recount, for every period kind and unit across the reform', async () => {
    const got = await statistics(SCOPES)
    SCOPES.forEach((s, k) => {
      expect(got[k].periodCode, `${s.periodCode}`).toBe(s.periodCode)
      expect({ support: got[k].support }, `${s.periodCode} / ${s.unitCode}`).toEqual(apiRecount(plans, s))
    })
    const year = got[SCOPES.findIndex((s) => s.periodCode === '2025' && s.unitCode === '99')].support
    expect(year.casesReceived).toBeGreaterThan(3)
    expect(year.servicesStarted).toBeGreaterThan(3)
    expect(year.hotlineContactsReceived).toBeGreaterThan(3)
  })

  it('never serves the person references behind the victim count to any caller', async () => {
    const r = await net.query('{ provincialStatistics(period: { kind: YEAR, year: 2025 }) { supportPersonRefs } }', {}, headers)
    expect(r.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(r.body.data).toBeUndefined()
  })

  it('a referral refused for lack of consent leaves no record: referralsMade counts only the written ones', async () => {
    const [p] = await statistics([{ periodCode: '2025', unitCode: '99' }])
    const expected = recount(plans, { periodCode: '2025', unitCode: '99' }).support.referralsMade
    expect(plans[0]!.cases.some((c) => c.consent === 'REFUSED')).toBe(true)
    expect(p.support.referralsMade).toBe(expected)
  })

  it('the police count each person Social Affairs received once (no police or border records here)', async () => {
    const scopes = [
      { periodCode: '2025', unitCode: '99' },
      { periodCode: '2024', unitCode: '992' },
    ]
    const got = await statistics(scopes, 'victims { total excludedForConsent byAgency { key count } }')
    scopes.forEach((s, k) => {
      const refs = recount(plans, s).supportPersonRefs
      expect(got[k].victims.total).toBe(refs.length)
      expect(got[k].victims.excludedForConsent).toBe(0)
      expect(got[k].victims.byAgency.find((l: any) => l.key === 'SUPPORT').count).toBe(refs.length)
    })
  })

  it('publishes the person counts to an analyst by the cell-key method (small ones suppressed, others within ±4), and the other figures exact', async () => {
    const analyst = await net.as({ sub: 't-committee-analyst', agency: 'steering_committee', role: 'analyst', unit: '99' })
    const { query, variables } = statisticsQuery(SCOPES, '', PUBLISHED_SELECTION)
    const r = await analyst(query, variables)
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined()
    let suppressed = 0
    SCOPES.forEach((s, k) => {
      const exact = recount(plans, s).support
      const got = r.body.data[`s${k}`].support
      for (const field of ['casesReceived', 'personsReceived'] as const)
        expect(publishedProblems(`${s.periodCode} / ${s.unitCode} ${field}`, exact[field], got[field])).toEqual([])
      expect(got.servicesStarted, `${s.periodCode} / ${s.unitCode}`).toBe(exact.servicesStarted)
      for (const field of PERSON_COUNT_FIELDS) {
        expect(publicationProblems(exact[field], got[field], 5), `${s.periodCode} / ${s.unitCode} ${field}`).toEqual([])
        suppressed += got[field].filter((c: any) => c.suppressed).length
      }
      for (const field of OTHER_COUNT_FIELDS)
        expect(got[field], `${s.periodCode} / ${s.unitCode} ${field}`).toEqual(exact[field].map((c) => ({ ...c, suppressed: false })))
    })
    expect(suppressed).toBeGreaterThan(0)
  })

  it(
    'costs the support subgraph the same SQL statements with three times the records',
    () =>
      // the cost of counting (a cached answer costs one statement)
      withStatisticsCacheOff(async () => {
        const scopes = [
          { periodCode: '2025', unitCode: '992' },
          { periodCode: '2024-Q3', unitCode: '99' },
        ]
        counter.reset()
        await statistics(scopes)
        const before = counter.count
        const more = buildPlan('G2', 48, 9_2025)
        await applyPlan(asSocialAffairs, more, refused)
        plans.push(more)
        counter.reset()
        const after = await statistics(scopes)
        expect(counter.count).toBe(before)
        expect(before).toBeLessThanOrEqual(50)
        scopes.forEach((s, k) => void expect({ support: after[k].support }).toEqual(apiRecount(plans, s)))
      }),
    300_000,
  )
})
