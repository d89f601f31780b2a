// The hotline in process, on SQLite and PostgreSQL: contacts recorded, forwarded to the police
// as incoming reports (linked both ways by the report's key), or closed; transitions enforced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { readVersion, startSeededSubgraph, testProviders, type TestSubgraph } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import type { Db } from '../db.ts'

const { hotlineReports } = demoWorld(DEV_NETWORK_KEY)
const RECORD = 'mutation($input: RecordHotlineContactInput!) { recordHotlineContact(input: $input) { id status concernsTrafficking } }'
const FORWARD = 'mutation($input: ForwardHotlineContactInput!) { forwardHotlineContact(input: $input) { id status forwardedAt forwardedReport { id } } }'
const CLOSE = 'mutation($input: CloseHotlineContactInput!) { closeHotlineContact(input: $input) { id status closedAt } }'
const REPORTS =
  'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on IncomingReport { id hotlineContact { externalRef status forwardedReport { id } } } } }'

describe.each(await testProviders())('support hotline on %s', (provider) => {
  let sg: TestSubgraph<Db>
  beforeAll(async () => {
    sg = await startSeededSubgraph(subgraph, provider)
  })
  afterAll(() => sg?.stop())
  const errorOf = (r: any) => r.errors?.[0]?.extensions

  it('links every demo hotline report of the police to its contact, both ways', async () => {
    const r: any = await sg.execute(REPORTS, {
      reps: [...hotlineReports.map((h) => ({ __typename: 'IncomingReport', id: h.reportId })), { __typename: 'IncomingReport', id: 'not-from-the-hotline' }],
    })
    expect(r.errors).toBeUndefined()
    expect(r.data._entities).toEqual([
      ...hotlineReports.map((h) => ({
        id: h.reportId,
        hotlineContact: { externalRef: h.contactExternalRef, status: 'FORWARDED', forwardedReport: { id: h.reportId } },
      })),
      { id: 'not-from-the-hotline', hotlineContact: null },
    ])
  })

  it('resolves HotlineContact by key', async () => {
    const h = hotlineReports[3]!
    const id = (await sg.db.hotlineContact.findUniqueOrThrow({ where: { externalRef: h.contactExternalRef } })).id
    const r: any = await sg.execute(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on HotlineContact { externalRef unitCode forwardedReport { id } } } }',
      {
        reps: [
          { __typename: 'HotlineContact', id },
          { __typename: 'HotlineContact', id: 'unknown' },
        ],
      },
    )
    expect(r.data._entities).toEqual([{ externalRef: h.contactExternalRef, unitCode: h.unitCode, forwardedReport: { id: h.reportId } }, null])
  })

  it('batches: one SQL batch for the contacts of 1 or 24 reports', async () => {
    const run = async (n: number) => {
      sg.statements.reset()
      const r: any = await sg.execute(REPORTS, { reps: hotlineReports.slice(0, n).map((h) => ({ __typename: 'IncomingReport', id: h.reportId })) })
      expect(r.data._entities.filter((e: any) => e.hotlineContact)).toHaveLength(n)
      return sg.statements.count
    }
    expect(await run(hotlineReports.length)).toBe(await run(1))
  })

  it('forwards a contact about trafficking once; refuses unrelated contacts and reused reports', async () => {
    const tip: any = await sg.execute(RECORD, {
      input: { externalRef: 'DD-T-0001', receivedAt: '2025-09-02T20:15:00+07:00', unitCode: '99807', channel: 'PHONE', concernsTrafficking: true },
    })
    const id = tip.data.recordHotlineContact.id
    expect(tip.data.recordHotlineContact.status).toBe('RECEIVED')
    const early: any = await sg.execute(FORWARD, {
      input: { version: await readVersion(sg.db.hotlineContact, { id: id }), contactId: id, reportId: 'report-x', forwardedAt: '2025-09-02T19:00:00+07:00' },
    })
    expect(errorOf(early)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.forwardedAt' })
    const reused: any = await sg.execute(FORWARD, {
      input: {
        version: await readVersion(sg.db.hotlineContact, { id: id }),
        contactId: id,
        reportId: hotlineReports[0]!.reportId,
        forwardedAt: '2025-09-02T21:00:00+07:00',
      },
    })
    expect(errorOf(reused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reportId' })
    const input = { contactId: id, reportId: 'report-x', forwardedAt: '2025-09-02T21:00:00+07:00', version: 1 }
    const ok: any = await sg.execute(FORWARD, { input })
    expect(ok.data.forwardHotlineContact).toMatchObject({ status: 'FORWARDED', forwardedAt: '2025-09-02T14:00:00.000Z', forwardedReport: { id: 'report-x' } })
    expect((await sg.execute(FORWARD, { input })).data.forwardHotlineContact.id).toBe(id)
    expect(errorOf(await sg.execute(FORWARD, { input: { ...input, reportId: 'report-y', version: 2 } }))).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      field: 'input.contactId',
    })
    expect(
      errorOf(
        await sg.execute(CLOSE, {
          input: { version: await readVersion(sg.db.hotlineContact, { id: id }), contactId: id, closedAt: '2025-09-03T08:00:00+07:00' },
        }),
      ),
    ).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      field: 'input.contactId',
    })

    const advice: any = await sg.execute(RECORD, {
      input: { externalRef: 'DD-T-0002', receivedAt: '2025-09-03T08:00:00+07:00', unitCode: '99807', channel: 'ONLINE', concernsTrafficking: false },
    })
    const adviceId = advice.data.recordHotlineContact.id
    expect(
      errorOf(
        await sg.execute(FORWARD, {
          input: {
            version: await readVersion(sg.db.hotlineContact, { id: adviceId }),
            contactId: adviceId,
            reportId: 'report-z',
            forwardedAt: '2025-09-03T09:00:00+07:00',
          },
        }),
      ),
    ).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.contactId' })
    expect(
      errorOf(
        await sg.execute(CLOSE, {
          input: { version: await readVersion(sg.db.hotlineContact, { id: adviceId }), contactId: adviceId, closedAt: '2025-09-03T07:00:00+07:00' },
        }),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.closedAt',
    })
    expect(errorOf(await sg.execute(CLOSE, { input: { version: 1, contactId: 'nope', closedAt: '2025-09-03T09:00:00+07:00' } }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.contactId',
    })
    const closed: any = await sg.execute(CLOSE, {
      input: { version: await readVersion(sg.db.hotlineContact, { id: adviceId }), contactId: adviceId, closedAt: '2025-09-03T09:00:00+07:00' },
    })
    expect(closed.data.closeHotlineContact).toEqual({ id: adviceId, status: 'CLOSED', closedAt: '2025-09-03T02:00:00.000Z' })
    expect(
      (
        await sg.execute(CLOSE, {
          input: { version: await readVersion(sg.db.hotlineContact, { id: adviceId }), contactId: adviceId, closedAt: '2025-09-03T09:00:00+07:00' },
        })
      ).data.closeHotlineContact.status,
    ).toBe('CLOSED')
    expect(
      errorOf(
        await sg.execute(CLOSE, {
          input: { version: await readVersion(sg.db.hotlineContact, { id: adviceId }), contactId: adviceId, closedAt: '2025-09-04T09:00:00+07:00' },
        }),
      ),
    ).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      field: 'input.contactId',
    })
  })

  it('validates hotline input and is idempotent by reference', async () => {
    const input = { externalRef: 'DD-T-0003', receivedAt: '2024-03-02T08:00:00+07:00', unitCode: '99801', channel: 'PHONE', concernsTrafficking: true }
    // 99801 was formed on 2025-07-01: it did not exist in 2024
    expect(errorOf(await sg.execute(RECORD, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitCode' })
    const first: any = await sg.execute(RECORD, { input: { ...input, unitCode: '99101' } })
    expect((await sg.execute(RECORD, { input: { ...input, unitCode: '99101' } })).data.recordHotlineContact.id).toBe(first.data.recordHotlineContact.id)
    expect(errorOf(await sg.execute(RECORD, { input: { ...input, unitCode: '99101', channel: 'ONLINE' } }))).toMatchObject({
      code: 'IDEMPOTENCY_CONFLICT',
      field: 'input.externalRef',
    })
  })

  it('lists contacts by status and trafficking concern', async () => {
    const r: any = await sg.execute(
      '{ hotlineContacts(first: 100, filter: { status: FORWARDED }) { totalCount edges { node { externalRef forwardedReport { id } } } } }',
    )
    const expected = new Set([...hotlineReports.map((h) => h.contactExternalRef), 'DD-T-0001'])
    expect(r.data.hotlineContacts.totalCount).toBe(expected.size)
    expect(new Set(r.data.hotlineContacts.edges.map((e: any) => e.node.externalRef))).toEqual(expected)
  })
})
