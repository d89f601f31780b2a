// Figures of a past period do not change when a record moves on (NET-13), through the gateway: a
// police report suspended, resumed and re-suspended, and a procuracy file returned for
// investigation, re-accepted, suspended, resumed and indicted, across quarter boundaries. Every
// K2, K4 and outcome figure equals the demo data's figure before the test plus a recount done here
// from the events the test wrote; a closed quarter changes only by entries effective in it, and
// the police's and the procuracy's next revisions of a changed report say why. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { testProviders } from '@lienthong/kit/testing'
import { startNetwork, TEST_OFFICERS, type Query, type TestNetwork } from '../network.ts'
import { versionRead } from '../versions.ts'

const world = demoWorld(DEV_NETWORK_KEY)
const Y2024 = Date.UTC(2024, 0, 1) - 7 * 3600_000
// a police case of the demo world opened before 2024, with suspects, that the procuracy has no file on
const c = world.cases.find((x) => x.openedAt.getTime() < Y2024 && x.suspectRefs.length > 0 && !world.procuracyFiles.some((f) => f.caseId === x.id))!
const UNIT = c.unitCode
/** An instant in Vietnam time (UTC+07:00) in 2024. */
const vn = (m: number, d: number, h = 12, min = 0) => new Date(Date.UTC(2024, m - 1, d, h, min) - 7 * 3600_000)

type Event = { status: string; at: Date }
interface Period {
  label: string
  input: object
  start: Date
  end: Date
}
const quarter = (i: number): Period => ({
  label: `Q${i}`,
  input: { kind: 'QUARTER', year: 2024, index: i },
  start: vn(3 * i - 2, 1, 0),
  end: i === 4 ? new Date(Date.UTC(2025, 0, 1) - 7 * 3600_000) : vn(3 * i + 1, 1, 0),
})
const PERIODS: Period[] = [
  quarter(1),
  quarter(2),
  quarter(3),
  quarter(4),
  { label: 'M04', input: { kind: 'MONTH', year: 2024, index: 4 }, start: vn(4, 1, 0), end: vn(5, 1, 0) },
]

/** Held a status of `open` at some instant of the period (each status lasts until the next event). */
const pendingIn = (events: Event[], open: Set<string>, p: Period) =>
  events.some((e, i) => open.has(e.status) && e.at < p.end && (events[i + 1] === undefined || events[i + 1]!.at >= p.start))
const statusAt = (events: Event[], t: Date) => events.filter((e) => e.at < t).at(-1)?.status

/** What the test's own records add to each figure of the period. */
function contribution(report: Event[], file: Event[], p: Period) {
  const reportPending = pendingIn(report, new Set(['RECEIVED', 'VERIFYING']), p)
  const outcome = statusAt(report, p.end)
  const outcomeIn = outcome === 'SUSPENDED' && report.some((e) => e.status === 'SUSPENDED' && e.at >= p.start && e.at < p.end)
  const filePending = pendingIn(file, new Set(['ACCEPTED']), p)
  const indicted = file.some((e) => e.status === 'INDICTED' && e.at >= p.start && e.at < p.end)
  return {
    K2: [reportPending && !['RECEIVED', 'VERIFYING'].includes(outcome!) ? 1 : 0, reportPending ? 1 : 0],
    K4: [indicted ? 1 : 0, filePending ? 1 : 0],
    suspended: outcomeIn ? 1 : 0,
  }
}

const FIGURES = `query($p: PeriodInput!, $u: AdminUnitCode) { provincialStatistics(period: $p, unitCode: $u) {
  kpis { code numerator denominator } police { reportsResolvedByOutcome { key count } } } }`
const SUBMIT = `mutation($input: SubmitReportInput!) { submitPoliceReport(input: $input) { revision changes { path before after reason } } }`
const SUBMIT_PROCURACY = `mutation($input: SubmitReportInput!) { submitProcuracyReport(input: $input) { revision changes { path before after reason } } }`

