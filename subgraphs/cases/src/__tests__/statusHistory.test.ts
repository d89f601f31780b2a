// The status history of reports and cases (NET-13): suspend, resume, re-suspend sequences across
// month and quarter boundaries written through the mutations; every monthly and quarterly figure
// that depends on status dates (K2, K3, outcomes) equals a recount done here from the events this
// test wrote; resuming never changes the figures of the periods before; a retroactive entry changes
// only the periods from its effective date, and the report's next revision says why.
// SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readVersion, startTestSubgraph, testProviders, type TestSubgraph } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import type { Db } from '../db.ts'
import { vn } from './statisticsWorld.ts'

const RECEIVE = `mutation($input: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $input) { id } }`
const CLASSIFY = `mutation($id: ID!, $input: ClassifyIncomingReportInput!) { classifyIncomingReport(id: $id, input: $input) { id } }`
const MOVE = `mutation($id: ID!, $input: ChangeIncomingReportStatusInput!) { changeIncomingReportStatus(id: $id, input: $input) { id status } }`
const OPEN = `mutation($input: OpenCriminalCaseInput!) { openCriminalCase(input: $input) { id } }`
const MOVE_CASE = `mutation($id: ID!, $input: ChangeCriminalCaseStatusInput!) { changeCriminalCaseStatus(id: $id, input: $input) { id status } }`
const FIGURES = `query($p: PeriodInput!, $u: AdminUnitCode) { provincialStatistics(period: $p, unitCode: $u) {
  kpis { code numerator denominator } police { reportsResolvedByOutcome { key count } casesSolved } } }`
const SUBMIT = `mutation($input: SubmitReportInput!) { submitPoliceReport(input: $input) { revision changes { path before after reason } } }`
const UNIT = '99101'

type Event = { status: string; at: Date }
const REPORT_OPEN = new Set(['RECEIVED', 'VERIFYING'])
const CASE_OPEN = new Set(['INVESTIGATING', 'SUSPENDED'])
const OUTCOMES = new Set(['CASE_OPENED', 'NO_CASE_OPENED', 'TRANSFERRED', 'SUSPENDED'])

interface Period {
  label: string
  input: object
  start: Date
  end: Date
}
const PERIODS: Period[] = [
  ...Array.from({ length: 12 }, (_, i) => ({
    label: `2024-M${i + 1}`,
    input: { kind: 'MONTH', year: 2024, index: i + 1 },
    start: vn(2024, i + 1, 1, 0),
    end: i === 11 ? vn(2025, 1, 1, 0) : vn(2024, i + 2, 1, 0),
  })),
  ...Array.from({ length: 4 }, (_, i) => ({
    label: `2024-Q${i + 1}`,
    input: { kind: 'QUARTER', year: 2024, index: i + 1 },
    start: vn(2024, 3 * i + 1, 1, 0),
    end: i === 3 ? vn(2025, 1, 1, 0) : vn(2024, 3 * i + 4, 1, 0),
  })),
]

// ---- the recount: from the events, as intervals ----
/** The status held from each event until the next (the last one open-ended). */
const intervals = (events: Event[]) => events.map((e, i) => ({ status: e.status, from: e.at, until: events[i + 1]?.at ?? null }))
/** Held some status of `open` at an instant of [start, end). */
const pendingIn = (events: Event[], open: Set<string>, p: Period) =>
  intervals(events).some((x) => open.has(x.status) && x.from < p.end && (x.until === null || x.until >= p.start))
/** The status after every event dated before t. */
const statusAt = (events: Event[], t: Date) => events.filter((e) => e.at < t).at(-1)?.status ?? null

