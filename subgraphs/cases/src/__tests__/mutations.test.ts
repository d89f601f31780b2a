// The police's writes, in process on a fresh database: lifecycle of a report into a case,
// legal transitions only, validation errors naming the field, idempotency by external
// reference, one transaction per mutation.
import { describe, expect, it } from 'vitest'
import { problemOf, readVersion, subgraphUnderTest, testProviders } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { caseInput, reportInput as report } from './writeInputs.ts'

const REPORT = `mutation($input: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $input) { id externalRef status traffickingRelated } }`
const CLASSIFY = `mutation($id: ID!, $input: ClassifyIncomingReportInput!) { classifyIncomingReport(id: $id, input: $input) { id traffickingRelated classifiedAt } }`
const STATUS = `mutation($id: ID!, $input: ChangeIncomingReportStatusInput!) { changeIncomingReportStatus(id: $id, input: $input) { id status resolvedAt } }`
const OPEN = `mutation($input: OpenCriminalCaseInput!) { openCriminalCase(input: $input) { id externalRef status forms reports { id status resolvedAt } } }`
const CASE_STATUS = `mutation($id: ID!, $input: ChangeCriminalCaseStatusInput!) { changeCriminalCaseStatus(id: $id, input: $input) { id status solvedAt transferredAt } }`

/** A case of forced marriage across the border to China. */
const openCase = (ref: string, over: Record<string, unknown> = {}) =>
  caseInput(ref, { routeKind: 'CROSS_BORDER', destinationCountry: 'CN', forms: ['FORCED_MARRIAGE'], ...over })
const errorOf = (r: any) => r.errors?.[0]?.extensions