describe.each(await testProviders())('status history through the gateway on %s', (provider) => {
  let net: TestNetwork
  let police: Query
  let procuracy: Query
  const report: Event[] = []
  const file: Event[] = []
  const ids: Record<string, string> = {}
  let baseline: Record<string, Awaited<ReturnType<typeof figures>>>
  beforeAll(async () => {
    net = await startNetwork(provider)
    police = await net.as(TEST_OFFICERS.police)
    procuracy = await net.as(TEST_OFFICERS.procuracy)
  })
  afterAll(() => net?.stop())

  const ok = async (as: Query, mutation: string, variables: Record<string, unknown>) => {
    const r = await as(mutation, variables)
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined()
    return Object.values(r.body.data as object)[0] as any
  }
  const moveReport = async (status: string, at: Date) => {
    await ok(police, 'mutation($id: ID!, $input: ChangeIncomingReportStatusInput!) { changeIncomingReportStatus(id: $id, input: $input) { id } }', {
      id: ids.report,
      input: { status, at: at.toISOString(), version: await versionRead(police, 'incomingReport', ids.report!) },
    })
    report.push({ status, at })
  }
  const moveFile = async (status: string, at: Date) => {
    await ok(procuracy, 'mutation($input: ChangeProcuracyStatusInput!) { changeProcuracyStatus(input: $input) { id } }', {
      input: {
        decisionRef: `QD-SH-${file.length}`,
        procuracyFileId: ids.file,
        status,
        at: at.toISOString(),
        version: await versionRead(procuracy, 'procuracyFile', ids.file!),
      },
    })
    file.push({ status, at })
  }
  async function figures(p: Period) {
    const r = await net.query(FIGURES, { p: p.input, u: UNIT })
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined()
    const s = r.body.data.provincialStatistics
    const kpi = (code: string) => s.kpis.filter((k: any) => k.code === code).map((k: any) => [k.numerator, k.denominator])[0]
    return { K2: kpi('K2'), K4: kpi('K4'), suspended: s.police.reportsResolvedByOutcome.find((l: any) => l.key === 'SUSPENDED')?.count ?? 0 }
  }
  const all = async () => Object.fromEntries(await Promise.all(PERIODS.map(async (p) => [p.label, await figures(p)] as const)))
  /** Every period's figures are the baseline plus what the test's records add. */
  async function expectRecount() {
    const now = await all()
    for (const p of PERIODS) {
      const b = baseline[p.label]!
      const d = contribution(report, file, p)
      expect(now[p.label], p.label).toEqual({
        K2: [b.K2[0] + d.K2[0], b.K2[1] + d.K2[1]],
        K4: [b.K4[0] + d.K4[0], b.K4[1] + d.K4[1]],
        suspended: b.suspended + d.suspended,
      })
    }
    return now
  }

  it('counts a suspension and a return in the first quarter', async () => {
    baseline = await all()
    ids.report = (
      await ok(police, `mutation($input: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $input) { id } }`, {
        input: {
          externalRef: 'SH-GW-1',
          kind: 'CRIME_REPORT',
          channel: 'IN_PERSON',
          receivedAt: vn(2, 10).toISOString(),
          receivedByUnitCode: '99',
          unitCode: UNIT,
        },
      })
    ).id
    report.push({ status: 'RECEIVED', at: vn(2, 10) })
    await ok(police, 'mutation($id: ID!, $input: ClassifyIncomingReportInput!) { classifyIncomingReport(id: $id, input: $input) { id } }', {
      id: ids.report,
      input: { traffickingRelated: true, classifiedAt: vn(2, 11).toISOString(), version: 1 },
    })
    await moveReport('VERIFYING', vn(2, 11))
    await moveReport('SUSPENDED', vn(3, 5))
    ids.file = (
      await ok(procuracy, 'mutation($input: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $input) { id } }', {
        input: {
          externalRef: 'VKS-SH-1',
          caseId: c.id,
          acceptedAt: vn(2, 10).toISOString(),
          unitCode: UNIT,
          defendants: c.suspectRefs,
        },
      })
    ).id
    file.push({ status: 'ACCEPTED', at: vn(2, 10) })
    await moveFile('RETURNED_FOR_INVESTIGATION', vn(3, 20))
    const q1 = await expectRecount()
    expect(q1.Q1!.K2[1] - baseline.Q1!.K2[1]).toBe(1)
    expect(q1.Q2!.K4).toEqual(baseline.Q2!.K4)
  })

  it('keeps the first quarter when the report is resumed and re-suspended and the file re-accepted, suspended, resumed and indicted later', async () => {
    const before = await all()
    const q3 = { period: { kind: 'QUARTER', year: 2024, index: 3 }, unitCode: '99' }
    const first = await ok(police, SUBMIT, { input: q3 })
    const q2 = { period: { kind: 'QUARTER', year: 2024, index: 2 }, unitCode: '99' }
    const procuracyFirst = await ok(procuracy, SUBMIT_PROCURACY, { input: q2 })
    await moveReport('VERIFYING', vn(5, 2))
    await moveReport('SUSPENDED', vn(8, 20))
    await moveFile('ACCEPTED', vn(5, 5))
    await moveFile('SUSPENDED', vn(6, 30, 23))
    await moveFile('ACCEPTED', vn(7, 1, 0, 0))
    await ok(procuracy, 'mutation($input: IndictInput!) { indict(input: $input) { id } }', {
      input: {
        externalRef: 'CT-SH-1',
        procuracyFileId: ids.file,
        indictedAt: vn(8, 15).toISOString(),
        charges: c.suspectRefs.map((personRef) => ({ personRef, article: c.codeArticle, clause: 1 })),
      },
    })
    file.push({ status: 'INDICTED', at: vn(8, 15) })
    const after = await expectRecount()
    expect(after.Q1).toEqual(before.Q1)
    expect(after.M04).toEqual(before.M04) // returned in March, re-accepted in May: not pending in April
    expect(after.Q2!.K4[1] - baseline.Q2!.K4[1]).toBe(1)

    // the police's third quarter changed (the report suspended again on 20 August): revision 2 says why
    const second = await ok(police, SUBMIT, { input: q3 })
    expect(second.revision).toBe(first.revision + 1)
    const changed = second.changes.find((x: any) => x.path.startsWith('reportsResolvedByOutcome'))
    expect(changed?.reason).toMatch(/2 status step\(s\) effective by the period's end recorded after revision 1/)
    // the procuracy's second quarter changed (re-accepted on 5 May, suspended on 30 June; the later decisions are not in it)
    const procuracySecond = await ok(procuracy, SUBMIT_PROCURACY, { input: q2 })
    expect(procuracySecond.revision).toBe(procuracyFirst.revision + 1)
    expect(procuracySecond.changes.length).toBeGreaterThan(0)
    for (const x of procuracySecond.changes)
      expect(x.reason).toMatch(/late or retroactive entries: 2 status step\(s\) effective by the period's end recorded after revision 1/)
  })
})