interface Recorded {
  reports: Map<string, { events: Event[] }>
  cases: Map<string, { events: Event[] }>
}
function recount(w: Recorded, p: Period) {
  const reports = [...w.reports.values()].map((r) => r.events)
  const cases = [...w.cases.values()].map((c) => c.events)
  // every report of this test is classified trafficking-related at its reception
  const k2 = reports.filter((e) => pendingIn(e, REPORT_OPEN, p))
  const k2n = k2.filter((e) => !REPORT_OPEN.has(statusAt(e, p.end)!))
  const k3 = cases.filter((e) => pendingIn(e, CASE_OPEN, p))
  const solvedIn = (e: Event[]) => e.some((x) => x.status === 'SOLVED' && x.at >= p.start && x.at < p.end)
  const outcomes: Record<string, number> = {}
  for (const e of reports) {
    const atEnd = statusAt(e, p.end)!
    if (OUTCOMES.has(atEnd) && e.some((x) => OUTCOMES.has(x.status) && x.at >= p.start && x.at < p.end)) outcomes[atEnd] = (outcomes[atEnd] ?? 0) + 1
  }
  return { K2: [k2n.length, k2.length], K3: [k3.filter(solvedIn).length, k3.length], outcomes, casesSolved: cases.filter(solvedIn).length }
}

