// The audit of Social Affairs' writes (kit pipeline), in process on SQLite and PostgreSQL: every
// record a write creates or changes is audited once, under its id, with the names of the fields
// set (never values); a replay writes nothing and audits no write; a replay of a record stored
// before NET-14 (its unkeyed digest) is still recognised.
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, inputDigest } from '@lienthong/kit'
import { auditHead, notedSince, subgraphUnderTest, testProviders, TEST_OFFICERS } from '@lienthong/kit/testing'
import type { Identity } from '@lienthong/kit/identity'
import { personRefOf } from '@lienthong/schema'
import { subgraph } from '../server.ts'
import { referralInput, writeOf } from './writeInputs.ts'

const OFFICER = TEST_OFFICERS.social_affairs
const NO_PURPOSE: Identity = { sub: 'test-social-no-purpose', agency: 'social_affairs', role: 'officer', unit: '99' }
const at = (day: string) => `${day}T09:00:00+07:00`
const centre = { name: 'Trung tâm Công tác xã hội tỉnh Hải Biên', type: 'SOCIAL_PROTECTION_CENTRE' }
const facility = { name: 'Cơ sở hỗ trợ nạn nhân Cửa Khẩu', type: 'VICTIM_SUPPORT_FACILITY' }
const RECEIVE = writeOf('receiveSupportCase')
const CONSENT = writeOf('recordSupportConsent')
const CHANGE = writeOf('changeSupportReferralStatus')
const CONTACT = writeOf('recordHotlineContact')
const CLOSE = writeOf('closeHotlineContact')
/** A referral between two providers of commune 99803, for a shelter. */
const referral = (externalRef: string, supportCaseId: string, sharesPersonData: boolean) =>
  referralInput(externalRef, supportCaseId, {
    from: centre,
    to: facility,
    toUnitCode: '99803',
    reason: 'OTHER',
    forService: 'SHELTER',
    sharesPersonData,
    referredAt: at('2025-10-02'),
  })

