// Social Affairs through the gateway, over real HTTP, on SQLite and PostgreSQL: support cases of
// persons known only here or shared with the police and the border guard, services, referrals
// refused without consent, legal transitions, filters and pages, and the hotline contacts kept
// linked both ways with the police's incoming reports.
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { testProviders } from '@lienthong/kit/testing'
import { personRefOf, vietnamDay } from '@lienthong/schema'
import { everyPage, ok, refusalOf } from '../answers.ts'
import { TEST_OFFICERS, type Query } from '../network.ts'
import { supportCaseInput } from '../records.ts'
import { useNetwork } from '../sharedNetwork.ts'
import { withVersionRead } from '../versions.ts'

const world = demoWorld(DEV_NETWORK_KEY)
const DISTRICT_992 = new Set(['99201', '99202', '99203', '99204', '99803', '99804'])
const centre = { name: 'Trung tâm Công tác xã hội tỉnh Hải Biên', type: 'SOCIAL_PROTECTION_CENTRE' }
const legalAid = { name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Hải Biên', type: 'LEGAL_AID_CENTRE' }

describe.each(await testProviders())('Social Affairs through the gateway on %s', (provider) => {
  /** Only Social Affairs writes its records; reads act as the police default (an officer with a purpose). */
  const { net, callers } = useNetwork(provider, { callers: { support: TEST_OFFICERS.social_affairs } })
  const read = (query: string, variables?: Record<string, unknown>) => ok(net.query, query, variables)
  const refused = async (query: string, variables?: Record<string, unknown>) => refusalOf(await net.query(query, variables))
  /** Variables whose input names the version of its record as read just before (docs/concurrency.md). */
  const versioned = async (as: Query, variables?: Record<string, unknown>) =>
    variables?.input ? { ...variables, input: await withVersionRead(as, variables.input as Record<string, unknown>) } : variables
  const write = async (query: string, variables?: Record<string, unknown>) => ok(callers.support, query, await versioned(callers.support, variables))
  const writeRefused = async (query: string, variables?: Record<string, unknown>) =>
    refusalOf(await callers.support(query, await versioned(callers.support, variables)))

  it('follows a victim from the police case to the support received, and a person known only to Social Affairs', async () => {
    const supported = new Map(world.supportCases.map((s) => [s.personRef, s]))
    const c = world.cases.find((x) => x.victimRefs.some((v) => supported.has(v)))!
    const data = await read(
      `query($id: ID!) { criminalCase(id: $id) { victims { personRef supportCases { id externalRef consentToShare screening { result } services { type provider { type } } } } } }`,
      { id: c.id },
    )
    for (const v of data.criminalCase.victims) {
      expect(v.supportCases.map((s: any) => s.id).sort()).toEqual(
        world.supportCases
          .filter((s) => s.personRef === v.personRef)
          .map((s) => s.id)
          .sort(),
      )
      for (const s of v.supportCases) {
        expect(s.consentToShare).toBe(world.persons.find((p) => p.personRef === v.personRef)!.consentToShare)
        expect(s.screening.result).toBe('PRESUMED_VICTIM')
        expect(s.services).toContainEqual({ type: 'ESSENTIAL_INITIAL_SUPPORT', provider: { type: 'SOCIAL_PROTECTION_CENTRE' } })
      }
    }
    const onlyHere = world.supportCases.find((s) => s.personRef === world.persons[110]!.personRef)!
    const alone = await read(
      'query($id: ID!) { supportCase(id: $id) { externalRef person { personRef knownToPolice victimInCases { id } supportCases { id } } } }',
      { id: onlyHere.id },
    )
    expect(alone.supportCase).toEqual({
      externalRef: onlyHere.externalRef,
      person: { personRef: onlyHere.personRef, knownToPolice: false, victimInCases: [], supportCases: [{ id: onlyHere.id }] },
    })
  })

  it('resolves the support cases the Border Guard handed persons over to', async () => {
    const handed = world.borderIncidents.flatMap((i) => i.persons.filter((p) => p.supportCaseId).map((p) => ({ incident: i.externalRef, ...p })))
    expect(handed.length).toBeGreaterThan(0)
    const data = await read(
      '{ borderIncidents(first: 100) { edges { node { externalRef persons { person { personRef } supportCase { id externalRef person { personRef } } } } } } }',
    )
    const got = data.borderIncidents.edges.flatMap((e: any) =>
      e.node.persons.filter((p: any) => p.supportCase).map((p: any) => ({ incident: e.node.externalRef, p })),
    )
    expect(got.length).toBeGreaterThan(0)
    for (const { p } of got) {
      const s = world.supportCases.find((x) => x.id === p.supportCase.id)!
      expect(p.supportCase).toEqual({ id: s.id, externalRef: s.externalRef, person: { personRef: p.person.personRef } })
    }
  })

  it('keeps each hotline contact and the incoming report it became linked both ways', async () => {
    const data = await read(
      '{ hotlineContacts(first: 100, filter: { status: FORWARDED }) { totalCount edges { node { externalRef forwardedReport { id externalRef channel criminalCase { id } hotlineContact { externalRef } } } } } }',
    )
    expect(data.hotlineContacts.totalCount).toBe(world.hotlineReports.length)
    const byContact = new Map(world.hotlineReports.map((h) => [h.contactExternalRef, h]))
    for (const { node } of data.hotlineContacts.edges) {
      const h = byContact.get(node.externalRef)!
      // from the call to Social Affairs, through the police report, to the criminal case it led to
      expect(node.forwardedReport).toEqual({
        id: h.reportId,
        externalRef: h.externalRef,
        channel: 'HOTLINE_TRANSFER',
        criminalCase: h.caseId ? { id: h.caseId } : null,
        hotlineContact: { externalRef: h.contactExternalRef },
      })
    }
    const h = world.hotlineReports[5]!
    const report = await read('query($id: ID!) { incomingReport(id: $id) { externalRef hotlineContact { externalRef status concernsTrafficking } } }', {
      id: h.reportId,
    })
    expect(report.incomingReport).toEqual({
      externalRef: h.externalRef,
      hotlineContact: { externalRef: h.contactExternalRef, status: 'FORWARDED', concernsTrafficking: true },
    })
  })

  it('filters support cases by period and by district across the 2025 reform, page by page', async () => {
    const expected = world.supportCases
      .filter((s) => DISTRICT_992.has(s.unitCode) && vietnamDay(s.receivedAt) >= '2023-01-01')
      .sort((a, b) => +b.receivedAt - +a.receivedAt || (b.id < a.id ? -1 : 1))
      .map((s) => s.externalRef)
    const { nodes, totalCounts } = await everyPage(
      net.query,
      `query($after: String) { supportCases(first: 4, after: $after, filter: { unitCode: "992", period: { kind: CUSTOM, from: "2023-01-01", to: "2025-12-31" } }) {
        totalCount edges { node { externalRef } } pageInfo { hasNextPage endCursor } } }`,
      'supportCases',
    )
    expect(totalCounts.length).toBeGreaterThan(0)
    for (const totalCount of totalCounts) expect(totalCount).toBe(expected.length)
    expect(nodes.map((n) => n.externalRef)).toEqual(expected)
    expect(await refused('{ supportCases(filter: { period: { kind: MONTH, year: 2024 } }) { totalCount } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.period.index',
    })
  })

  it('receives a new person, refuses sharing data without consent, then refers and moves the referral legally', async () => {
    const personRef = personRefOf('099900000777', DEV_NETWORK_KEY)
    const RECEIVE = 'mutation($input: ReceiveSupportCaseInput!) { receiveSupportCase(input: $input) { id arrival consentToShare person { knownToPolice } } }'
    const input = supportCaseInput('LDTBXH-GW-0001', personRef, '2025-10-06T10:00:00+07:00', {
      unitCode: '99803',
      arrival: 'SELF_REFERRED',
      consentToShare: 'REFUSED',
    })
    // the police may read Social Affairs' records (with a purpose) but never write them
    expect(await refused(RECEIVE, { input })).toMatchObject({ code: 'FORBIDDEN', field: 'receiveSupportCase' })
    const created = (await write(RECEIVE, { input })).receiveSupportCase
    expect(created).toMatchObject({ arrival: 'SELF_REFERRED', consentToShare: 'REFUSED', person: { knownToPolice: false } })
    expect((await write(RECEIVE, { input })).receiveSupportCase.id).toBe(created.id)
    expect(await writeRefused(RECEIVE, { input: { ...input, unitCode: '99804' } })).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    expect(await writeRefused(RECEIVE, { input: { ...input, externalRef: 'LDTBXH-GW-0002', unitCode: '99201' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.unitCode',
    })

    const REFER = 'mutation($input: ReferSupportCaseInput!) { referSupportCase(input: $input) { id status consentAtReferral supportCase { externalRef } } }'
    const referral = {
      externalRef: 'LDTBXH-GW-0001-CT1',
      supportCaseId: created.id,
      from: centre,
      to: legalAid,
      reason: 'LEGAL_PROCEEDINGS',
      forService: 'LEGAL_AID',
      sharesPersonData: true,
      referredAt: '2025-10-08T09:00:00+07:00',
    }
    const denied = await callers.support(REFER, { input: referral })
    expect(denied.body.errors?.[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', field: 'input.sharesPersonData', consent: 'REFUSED' })
    expect(denied.body.errors?.[0].message).not.toContain(personRef)
    const none = await read('query($id: ID!) { supportCase(id: $id) { referrals { id } } }', { id: created.id })
    expect(none.supportCase.referrals).toEqual([])

    await write('mutation($input: RecordSupportConsentInput!) { recordSupportConsent(input: $input) { consentToShare } }', {
      input: { supportCaseId: created.id, consentToShare: 'GIVEN', recordedAt: '2025-10-07T15:00:00+07:00' },
    })
    const made = (await write(REFER, { input: referral })).referSupportCase
    expect(made).toMatchObject({ status: 'IN_PROGRESS', consentAtReferral: 'GIVEN', supportCase: { externalRef: 'LDTBXH-GW-0001' } })
    const CHANGE = 'mutation($input: ChangeSupportReferralStatusInput!) { changeSupportReferralStatus(input: $input) { status acceptedAt doneAt } }'
    expect(await writeRefused(CHANGE, { input: { referralId: made.id, status: 'DONE', at: '2025-10-09T09:00:00+07:00' } })).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      field: 'input.status',
    })
    await write(CHANGE, { input: { referralId: made.id, status: 'ACCEPTED', at: '2025-10-09T09:00:00+07:00' } })
    const done = await write(CHANGE, { input: { referralId: made.id, status: 'DONE', at: '2025-11-20T09:00:00+07:00' } })
    expect(done.changeSupportReferralStatus).toEqual({ status: 'DONE', acceptedAt: '2025-10-09T02:00:00.000Z', doneAt: '2025-11-20T02:00:00.000Z' })
    const listed = await read('query($f: SupportReferralFilter) { supportReferrals(first: 200, filter: $f) { totalCount edges { node { externalRef } } } }', {
      f: { status: 'DONE', unitCode: '992', period: { kind: 'MONTH', year: 2025, index: 10 } },
    })
    expect(listed.supportReferrals.edges.map((e: any) => e.node.externalRef)).toContain('LDTBXH-GW-0001-CT1')
  })

  it('records a hotline contact, forwards it to the police, and the report points back to it', async () => {
    const h = world.hotlineReports[0]!
    const rec = await write('mutation($input: RecordHotlineContactInput!) { recordHotlineContact(input: $input) { id status } }', {
      input: { externalRef: 'DD-GW-0001', receivedAt: '2025-10-01T21:00:00+07:00', unitCode: '99807', channel: 'PHONE', concernsTrafficking: true },
    })
    const FORWARD = 'mutation($input: ForwardHotlineContactInput!) { forwardHotlineContact(input: $input) { status forwardedReport { id } } }'
    expect(
      await writeRefused(FORWARD, { input: { contactId: rec.recordHotlineContact.id, reportId: h.reportId, forwardedAt: '2025-10-01T22:00:00+07:00' } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reportId' })
    const fwd = await write(FORWARD, {
      input: { contactId: rec.recordHotlineContact.id, reportId: 'police-report-gw-1', forwardedAt: '2025-10-01T22:00:00+07:00' },
    })
    expect(fwd.forwardHotlineContact).toEqual({ status: 'FORWARDED', forwardedReport: { id: 'police-report-gw-1' } })
  })
})