describe.each(await testProviders())('status history of reports and cases on %s', (provider) => {
  let sg: TestSubgraph<Db>
  const w: Recorded = { reports: new Map(), cases: new Map() }
  beforeAll(async () => {
    sg = await startTestSubgraph(subgraph, provider)
  })
  afterAll(() => sg?.stop())

  const ok = async (query: string, variables: Record<string, unknown>) => {
    const r: any = await sg.execute(query, variables)
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return r.data
  }
  /** Receives a report classified trafficking-related and under verification at once. */
  async function receive(tag: string, at: Date): Promise<string> {
    const {
      receiveIncomingReport: { id },
    } = await ok(RECEIVE, {
      input: { externalRef: `SH-${tag}`, kind: 'DENUNCIATION', channel: 'IN_PERSON', receivedAt: at.toISOString(), receivedByUnitCode: '99', unitCode: UNIT },
    })
    const verifying = new Date(at.getTime() + 60_000)
    await ok(CLASSIFY, { id, input: { traffickingRelated: true, classifiedAt: verifying.toISOString(), version: 1 } })
    await ok(MOVE, { id, input: { status: 'VERIFYING', at: verifying.toISOString(), version: 2 } })
    w.reports.set(tag, {
      events: [
        { status: 'RECEIVED', at },
        { status: 'VERIFYING', at: verifying },
      ],
    })
    return id
  }
  const ids = new Map<string, string>()
  async function move(tag: string, status: string, at: Date) {
    await ok(MOVE, { id: ids.get(tag), input: { status, at: at.toISOString(), version: await readVersion(sg.db.incomingReport, { id: ids.get(tag) }) } })
    w.reports.get(tag)!.events.push({ status, at })
  }
  async function moveCase(tag: string, status: string, at: Date) {
    await ok(MOVE_CASE, { id: ids.get(tag), input: { status, at: at.toISOString(), version: await readVersion(sg.db.criminalCase, { id: ids.get(tag) }) } })
    w.cases.get(tag)!.events.push({ status, at })
  }
  async function open(tag: string, at: Date, reportTags: string[]) {
    const {
      openCriminalCase: { id },
    } = await ok(OPEN, {
      input: {
        externalRef: `SH-${tag}`,
        openedAt: at.toISOString(),
        codeArticle: 150,
        unitCode: UNIT,
        routeKind: 'DOMESTIC',
        forms: ['FORCED_LABOUR'],
        reportIds: reportTags.map((t) => ids.get(t)),
      },
    })
    ids.set(tag, id)
    w.cases.set(tag, { events: [{ status: 'INVESTIGATING', at }] })
    for (const t of reportTags) w.reports.get(t)!.events.push({ status: 'CASE_OPENED', at })
  }
  const figures = async (p: Period) => {
    const s = (await ok(FIGURES, { p: p.input, u: UNIT })).provincialStatistics
    const kpi = (code: string) => s.kpis.filter((k: any) => k.code === code).map((k: any) => [k.numerator, k.denominator])[0]
    const outcomes = Object.fromEntries(s.police.reportsResolvedByOutcome.filter((l: any) => l.count > 0).map((l: any) => [l.key, l.count]))
    return { K2: kpi('K2'), K3: kpi('K3'), outcomes, casesSolved: s.police.casesSolved }
  }
  const allFigures = async () => Object.fromEntries(await Promise.all(PERIODS.map(async (p) => [p.label, await figures(p)] as const)))

  it('keeps the figures of the first quarter when its suspensions are resumed, re-suspended and concluded later', async () => {
    // first quarter: A and C suspended, B received at the last hour of March, case Y opened and suspended at its last minute
    ids.set('A', await receive('A', vn(2024, 1, 10, 9)))
    ids.set('C', await receive('C', vn(2024, 2, 1, 9)))
    ids.set('F', await receive('F', vn(2024, 3, 1, 9)))
    ids.set('B', await receive('B', vn(2024, 3, 31, 23, 30)))
    await move('A', 'SUSPENDED', vn(2024, 2, 20))
    await move('C', 'SUSPENDED', vn(2024, 3, 15))
    await move('F', 'SUSPENDED', vn(2024, 3, 20))
    await open('Y', vn(2024, 1, 5), [])
    await moveCase('Y', 'SUSPENDED', vn(2024, 3, 31, 23, 59))
    const firstQuarter = await allFigures()
    expect(firstQuarter['2024-Q1']).toEqual(recount(w, PERIODS[12]!))
    expect(firstQuarter['2024-Q1']!.outcomes).toEqual({ SUSPENDED: 3 })

    // later: resumed at the first minute of April, re-suspended, concluded; D suspended and resumed in May, then a case opened from it
    await moveCase('Y', 'INVESTIGATING', vn(2024, 4, 1, 0, 0))
    await move('A', 'VERIFYING', vn(2024, 4, 5))
    await move('B', 'SUSPENDED', vn(2024, 6, 30, 23, 59))
    await move('B', 'VERIFYING', vn(2024, 7, 1, 0, 0))
    await move('C', 'NO_CASE_OPENED', vn(2024, 5, 20))
    ids.set('D', await receive('D', vn(2024, 5, 5)))
    await move('D', 'SUSPENDED', vn(2024, 5, 10))
    await move('D', 'VERIFYING', vn(2024, 5, 20))
    await open('X', vn(2024, 5, 25), ['D'])
    await move('A', 'SUSPENDED', vn(2024, 6, 10))
    await moveCase('Y', 'SUSPENDED', vn(2024, 6, 1))
    await moveCase('X', 'SUSPENDED', vn(2024, 6, 15))
    await moveCase('X', 'INVESTIGATING', vn(2024, 7, 10))
    await move('A', 'VERIFYING', vn(2024, 8, 1))
    await moveCase('Y', 'CLOSED', vn(2024, 8, 8))
    await move('A', 'NO_CASE_OPENED', vn(2024, 8, 15))
    await moveCase('X', 'SUSPENDED', vn(2024, 9, 1))
    await move('B', 'TRANSFERRED', vn(2024, 9, 30, 23))
    await moveCase('X', 'INVESTIGATING', vn(2024, 10, 3))
    await moveCase('X', 'SOLVED', vn(2024, 11, 20))
    ids.set('G', await receive('G', vn(2024, 4, 2)))

    const after = await allFigures()
    for (const label of ['2024-M1', '2024-M2', '2024-M3', '2024-Q1']) expect(after[label], label).toEqual(firstQuarter[label])
    for (const p of PERIODS) expect(after[p.label], p.label).toEqual(recount(w, p))
    // what the history changes: A resolved (suspended) in Q1, pending again in Q2 and Q3, resolved in Q3
    expect(after['2024-Q2']!.K2[1]).toBeGreaterThan(after['2024-Q2']!.K2[0])
    expect(after['2024-Q3']!.outcomes).toEqual({ NO_CASE_OPENED: 1, TRANSFERRED: 1 })

    // the records serve their history: every step written, oldest first, with the previous status
    const steps = (events: Event[]) =>
      events.map((e, i) => ({ fromStatus: i ? events[i - 1]!.status : null, toStatus: e.status, effectiveAt: e.at.toISOString() }))
    const served = await ok(
      `query($r: ID!, $c: ID!) { incomingReport(id: $r) { statusHistory { fromStatus toStatus effectiveAt } }
      criminalCase(id: $c) { statusHistory { fromStatus toStatus effectiveAt } } }`,
      { r: ids.get('A'), c: ids.get('X') },
    )
    expect(served.incomingReport.statusHistory).toEqual(steps(w.reports.get('A')!.events))
    expect(served.criminalCase.statusHistory).toEqual(steps(w.cases.get('X')!.events))
  })

  it("refuses a step dated before the record's latest one, writing nothing", async () => {
    const before = await sg.db.statusChange.count()
    // F was suspended on 20 March: resuming it on 10 March would rewrite its history out of order
    const r: any = await sg.execute(MOVE, {
      id: ids.get('F'),
      input: { status: 'VERIFYING', at: vn(2024, 3, 10).toISOString(), version: await readVersion(sg.db.incomingReport, { id: ids.get('F') }) },
    })
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.at' })
    const c: any = await sg.execute(MOVE_CASE, {
      id: ids.get('X'),
      input: { status: 'CLOSED', at: vn(2024, 11, 1).toISOString(), version: await readVersion(sg.db.criminalCase, { id: ids.get('X') }) },
    })
    expect(c.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.at' })
    expect(await sg.db.statusChange.count()).toBe(before)
    expect((await sg.db.incomingReport.findUnique({ where: { id: ids.get('F') } }))!.status).toBe('SUSPENDED')
  })

  it('changes a closed period only by a retroactive entry, from its effective date; the next revision names the figures and why', async () => {
    const q2 = { period: { kind: 'QUARTER', year: 2024, index: 2 }, unitCode: UNIT }
    const first = (await ok(SUBMIT, { input: q2 })).submitPoliceReport
    const before = await allFigures()
    // recorded now, effective in the closed second quarter: F resumed on 1 May, G suspended on 15 May
    await move('F', 'VERIFYING', vn(2024, 5, 1))
    await move('G', 'SUSPENDED', vn(2024, 5, 15))
    const stored = await sg.db.statusChange.findMany({ where: { entityId: { in: [ids.get('F')!, ids.get('G')!] } }, orderBy: { seq: 'desc' }, take: 2 })
    for (const s of stored) expect(s.recordedAt.getTime() - s.effectiveAt.getTime()).toBeGreaterThan(365 * 24 * 3600_000)
    const after = await allFigures()
    for (const p of PERIODS) {
      expect(after[p.label], p.label).toEqual(recount(w, p))
      if (p.end <= vn(2024, 5, 1)) expect(after[p.label], p.label).toEqual(before[p.label])
    }
    expect(after['2024-Q2']).not.toEqual(before['2024-Q2'])
    expect(after['2024-M5']!.outcomes.SUSPENDED).toBe((before['2024-M5']!.outcomes.SUSPENDED ?? 0) + 1)

    const second = (await ok(SUBMIT, { input: q2 })).submitPoliceReport
    expect([first.revision, second.revision]).toEqual([first.revision, first.revision + 1])
    const changed = second.changes.find((c: any) => c.path.startsWith('reportsResolvedByOutcome'))
    expect(changed).toBeDefined()
    expect(changed.reason).toMatch(/2 status step\(s\) effective by the period's end recorded after revision 1/)
    const listed: any = await ok(
      `query($p: PeriodInput!, $u: AdminUnitCode) { provincialStatistics(period: $p, unitCode: $u) { policeReporting { revisions { revision changes { path reason } } } } }`,
      { p: q2.period, u: UNIT },
    )
    const revisions = listed.provincialStatistics.policeReporting.revisions
    expect(revisions.map((r: any) => r.revision)).toEqual([1, 2])
    expect(revisions[1].changes.every((c: any) => c.reason === changed.reason)).toBe(true)
  })
})
