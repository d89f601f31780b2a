// Border-incident writes in process on SQLite and PostgreSQL: validation naming the field,
// idempotent replays, hand-overs to the police and Social Affairs along the legal transitions.
import { describe, expect, it } from 'vitest'
import { problemOf as problem, subgraphUnderTest, testProviders } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { versioned } from './versioned.ts'
import { incidentInput, writeOf } from './writeInputs.ts'

const VICTIM = 'a1'.repeat(32)
const SUSPECT = 'b2'.repeat(32)
const FIELDS =
  'id externalRef status unitCode handedOverAt closedAt handedToReport { id } handedToCase { id } persons { role person { personRef } supportCase { id } handedToSupportAt }'
/** The incident's writes, each answering the incident with its persons. */
const W = {
  record: writeOf('recordBorderIncident', FIELDS),
  toPolice: writeOf('handOverIncidentToPolice', FIELDS),
  toSupport: writeOf('handOverPersonToSupport', FIELDS),
  close: writeOf('closeBorderIncident', FIELDS),
}

const incident = (over: Record<string, unknown> = {}) => incidentInput('BP-TEST-0001', { PRESUMED_VICTIM: [VICTIM], SUSPECT: [SUSPECT] }, over)

describe.each(await testProviders())('border incident writes on %s', (provider) => {
  const sg = subgraphUnderTest(subgraph, provider)
  /** A change sent with the version of its record read just before. */
  const change = async (query: string, { input }: { input: Record<string, unknown> }) => sg.execute(query, { input: await versioned(sg.db, input) })

  it('records an incident once: a replay returns it, another payload under the same reference is refused', async () => {
    const first: any = await sg.execute(W.record, { input: incident() })
    expect(first.errors).toBeUndefined()
    expect(first.data.recordBorderIncident).toMatchObject({ externalRef: 'BP-TEST-0001', status: 'OPEN', unitCode: '99201', handedToCase: null })
    expect(first.data.recordBorderIncident.persons).toEqual([
      { role: 'PRESUMED_VICTIM', person: { personRef: VICTIM }, supportCase: null, handedToSupportAt: null },
      { role: 'SUSPECT', person: { personRef: SUSPECT }, supportCase: null, handedToSupportAt: null },
    ])
    // the same incident with its persons listed in another order is the same record
    const replay: any = await sg.execute(W.record, { input: incident({ persons: [...incident().persons].reverse() }) })
    expect(replay.data.recordBorderIncident.id).toBe(first.data.recordBorderIncident.id)
    const other: any = await sg.execute(W.record, { input: incident({ otherCountry: 'LA' }) })
    expect(problem(other)).toEqual({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    expect(await sg.db.borderIncident.count()).toBe(1)
    expect(await sg.db.incidentPerson.count()).toBe(2)
  })

  it.each([
    ['a future instant', { occurredAt: '2999-01-01T00:00:00Z' }, 'input.occurredAt'],
    ['a commune merged away before the date (2025 reform)', { occurredAt: '2025-08-01T08:00:00+07:00' }, 'input.unitCode'],
    ['a commune created by the reform, before it existed', { unitCode: '99803' }, 'input.unitCode'],
    ['a land-border commune for an incident at sea', { placeType: 'SEA' }, 'input.unitCode'],
    ['an inland commune', { unitCode: '99103', placeType: 'LAND_BORDER' }, 'input.unitCode'],
    ['a district (valid on the date), not a commune', { unitCode: '992' }, 'input.unitCode'],
    ['the province, not a commune', { unitCode: '99' }, 'input.unitCode'],
    ['an unknown unit', { unitCode: '12345' }, 'input.unitCode'],
    ['Viet Nam as the other side', { otherCountry: 'VN' }, 'input.otherCountry'],
    ['no person', { persons: [] }, 'input.persons'],
    [
      'a person twice',
      {
        persons: [
          { personRef: VICTIM, role: 'PRESUMED_VICTIM' },
          { personRef: VICTIM, role: 'OTHER' },
        ],
      },
      'input.persons.1.personRef',
    ],
    ['a rescue without a presumed victim', { incidentType: 'RESCUE', persons: [{ personRef: SUSPECT, role: 'SUSPECT' }] }, 'input.persons'],
    ['a malformed reference', { externalRef: ' ' }, 'input.externalRef'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_what, over, field) => {
    const r: any = await sg.execute(W.record, { input: incident({ externalRef: 'BP-TEST-BAD', ...over }) })
    expect(problem(r)).toEqual({ code: 'BAD_USER_INPUT', field })
    expect(r.errors[0].message).toMatch(/ \/ /)
    expect(await sg.db.borderIncident.count({ where: { externalRef: 'BP-TEST-BAD' } })).toBe(0)
  })

  it('accepts a commune on its side of the 2025 reform and a sea incident in a coastal commune', async () => {
    const r: any = await sg.execute(W.record, {
      input: incident({
        externalRef: 'BP-TEST-0002',
        occurredAt: '2025-08-01T08:00:00+07:00',
        unitCode: '99806',
        placeType: 'ISLANDS',
        otherCountry: 'MY',
        incidentType: 'FORCED_LABOUR_AT_SEA',
      }),
    })
    expect(r.errors).toBeUndefined()
    expect(r.data.recordBorderIncident.unitCode).toBe('99806')
  })

  it('hands an incident to the police as a report, then links the case, never another one', async () => {
    const { id } = await sg.db.borderIncident.findUniqueOrThrow({ where: { externalRef: 'BP-TEST-0001' } })
    const early: any = await change(W.toPolice, { input: { incidentId: id, reportId: 'report-1', handedOverAt: '2024-03-09T08:00:00+07:00' } })
    expect(problem(early)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.handedOverAt' })
    const none: any = await change(W.toPolice, { input: { incidentId: id, handedOverAt: '2024-03-11T08:00:00+07:00' } })
    expect(problem(none)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reportId' })
    const missing: any = await change(W.toPolice, {
      input: { incidentId: 'no-such-incident', reportId: 'report-1', handedOverAt: '2024-03-11T08:00:00+07:00' },
    })
    expect(problem(missing)).toEqual({ code: 'NOT_FOUND', field: 'input.incidentId' })

    const handed: any = await change(W.toPolice, { input: { incidentId: id, reportId: 'report-1', handedOverAt: '2024-03-11T08:00:00+07:00' } })
    expect(handed.data.handOverIncidentToPolice).toMatchObject({
      status: 'HANDED_TO_POLICE',
      handedToReport: { id: 'report-1' },
      handedToCase: null,
      handedOverAt: '2024-03-11T01:00:00.000Z',
    })
    const withCase: any = await change(W.toPolice, {
      input: { incidentId: id, reportId: 'report-1', caseId: 'case-1', handedOverAt: '2024-04-01T08:00:00+07:00' },
    })
    expect(withCase.data.handOverIncidentToPolice).toMatchObject({
      handedToReport: { id: 'report-1' },
      handedToCase: { id: 'case-1' },
      handedOverAt: '2024-03-11T01:00:00.000Z',
    })
    const replay: any = await change(W.toPolice, { input: { incidentId: id, caseId: 'case-1', handedOverAt: '2024-04-01T08:00:00+07:00' } })
    expect(replay.data.handOverIncidentToPolice.handedToCase).toEqual({ id: 'case-1' })
    const another: any = await change(W.toPolice, { input: { incidentId: id, caseId: 'case-2', handedOverAt: '2024-04-02T08:00:00+07:00' } })
    expect(problem(another)).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.caseId' })
  })

  it('hands a presumed victim (only) to Social Affairs once', async () => {
    const { id } = await sg.db.borderIncident.findUniqueOrThrow({ where: { externalRef: 'BP-TEST-0001' } })
    const input = { incidentId: id, personRef: VICTIM, supportCaseId: 'support-1', handedOverAt: '2024-03-12T08:00:00+07:00' }
    const suspect: any = await change(W.toSupport, { input: { ...input, personRef: SUSPECT } })
    expect(problem(suspect)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personRef' })
    const stranger: any = await change(W.toSupport, { input: { ...input, personRef: 'c3'.repeat(32) } })
    expect(problem(stranger)).toEqual({ code: 'NOT_FOUND', field: 'input.personRef' })
    const done: any = await change(W.toSupport, { input })
    expect(done.errors).toBeUndefined()
    expect(done.data.handOverPersonToSupport.persons[0]).toEqual({
      role: 'PRESUMED_VICTIM',
      person: { personRef: VICTIM },
      supportCase: { id: 'support-1' },
      handedToSupportAt: '2024-03-12T01:00:00.000Z',
    })
    const replay: any = await change(W.toSupport, { input })
    expect(replay.errors).toBeUndefined()
    const other: any = await change(W.toSupport, { input: { ...input, supportCaseId: 'support-2' } })
    expect(problem(other)).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.supportCaseId' })
  })

  it('closes an incident after its hand-over, and nothing moves a closed incident', async () => {
    const { id } = await sg.db.borderIncident.findUniqueOrThrow({ where: { externalRef: 'BP-TEST-0001' } })
    const before: any = await change(W.close, { input: { incidentId: id, closedAt: '2024-03-10T09:00:00+07:00' } })
    expect(problem(before)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.closedAt' })
    const closed: any = await change(W.close, { input: { incidentId: id, closedAt: '2024-05-01T08:00:00+07:00' } })
    expect(closed.data.closeBorderIncident).toMatchObject({ status: 'CLOSED', closedAt: '2024-05-01T01:00:00.000Z' })
    expect((await change(W.close, { input: { incidentId: id, closedAt: '2024-05-01T08:00:00+07:00' } })).errors).toBeUndefined()
    const again: any = await change(W.close, { input: { incidentId: id, closedAt: '2024-06-01T08:00:00+07:00' } })
    expect(problem(again)).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'status' })
    expect(again.errors[0].message).toMatch(/Đã kết thúc.*CLOSED to CLOSED/)
    const { id: second } = await sg.db.borderIncident.findUniqueOrThrow({ where: { externalRef: 'BP-TEST-0002' } })
    await change(W.close, { input: { incidentId: second, closedAt: '2025-08-02T08:00:00+07:00' } })
    const handOver: any = await change(W.toPolice, { input: { incidentId: second, reportId: 'report-9', handedOverAt: '2025-08-03T08:00:00+07:00' } })
    expect(problem(handOver)).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'status' })
    expect((await sg.db.borderIncident.findUniqueOrThrow({ where: { id: second } })).handedToReportId).toBeNull()
  })

  it('concurrent first writes of one reference make one record', async () => {
    const input = incident({ externalRef: 'BP-TEST-RACE' })
    const results: any[] = await Promise.all([1, 2, 3].map(() => sg.execute(W.record, { input })))
    for (const r of results) expect(r.errors).toBeUndefined()
    expect(new Set(results.map((r) => r.data.recordBorderIncident.id)).size).toBe(1)
    expect(await sg.db.borderIncident.count({ where: { externalRef: 'BP-TEST-RACE' } })).toBe(1)
  })
})