describe.each(await testProviders())('support write audit on %s', (provider) => {
  const sg = subgraphUnderTest(subgraph, provider)

  const ok = (query: string, input: Record<string, unknown>, who: Identity = OFFICER) => sg.mutate(query, input, who)
  const head = () => auditHead(sg.db)
  /** The entries appended after `seq`, as [operation, recordType, refs (sorted), fields]. */
  const since = async (seq: number) => (await notedSince(sg.db, seq)).map((e) => [e.operation, e.recordType, [...e.recordRefs].sort(), e.fields])
  const writesSince = async (seq: number) => (await since(seq)).filter(([operation]) => (operation as string).startsWith('write '))

  const reception = (n: string, consentToShare = 'GIVEN') => ({
    externalRef: `WA-${n}`,
    personRef: personRefOf(`0999000088${n.padStart(2, '0')}`, DEV_NETWORK_KEY),
    receivedAt: at('2025-10-01'),
    facility: 'SOCIAL_PROTECTION_CENTRE',
    unitCode: '99803',
    arrival: 'POLICE',
    consentToShare,
  })

  it('audits a created record once, under its id, with the fields set; its replay audits no write and writes nothing', async () => {
    const before = await head()
    const { id } = await ok(RECEIVE, reception('1'))
    expect(await since(before)).toEqual([
      [
        'write receiveSupportCase',
        'SupportCase',
        [id],
        ['arrival', 'consentRecordedAt', 'consentToShare', 'externalRef', 'facility', 'id', 'needsAssessment', 'person', 'receivedAt', 'screening', 'unitCode'],
      ],
    ])
    const created = await head()
    // with a purpose the replay is answered, and audited as the read it is
    expect((await ok(RECEIVE, reception('1'))).id).toBe(id)
    expect(await writesSince(created)).toEqual([])
    expect(await since(created)).toEqual([['read receiveSupportCase', 'SupportCase', [id], ['id']]])
    // without one the replay is refused (it would read the record back) and nothing is audited
    const read = await head()
    const replay: any = await sg.execute(RECEIVE, { input: reception('1') }, NO_PURPOSE)
    expect(replay.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'SupportCase.id' })
    expect(await since(read)).toEqual([])
    expect(await sg.db.supportCase.count({ where: { externalRef: 'WA-1' } })).toBe(1)
  })

  it('audits a changed record once with the fields changed; the same change again audits no write', async () => {
    const { id } = await ok(RECEIVE, reception('2', 'NOT_ASKED'))
    const before = await head()
    const consent = { supportCaseId: id, consentToShare: 'GIVEN', recordedAt: at('2025-10-02'), version: 1 }
    await ok(CONSENT, consent)
    expect(await writesSince(before)).toEqual([['write recordSupportConsent', 'SupportCase', [id], ['consentRecordedAt', 'consentToShare', 'id']]])
    const changed = await head()
    await ok(CONSENT, consent)
    expect(await writesSince(changed)).toEqual([])
  })

  it('audits every record a write changes: a withdrawal ends the sharing of the open referrals, each audited once', async () => {
    const { id: caseId } = await ok(RECEIVE, reception('3'))
    const refer = (n: number) => ok(writeOf('referSupportCase'), referral(`WA-3-CT${n}`, caseId, true))
    const first = (await refer(1)).id
    const second = (await refer(2)).id
    const before = await head()
    await ok(CONSENT, { supportCaseId: caseId, consentToShare: 'WITHDRAWN', recordedAt: at('2025-10-03'), version: 1 })
    expect(await writesSince(before)).toEqual([
      ['write recordSupportConsent', 'SupportCase', [caseId], ['consentRecordedAt', 'consentToShare', 'id']],
      ['write recordSupportConsent', 'SupportReferral', [first, second].sort(), ['sharingEndedAt']],
    ])
  })

  it('answers a replayed status change without auditing a write, and audits the change itself once', async () => {
    const { id: caseId } = await ok(RECEIVE, reception('4'))
    const { id } = await ok(writeOf('referSupportCase'), referral('WA-4-CT1', caseId, false))
    const receiver: Identity = { sub: 'sa-99803', agency: 'social_affairs', role: 'officer', unit: '99803', purpose: 'victim_support' }
    const accept = { referralId: id, status: 'ACCEPTED', at: at('2025-10-03') }
    const before = await head()
    await ok(CHANGE, accept, receiver)
    expect(await writesSince(before)).toEqual([['write changeSupportReferralStatus', 'SupportReferral', [id], ['acceptedAt', 'id', 'status']]])
    const changed = await head()
    await ok(CHANGE, accept, receiver)
    expect(await writesSince(changed)).toEqual([])

    const contact = await ok(CONTACT, { externalRef: 'WA-H-1', receivedAt: at('2025-10-01'), unitCode: '99803', channel: 'PHONE', concernsTrafficking: false })
    const close = { contactId: contact.id, closedAt: at('2025-10-02'), version: 1 }
    const open = await head()
    await ok(CLOSE, close)
    await ok(CLOSE, close)
    expect(await writesSince(open)).toEqual([['write closeHotlineContact', 'HotlineContact', [contact.id], ['closedAt', 'id', 'status']]])
  })

  it('recognises the replay of a record stored before NET-14 by its unkeyed digest', async () => {
    const input = { externalRef: 'WA-H-OLD', receivedAt: at('2025-10-01'), unitCode: '99803', channel: 'ONLINE' as const, concernsTrafficking: true }
    const stored = await sg.db.hotlineContact.create({
      data: { ...input, receivedAt: new Date(input.receivedAt), inputDigest: inputDigest({ ...input, receivedAt: new Date(input.receivedAt) }) },
    })
    const before = await head()
    expect((await ok(CONTACT, input)).id).toBe(stored.id)
    expect(await writesSince(before)).toEqual([])
    const other: any = await sg.execute(CONTACT, { input: { ...input, channel: 'PHONE' } })
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    expect(await sg.db.hotlineContact.count({ where: { externalRef: 'WA-H-OLD' } })).toBe(1)
  })
})
