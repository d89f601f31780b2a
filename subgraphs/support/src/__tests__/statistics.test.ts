// Social Affairs' statistics on SQLite and PostgreSQL: records written in the test through the
// mutations (not the demo seed), every figure recounted in the test from those records, for
// periods and units crossing quarter, year and 2025-reform boundaries; SQL statements per request
// do not grow with the number of records.
import { describe, expect, it } from 'vitest'
import { badKeyProblems, dataExec, statementsBeforeAndAfter, statisticsEntities, testProviders, testSubgraphForBlock } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { applyPlan, buildPlan, recount, SCOPES, STATISTICS_SELECTION, type Plan } from './statisticsFixture.ts'

const LABELLED = `support {
  casesByFacility { key labelVi } casesByArrival { key labelVi } casesByScreeningResult { key labelVi } victimsByServiceType { key labelVi }
  referralsByStatusAtPeriodEnd { key labelVi } reintegrationOutcomes { key labelVi } }`

describe.each(await testProviders())('Social Affairs statistics on %s', (provider) => {
  const plans: Plan[] = [buildPlan('S1', 40, 6_2025)]
  const refused = async (query: string, variables: Record<string, unknown>): Promise<string | undefined> =>
    (await sg.execute(query, variables)).errors?.[0]?.extensions?.code
  const sg = testSubgraphForBlock(subgraph, provider, (started) => applyPlan(dataExec(started), plans[0]!, refused), 180_000)
  const { query, ask: statistics } = statisticsEntities(sg, `periodCode unitCode ${STATISTICS_SELECTION}`)

  it('the data crosses the boundaries the figures must respect', () => {
    const [p] = plans
    const pre = (u: string) => !u.startsWith('998')
    expect(p!.cases.some((c) => pre(c.unitCode)) && p!.cases.some((c) => !pre(c.unitCode))).toBe(true)
    // a person received twice; services and referral steps in a later year than the reception
    expect(new Set(p!.cases.map((c) => c.personRef)).size).toBeLessThan(p!.cases.length)
    expect(p!.cases.some((c) => c.services.some((s) => s.startedOn.slice(0, 4) > c.receivedAt.toISOString().slice(0, 4)))).toBe(true)
    expect(p!.cases.some((c) => c.referrals.some((f) => f.steps.some((s) => s.at.getUTCFullYear() > f.referredAt.getUTCFullYear())))).toBe(true)
    expect(p!.cases.some((c) => c.services.some((s) => s.type === 'SHELTER' && s.endedOn === null))).toBe(true)
    expect(p!.cases.some((c) => c.consent === 'REFUSED')).toBe(true)
    expect(p!.cases.some((c) => c.screening?.result === 'NOT_VICTIM')).toBe(true)
    const quarter = (t: Date) =>
      `${new Date(t.getTime() + 7 * 3_600_000).getUTCFullYear()}-${Math.floor(new Date(t.getTime() + 7 * 3_600_000).getUTCMonth() / 3)}`
    // made in one quarter, accepted in the next; a shelter stay across a year's end; follow-ups in several quarters of one case
    expect(p!.cases.some((c) => c.referrals.some((f) => f.steps.some((s) => s.status === 'ACCEPTED' && quarter(s.at) !== quarter(f.referredAt))))).toBe(true)
    expect(p!.cases.some((c) => c.services.some((s) => s.type === 'SHELTER' && s.endedOn !== null && s.endedOn.slice(0, 4) > s.startedOn.slice(0, 4)))).toBe(
      true,
    )
    expect(p!.cases.some((c) => new Set(c.followUps.map((f) => quarter(f.at))).size > 1)).toBe(true)
    expect(p!.contacts.some((h) => h.forwardedAt && h.forwardedAt.getUTCMonth() !== h.receivedAt.getUTCMonth())).toBe(true)
  })

  it('equals the recount for every period and unit (province, old district, new commune, old commune)', async () => {
    const got = await statistics(SCOPES)
    SCOPES.forEach((s, k) => {
      expect(got[k].periodCode).toBe(s.periodCode)
      expect({ supportPersonRefs: got[k].supportPersonRefs, support: got[k].support }, `${s.periodCode} / ${s.unitCode}`).toEqual(recount(plans, s))
    })
    // not vacuous: the province's 2025 has records of every kind
    const y = got[SCOPES.findIndex((s) => s.periodCode === '2025' && s.unitCode === '99')].support
    for (const f of [
      'casesReceived',
      'servicesStarted',
      'shelterStaysStarted',
      'shelterStaysOngoingAtPeriodEnd',
      'referralsMade',
      'referralsAccepted',
      'hotlineContactsForwardedToPolice',
    ])
      expect(y[f], f).toBeGreaterThan(0)
    expect(y.reintegrationOutcomes.reduce((n: number, l: any) => n + l.count, 0)).toBeGreaterThan(0)
  })

  it('rolls pre-reform communes and their successor up into the new commune and the old district alike', async () => {
    const [commune, old1, old2, successorOnly] = await statistics([
      { periodCode: '2025', unitCode: '99803' },
      { periodCode: '2025-H1', unitCode: '99201' },
      { periodCode: '2025-H1', unitCode: '99202' },
      { periodCode: '2025-M07', unitCode: '99803' },
    ])
    const [h1, m7] = await statistics([
      { periodCode: '2025-H1', unitCode: '99803' },
      { periodCode: '2025-M07', unitCode: '99803' },
    ])
    // before the reform the new commune is exactly its two predecessors
    expect(h1.support.casesReceived).toBe(old1.support.casesReceived + old2.support.casesReceived)
    expect(commune.support.casesReceived).toBeGreaterThanOrEqual(h1.support.casesReceived + m7.support.casesReceived)
    expect(successorOnly.support.casesReceived).toBe(m7.support.casesReceived)
  })

  it('lists every enum value in order with its Vietnamese label, zeros included', async () => {
    const [s] = await statisticsEntities(sg, LABELLED).ask([{ periodCode: '2026-Q1', unitCode: '99201' }])
    expect(s.support.casesByFacility).toEqual([
      { key: 'SOCIAL_PROTECTION_CENTRE', labelVi: 'Cơ sở bảo trợ xã hội' },
      { key: 'VICTIM_SUPPORT_FACILITY', labelVi: 'Cơ sở hỗ trợ nạn nhân' },
      { key: 'OTHER', labelVi: 'Khác' },
    ])
    expect(s.support.casesByScreeningResult.map((l: any) => l.key)).toEqual(['PRESUMED_VICTIM', 'NOT_VICTIM', 'UNCLEAR', 'NOT_SCREENED'])
    expect(s.support.casesByScreeningResult.at(-1).labelVi).toBe('Chưa sàng lọc')
    expect(s.support.victimsByServiceType).toHaveLength(10)
    expect(s.support.victimsByServiceType[1]).toEqual({ key: 'SHELTER', labelVi: 'Bố trí chỗ ở tạm thời' })
    expect(s.support.referralsByStatusAtPeriodEnd.map((l: any) => l.key)).toEqual(['IN_PROGRESS', 'ACCEPTED', 'REJECTED', 'DONE', 'REVOKED'])
    expect(s.support.reintegrationOutcomes.find((l: any) => l.key === 'RETRAFFICKED').labelVi).toBe('Bị mua bán lại')
    expect(s.support.casesByArrival).toHaveLength(7)
  })

  it('refuses a key that is not a period code or a known unit, naming the field', async () => {
    expect(await badKeyProblems(sg, query)).toEqual([])
  })

  it('costs the same SQL statements with three times the records, and still equals the recount', async () => {
    const scope = { periodCode: '2025', unitCode: '99' }
    const more = buildPlan('S2', 80, 7_2025)
    const grow = async () => {
      await applyPlan(dataExec(sg), more, refused)
      plans.push(more)
    }
    const { before, after, answer } = await statementsBeforeAndAfter(sg, () => statistics([scope]), grow)
    expect(after).toBe(before)
    expect(before).toBeLessThanOrEqual(25)
    expect({ supportPersonRefs: answer[0].supportPersonRefs, support: answer[0].support }).toEqual(recount(plans, scope))
  }, 300_000)
})
