// Repatriation and cross-border cooperation writes in process on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest'
import { problemOf as problem, subgraphUnderTest, testProviders } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { versioned } from './versioned.ts'
import { cooperationInput, HAND_OVER_REQUEST, repatriationInput, writeOf } from './writeInputs.ts'

const P1 = 'd4'.repeat(32)
const P2 = 'e5'.repeat(32)
const REP =
  'id externalRef fromCountry gate { code kind } unitCode receivedAt status statusChangedAt embassyRef persons { personRef } cooperations { externalRef }'
const COOP = 'id externalRef status requestedAt answeredAt closedAt counterpart counterpartCountry incident { id } repatriation { externalRef }'
/** Each write answering the repatriation or the cooperation request it wrote. */
const REPATRIATION = { record: writeOf('recordRepatriation', REP), update: writeOf('updateRepatriationStatus', REP) }
const COOPERATION = { record: writeOf('recordCrossBorderCooperation', COOP), update: writeOf('updateCooperationStatus', COOP) }

const repatriation = (over: Record<string, unknown> = {}) => repatriationInput('HH-TEST-001', [P1, P2], over)

describe.each(await testProviders())('repatriation and cooperation writes on %s', (provider) => {
  const sg = subgraphUnderTest(subgraph, provider)
  /** A change sent with the version of its record read just before. */
  const change = async (query: string, { input }: { input: Record<string, unknown> }) => sg.execute(query, { input: await versioned(sg.db, input) })
  let repId: string

  it('records a reception at a gate, in the gate commune valid that day, once per reference', async () => {
    const r: any = await sg.execute(REPATRIATION.record, { input: repatriation() })
    expect(r.errors).toBeUndefined()
    repId = r.data.recordRepatriation.id
    expect(r.data.recordRepatriation).toMatchObject({
      fromCountry: 'CN',
      gate: { code: 'CK-CUA-KHAU', kind: 'LAND' },
      unitCode: '99201',
      status: 'PENDING',
      statusChangedAt: '2024-06-20T02:00:00.000Z',
      embassyRef: null,
      persons: [{ personRef: P1 }, { personRef: P2 }],
    })
    const replay: any = await sg.execute(REPATRIATION.record, { input: repatriation({ personRefs: [P2, P1] }) })
    expect(replay.data.recordRepatriation.id).toBe(repId)
    const conflict: any = await sg.execute(REPATRIATION.record, { input: repatriation({ personRefs: [P1] }) })
    expect(problem(conflict)).toEqual({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    // after the 2025 reform the same gate lies in the merged commune
    const after: any = await sg.execute(REPATRIATION.record, {
      input: repatriation({ externalRef: 'HH-TEST-002', receivedAt: '2025-07-02T09:00:00+07:00', personRefs: [P2] }),
    })
    expect(after.data.recordRepatriation.unitCode).toBe('99803')
    expect(await sg.db.repatriationPerson.count()).toBe(3)
  })

  it.each([
    ['an unknown gate', { gateCode: 'CK-NOWHERE' }, 'input.gateCode'],
    ['a land gate that does not face the country', { fromCountry: 'KH' }, 'input.fromCountry'],
    ['Viet Nam as the country', { fromCountry: 'VN', gateCode: 'CK-CANG-HAI-BIEN' }, 'input.fromCountry'],
    ['a future reception', { receivedAt: '2999-01-01T00:00:00Z' }, 'input.receivedAt'],
    ['nobody received', { personRefs: [] }, 'input.personRefs'],
    ['a person twice', { personRefs: [P1, P1] }, 'input.personRefs'],
    ['a malformed embassy reference', { embassyRef: '<script>' }, 'input.embassyRef'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, over, field) => {
    const r: any = await sg.execute(REPATRIATION.record, { input: repatriation({ externalRef: 'HH-TEST-BAD', ...over }) })
    expect(problem(r)).toEqual({ code: 'BAD_USER_INPUT', field })
    expect(await sg.db.repatriation.count({ where: { externalRef: 'HH-TEST-BAD' } })).toBe(0)
  })

  it('verifies along the legal transitions, with the embassy reference required and set once', async () => {
    const upd = (status: string, at: string, embassyRef?: string) => change(REPATRIATION.update, { input: { repatriationId: repId, status, at, embassyRef } })
    expect(problem(await upd('VERIFIED', '2024-06-25T09:00:00+07:00', 'DSQ-CN-2024-001'))).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    expect(problem(await upd('IN_PROGRESS', '2024-06-19T09:00:00+07:00'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.at' })
    const started: any = await upd('IN_PROGRESS', '2024-06-21T09:00:00+07:00')
    expect(started.data.updateRepatriationStatus).toMatchObject({ status: 'IN_PROGRESS', statusChangedAt: '2024-06-21T02:00:00.000Z' })
    expect((await upd('IN_PROGRESS', '2024-06-21T09:00:00+07:00')).errors).toBeUndefined()
    expect(problem(await upd('VERIFIED', '2024-06-30T09:00:00+07:00'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.embassyRef' })
    const verified: any = await upd('VERIFIED', '2024-06-30T09:00:00+07:00', 'DSQ-CN-2024-001')
    expect(verified.data.updateRepatriationStatus).toMatchObject({ status: 'VERIFIED', embassyRef: 'DSQ-CN-2024-001' })
    expect(problem(await upd('VERIFIED', '2024-06-30T09:00:00+07:00', 'DSQ-CN-2024-999'))).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.embassyRef' })
    expect(problem(await upd('NOT_CONFIRMED', '2024-07-01T09:00:00+07:00'))).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    const missing: any = await change(REPATRIATION.update, { input: { repatriationId: 'nope', status: 'IN_PROGRESS', at: '2024-06-21T09:00:00+07:00' } })
    expect(problem(missing)).toEqual({ code: 'NOT_FOUND', field: 'input.repatriationId' })
  })

  it('records a cooperation request linked to a repatriation and moves it to closed', async () => {
    const input = cooperationInput('HTQT-TEST-1', { ...HAND_OVER_REQUEST, requestedAt: '2024-06-10T09:00:00+07:00', repatriationId: repId })
    const bad: any = await sg.execute(COOPERATION.record, { input: { ...input, counterpartCountry: 'TH' } })
    expect(problem(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.counterpartCountry' })
    const orphan: any = await sg.execute(COOPERATION.record, { input: { ...input, incidentId: 'no-such-incident' } })
    expect(problem(orphan)).toEqual({ code: 'NOT_FOUND', field: 'input.incidentId' })
    const r: any = await sg.execute(COOPERATION.record, { input })
    expect(r.data.recordCrossBorderCooperation).toMatchObject({
      status: 'OPEN',
      answeredAt: null,
      closedAt: null,
      incident: null,
      repatriation: { externalRef: 'HH-TEST-001' },
    })
    const id = r.data.recordCrossBorderCooperation.id
    expect((await sg.execute(COOPERATION.record, { input })).data.recordCrossBorderCooperation.id).toBe(id)
    expect(problem(await sg.execute(COOPERATION.record, { input: { ...input, subject: 'OTHER' } }))).toEqual({
      code: 'IDEMPOTENCY_CONFLICT',
      field: 'input.externalRef',
    })

    const upd = (status: string, at: string) => change(COOPERATION.update, { input: { cooperationId: id, status, at } })
    expect(problem(await upd('ANSWERED', '2024-06-12T09:00:00+07:00'))).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    await upd('IN_PROGRESS', '2024-06-11T09:00:00+07:00')
    const answered: any = await upd('ANSWERED', '2024-06-15T09:00:00+07:00')
    expect(answered.data.updateCooperationStatus).toMatchObject({ status: 'ANSWERED', answeredAt: '2024-06-15T02:00:00.000Z', closedAt: null })
    expect(problem(await upd('CLOSED', '2024-06-14T09:00:00+07:00'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.at' })
    const closed: any = await upd('CLOSED', '2024-06-22T09:00:00+07:00')
    expect(closed.data.updateCooperationStatus).toMatchObject({
      status: 'CLOSED',
      answeredAt: '2024-06-15T02:00:00.000Z',
      closedAt: '2024-06-22T02:00:00.000Z',
    })
    expect(problem(await upd('IN_PROGRESS', '2024-06-23T09:00:00+07:00'))).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    const rep: any = await sg.execute(`query($id: ID!) { repatriation(id: $id) { cooperations { externalRef status } } }`, { id: repId })
    expect(rep.data.repatriation.cooperations).toEqual([{ externalRef: 'HTQT-TEST-1', status: 'CLOSED' }])
  })
})
