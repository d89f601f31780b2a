// Periodic reports through the gateway: an agency submits its report for a period, the network
// freezes a snapshot of its figures, corrections add revisions (never overwrite), and the
// committee reads per agency and period submitted / on time / late / missing with the rates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testProviders } from '@lienthong/kit/testing'
import type { Identity } from '@lienthong/kit/identity'
import { startNetwork, type TestNetwork } from '../network.ts'

const as = (agency: Identity['agency']): Identity => ({ sub: `reporter-${agency}`, agency, role: 'officer', unit: '99' })
const SUBMIT = `mutation($p: PeriodInput!) { submitPoliceReport(input: { period: $p }) { id agency periodCode unitCode revision submittedBy figures changes { path before after } } }`
const JULY_2024 = { kind: 'MONTH', year: 2024, index: 7 }

describe.each(await testProviders())('periodic reports on %s', (provider) => {
  let net: TestNetwork
  let police: Record<string, string>
  beforeAll(async () => {
    net = await startNetwork(provider)
    police = { authorization: `Bearer ${await net.token(as('police'))}` }
  })
  afterAll(() => net?.stop())

  it('freezes the agency figures as revision 1; an unchanged resubmission is the same revision', async () => {
    const { body } = await net.query(SUBMIT, { p: JULY_2024 }, police)
    expect(body.errors).toBeUndefined()
    const r = body.data.submitPoliceReport
    expect(r).toMatchObject({ agency: 'police', periodCode: '2024-M07', unitCode: '99', revision: 1, submittedBy: 'reporter-police' })
    const figures = JSON.parse(r.figures)
    const live = await net.query('{ provincialStatistics(period: { kind: MONTH, year: 2024, index: 7 }) { police { reportsReceived } } }')
    expect(figures.reportsReceived).toBe(live.body.data.provincialStatistics.police.reportsReceived)
    const again = await net.query(SUBMIT, { p: JULY_2024 }, police)
    expect(again.body.data.submitPoliceReport).toMatchObject({ id: r.id, revision: 1 })
  })

  it('a correction after the figures changed is a new revision naming the changed figures; revision 1 is kept', async () => {
    const before = await net.query('{ provincialStatistics(period: { kind: MONTH, year: 2024, index: 7 }) { police { reportsReceived } } }')
    const received = await net.query(
      `mutation { receiveIncomingReport(input: { externalRef: "TEST-LATE-0001", kind: DENUNCIATION, channel: IN_PERSON,
      receivedAt: "2024-07-20T09:00:00+07:00", receivedByUnitCode: "99", unitCode: "99101" }) { id } }`,
      undefined,
      police,
    )
    expect(received.body.errors).toBeUndefined()
    const { body } = await net.query(SUBMIT, { p: JULY_2024 }, police)
    expect(body.errors).toBeUndefined()
    const r2 = body.data.submitPoliceReport
    expect(r2.revision).toBe(2)
    const n = before.body.data.provincialStatistics.police.reportsReceived
    expect(r2.changes).toContainEqual({ path: 'reportsReceived', before: String(n), after: String(n + 1) })
    const view = await net.query(
      `{ provincialStatistics(period: { kind: MONTH, year: 2024, index: 7 }) { policeReporting { status revisions { revision figures } } } }`,
    )
    const revisions = view.body.data.provincialStatistics.policeReporting.revisions
    expect(revisions.map((x: any) => x.revision)).toEqual([1, 2])
    expect(JSON.parse(revisions[0].figures).reportsReceived).toBe(n)
    expect(JSON.parse(revisions[1].figures).reportsReceived).toBe(n + 1)
    // submitted in 2026 for July 2024 (due 15 August 2024): late
    expect(view.body.data.provincialStatistics.policeReporting.status).toBe('LATE')
  })

  it('shows the committee each agency per period with reporting and on-time rates', async () => {
    const { body } = await net.query(`{ reportingCompliance(year: 2024, kind: MONTH) {
      police { agency expected submitted onTime reportingRate onTimeRate periods { periodCode status } }
      procuracy { expected submitted } court { expected } socialAffairs { expected submitted } borderGuard { periods { status } } } }`)
    expect(body.errors).toBeUndefined()
    const y = body.data.reportingCompliance
    expect(y.police.periods).toHaveLength(12)
    expect(y.police.periods.find((p: any) => p.periodCode === '2024-M07').status).toBe('LATE')
    expect(y.police.periods.filter((p: any) => p.status === 'MISSING')).toHaveLength(11)
    expect(y.police).toMatchObject({ agency: 'police', expected: 12, submitted: 1, onTime: 0, reportingRate: 1 / 12, onTimeRate: 0 })
    expect(y.procuracy).toEqual({ expected: 12, submitted: 0 })
    expect(y.socialAffairs).toEqual({ expected: 12, submitted: 0 })
    expect(y.borderGuard.periods.every((p: any) => p.status === 'MISSING')).toBe(true)
  })

  it('refuses another agency submitting for the police, an unfinished period and a custom window', async () => {
    const court = await net.query(SUBMIT, { p: JULY_2024 }, { authorization: `Bearer ${await net.token(as('court'))}` })
    expect(court.body.errors?.[0].extensions.code).toBe('FORBIDDEN')
    const future = await net.query(SUBMIT, { p: { kind: 'YEAR', year: 2099 } }, police)
    expect(future.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.period' })
    const custom = await net.query(SUBMIT, { p: { kind: 'CUSTOM', from: '2024-07-01', to: '2024-09-30' } }, police)
    expect(custom.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.period.kind' })
  })

  it('lets each other agency submit its own section', async () => {
    for (const [agency, field] of [
      ['procuracy', 'submitProcuracyReport'],
      ['court', 'submitCourtReport'],
      ['social_affairs', 'submitSocialAffairsReport'],
      ['border_guard', 'submitBorderGuardReport'],
    ] as const) {
      const { body } = await net.query(
        `mutation { ${field}(input: { period: { kind: QUARTER, year: 2024, index: 3 } }) { agency revision periodCode figures } }`,
        undefined,
        { authorization: `Bearer ${await net.token(as(agency))}` },
      )
      expect(body.errors).toBeUndefined()
      expect(body.data[field]).toMatchObject({ agency, revision: 1, periodCode: '2024-Q3' })
      expect(Object.keys(JSON.parse(body.data[field].figures)).length).toBeGreaterThan(0)
    }
  })
})

describe.each(await testProviders())('report timeliness on %s', (provider) => {
  it('is judged by the first submission against the due instant; revisions do not change it', async () => {
    const { startTestSubgraph } = await import('@lienthong/kit/testing')
    const { submitReport, periodReporting } = await import('@lienthong/kit/reporting')
    const { statisticsScope } = await import('@lienthong/kit')
    const { subgraph } = await import('@lienthong/cases')
    const sg = await startTestSubgraph(subgraph, provider)
    try {
      const db = sg.db as never
      const who = as('police')
      const submit = (period: unknown, now: string, figures: unknown) =>
        submitReport(db, { agency: 'police', identity: who, period, unitCode: '994', now: new Date(now), figures: async () => figures })
      // July 2024 is due by the end of 15 August 2024 (Vietnam time)
      await submit(JULY_2024, '2024-08-15T23:59:00+07:00', { reportsReceived: 3 })
      await submit(JULY_2024, '2024-09-20T10:00:00+07:00', { reportsReceived: 4 })
      await submit({ kind: 'MONTH', year: 2024, index: 8 }, '2024-09-16T00:00:00+07:00', { reportsReceived: 1 })
      const july = (await periodReporting(db, 'police', statisticsScope(JULY_2024, '994')))!
      expect(july.status).toBe('ON_TIME')
      expect(july.revisions.map((r) => r.revision)).toEqual([1, 2])
      expect(july.revisions[1]!.changes).toEqual([{ path: 'reportsReceived', before: '3', after: '4', reason: null }])
      const august = (await periodReporting(db, 'police', statisticsScope({ kind: 'MONTH', year: 2024, index: 8 }, '994')))!
      expect(august.status).toBe('LATE')
      // the same unit's reports are kept apart from the province's
      expect((await periodReporting(db, 'police', statisticsScope(JULY_2024, '99')))!.status).toBe('MISSING')
      // a custom window (a peak campaign) has no periodic report
      expect(await periodReporting(db, 'police', statisticsScope({ kind: 'CUSTOM', from: '2024-07-01', to: '2024-07-31' }, '994'))).toBeNull()
    } finally {
      await sg.stop()
    }
  })
})