describe.each(await testProviders())('police mutations on %s', (provider) => {
  const sg = subgraphUnderTest(subgraph, provider)
  const at = (day: string, time = '09:00') => `${day}T${time}:00+07:00`
  /** A change of a report's status, errors and all. */
  const reportStatus = async (id: string, status: string, when: string, caseId?: string) =>
    sg.execute(STATUS, { id, input: { status, at: when, caseId, version: await readVersion(sg.db.incomingReport, { id }) } })
  const classify = async (id: string, traffickingRelated: boolean, classifiedAt: string) =>
    sg.execute(CLASSIFY, { id, input: { traffickingRelated, classifiedAt, version: await readVersion(sg.db.incomingReport, { id }) } })

  /** A report received, classified as trafficking-related and being verified. */
  async function verifyingReport(ref: string): Promise<string> {
    const { id } = await sg.mutate(REPORT, report(ref))
    expect((await classify(id, true, at('2024-03-03'))).errors).toBeUndefined()
    expect((await reportStatus(id, 'VERIFYING', at('2024-03-04'))).errors).toBeUndefined()
    return id
  }

  it('receives a report once per external reference and refuses a different one under the same reference', async () => {
    const first: any = await sg.execute(REPORT, { input: report('TG-TEST-0001') })
    const again: any = await sg.execute(REPORT, { input: report('TG-TEST-0001') })
    expect(first.errors).toBeUndefined()
    expect(again.data.receiveIncomingReport.id).toBe(first.data.receiveIncomingReport.id)
    expect(await sg.db.incomingReport.count({ where: { externalRef: 'TG-TEST-0001' } })).toBe(1)
    const conflict: any = await sg.execute(REPORT, { input: report('TG-TEST-0001', { channel: 'ONLINE' }) })
    expect(errorOf(conflict)).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    expect(first.data.receiveIncomingReport).toMatchObject({ status: 'RECEIVED', traffickingRelated: null })
  })

  it('answers identical writes sent at the same time with one record', async () => {
    const input = report('TG-TEST-RACE')
    const results: any[] = await Promise.all(Array.from({ length: 6 }, () => sg.execute(REPORT, { input })))
    for (const r of results) expect(r.errors).toBeUndefined()
    expect(new Set(results.map((r) => r.data.receiveIncomingReport.id)).size).toBe(1)
    expect(await sg.db.incomingReport.count({ where: { externalRef: 'TG-TEST-RACE' } })).toBe(1)
  })

  it('takes a report from verification to an opened case, which lists it', async () => {
    const id = await verifyingReport('TG-TEST-0002')
    const r: any = await sg.execute(OPEN, { input: openCase('CA-TEST-0002', { reportIds: [id] }) })
    expect(r.errors).toBeUndefined()
    expect(r.data.openCriminalCase).toMatchObject({ externalRef: 'CA-TEST-0002', status: 'INVESTIGATING', forms: ['FORCED_MARRIAGE'] })
    expect(r.data.openCriminalCase.reports).toEqual([{ id, status: 'CASE_OPENED', resolvedAt: '2024-04-01T03:00:00.000Z' }])
    const replay: any = await sg.execute(OPEN, { input: openCase('CA-TEST-0002', { reportIds: [id] }) })
    expect(replay.data.openCriminalCase.id).toBe(r.data.openCriminalCase.id)
    const byReport: any = await sg.execute('query($id: ID!) { incomingReport(id: $id) { criminalCase { externalRef } } }', { id })
    expect(byReport.data.incomingReport.criminalCase.externalRef).toBe('CA-TEST-0002')
  })

  it('lets a later report join a case already opened, not before its opening', async () => {
    const first = await verifyingReport('TG-TEST-0010')
    const { id: caseId } = await sg.mutate(OPEN, openCase('CA-TEST-0010', { reportIds: [first] }))
    const { id: later } = await sg.mutate(REPORT, report('TG-TEST-0011', { receivedAt: at('2024-04-05') }))
    await classify(later, true, at('2024-04-06'))
    expect(problemOf(await reportStatus(later, 'CASE_OPENED', at('2024-04-07'), caseId))).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    await reportStatus(later, 'VERIFYING', at('2024-04-06', '10:00'))
    expect(problemOf(await reportStatus(later, 'CASE_OPENED', at('2024-04-07'), 'no-such-case'))).toEqual({ code: 'NOT_FOUND', field: 'input.caseId' })
    const joined = await reportStatus(later, 'CASE_OPENED', at('2024-04-07'), caseId)
    expect(joined.data.changeIncomingReportStatus).toEqual({ id: later, status: 'CASE_OPENED', resolvedAt: '2024-04-07T02:00:00.000Z' })
    expect((await reportStatus(later, 'CASE_OPENED', at('2024-04-07'), caseId)).errors).toBeUndefined()
    const c: any = await sg.execute('query($id: ID!) { criminalCase(id: $id) { reports { externalRef } } }', { id: caseId })
    expect(c.data.criminalCase.reports.map((x: any) => x.externalRef)).toEqual(['TG-TEST-0010', 'TG-TEST-0011'])
    expect(problemOf(await reportStatus(later, 'VERIFYING', at('2024-04-08'), caseId))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.caseId' })
  })

  it('refuses illegal report transitions with ILLEGAL_TRANSITION naming the field', async () => {
    const { id } = await sg.mutate(REPORT, report('TG-TEST-0003'))
    const skip = await reportStatus(id, 'NO_CASE_OPENED', at('2024-03-05'))
    expect(problemOf(skip)).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    expect(skip.errors![0]!.message).toContain('cannot go from RECEIVED to NO_CASE_OPENED')
    await reportStatus(id, 'VERIFYING', at('2024-03-04'))
    // not classified yet: neither closed without a case nor opened into one without naming it
    expect(problemOf(await reportStatus(id, 'NO_CASE_OPENED', at('2024-03-05')))).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    expect(problemOf(await reportStatus(id, 'CASE_OPENED', at('2024-03-05')))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.caseId' })
    expect(problemOf(await classify(id, false, at('2024-03-01')))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.classifiedAt' })
    await classify(id, false, at('2024-03-04', '10:00'))
    const done = await reportStatus(id, 'NO_CASE_OPENED', at('2024-03-05'))
    expect(done.data.changeIncomingReportStatus).toEqual({ id, status: 'NO_CASE_OPENED', resolvedAt: '2024-03-05T02:00:00.000Z' })
    expect(problemOf(await reportStatus(id, 'VERIFYING', at('2024-03-06')))).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
  })

  it('moves a case only along legal transitions, never before it was opened', async () => {
    const { id } = await sg.mutate(OPEN, openCase('CA-TEST-0004'))
    const move = async (status: string, day: string) =>
      sg.execute(CASE_STATUS, { id, input: { status, at: at(day), version: await readVersion(sg.db.criminalCase, { id }) } })
    const illegal = (field: string) => ({ code: 'ILLEGAL_TRANSITION', field })
    expect(problemOf(await move('TRANSFERRED_FOR_PROSECUTION', '2024-05-01'))).toEqual(illegal('input.status'))
    expect(problemOf(await move('SOLVED', '2024-03-31'))).toEqual(illegal('input.at'))
    expect((await move('SOLVED', '2024-04-20')).data.changeCriminalCaseStatus).toMatchObject({ status: 'SOLVED', solvedAt: '2024-04-20T02:00:00.000Z' })
    expect((await move('SOLVED', '2024-04-20')).errors).toBeUndefined()
    expect(problemOf(await move('TRANSFERRED_FOR_PROSECUTION', '2024-04-10'))).toEqual(illegal('input.at'))
    expect((await move('TRANSFERRED_FOR_PROSECUTION', '2024-05-10')).data.changeCriminalCaseStatus).toMatchObject({
      status: 'TRANSFERRED_FOR_PROSECUTION',
      transferredAt: '2024-05-10T02:00:00.000Z',
    })
    expect(problemOf(await move('CLOSED', '2024-06-10'))).toEqual(illegal('input.status'))
  })

  it('names each bad field with a bilingual reason and never echoes the value', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [report('TG-TEST-0005', { receivedAt: '2099-01-01T00:00:00+07:00' }), 'input.receivedAt'],
      [report('TG-TEST-0005', { unitCode: '99999' }), 'input.unitCode'],
      [report('TG-TEST-0005', { unitCode: '99101', receivedAt: '2025-08-01T09:00:00+07:00' }), 'input.unitCode'],
      [report('TG TEST <script>'), 'input.externalRef'],
    ]
    for (const [input, field] of cases) {
      const r: any = await sg.execute(REPORT, { input })
      expect(errorOf(r)).toMatchObject({ code: 'BAD_USER_INPUT', field })
      expect(r.errors[0].message).toMatch(new RegExp(`${field.replace('.', '\\.')}: .+ / .+`))
      expect(r.errors[0].message).not.toContain('<script>')
    }
    for (const [input, field] of [
      [openCase('CA-TEST-0005', { codeArticle: 149 }), 'input.codeArticle'],
      [openCase('CA-TEST-0005', { destinationCountry: null }), 'input.destinationCountry'],
      [openCase('CA-TEST-0005', { routeKind: 'DOMESTIC' }), 'input.destinationCountry'],
      [openCase('CA-TEST-0005', { forms: [] }), 'input.forms'],
      [openCase('CA-TEST-0005', { openedAt: '2025-09-01T09:00:00+07:00' }), 'input.unitCode'],
    ] as const) {
      expect(errorOf(await sg.execute(OPEN, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', field })
    }
    expect(await sg.db.criminalCase.count({ where: { externalRef: 'CA-TEST-0005' } })).toBe(0)
  })

  it('accepts writes from the police only', async () => {
    const social = { sub: 'test-social-worker', agency: 'social_affairs', role: 'officer', unit: '99' } as const
    const r: any = await sg.execute(REPORT, { input: report('TG-TEST-0008') }, social)
    expect(errorOf(r)).toMatchObject({ code: 'FORBIDDEN', field: 'receiveIncomingReport' })
    expect(await sg.db.incomingReport.count({ where: { externalRef: 'TG-TEST-0008' } })).toBe(0)
    const read: any = await sg.execute('{ incomingReports(first: 1) { totalCount } }', {}, social)
    expect(read.errors).toBeUndefined()
  })

  it('opens a case from its reports in one transaction: a refused report leaves nothing behind', async () => {
    const good = await verifyingReport('TG-TEST-0006')
    const r: any = await sg.execute(REPORT, { input: report('TG-TEST-0007') })
    const unverified = r.data.receiveIncomingReport.id
    const refused: any = await sg.execute(OPEN, { input: openCase('CA-TEST-0006', { reportIds: [good, unverified] }) })
    expect(errorOf(refused)?.code).toBe('ILLEGAL_TRANSITION')
    expect(errorOf(refused).field).toMatch(/^input\.reportIds\.\d$/)
    expect(await sg.db.criminalCase.count({ where: { externalRef: 'CA-TEST-0006' } })).toBe(0)
    expect((await sg.db.incomingReport.findUniqueOrThrow({ where: { id: good } })).status).toBe('VERIFYING')
    const missing: any = await sg.execute(OPEN, { input: openCase('CA-TEST-0006', { reportIds: [good, 'no-such-report'] }) })
    expect(errorOf(missing)).toMatchObject({ code: 'NOT_FOUND', field: 'input.reportIds' })
    const before: any = await sg.execute(OPEN, { input: openCase('CA-TEST-0006', { reportIds: [good], openedAt: '2024-03-01T09:00:00+07:00' }) })
    expect(errorOf(before)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.openedAt' })
    expect(await sg.db.criminalCase.count({ where: { externalRef: 'CA-TEST-0006' } })).toBe(0)
  })
})
