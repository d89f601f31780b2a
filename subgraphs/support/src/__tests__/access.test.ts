// NET-7 in process, on SQLite and PostgreSQL: who may read and write Social Affairs' records,
// the audit log of victim-level reads and writes (hash-chained, served to auditors only, broken
// by any altered or deleted row), and the suppression of small person counts for analysts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse, type FieldDefinitionNode, type TypeNode } from 'graphql'
import { DEV_NETWORK_KEY } from '@lienthong/kit'
import { publishedProblems, startTestSubgraph, testProviders, TEST_OFFICERS, type TestSubgraph } from '@lienthong/kit/testing'
import type { Identity } from '@lienthong/kit/identity'
import { personRefOf } from '@lienthong/schema'
import { subgraph } from '../server.ts'
import { ANSWERING_AGENCIES } from '../domain/referralParties.ts'
import type { Db } from '../db.ts'
import { OTHER_COUNT_FIELDS, PERSON_COUNT_FIELDS, publicationProblems } from './statisticsFixture.ts'

const OFFICER = TEST_OFFICERS.social_affairs
const NO_PURPOSE: Identity = { sub: 'test-social-no-purpose', agency: 'social_affairs', role: 'officer', unit: '99' }
const ANALYST: Identity = { sub: 'test-analyst', agency: 'steering_committee', role: 'analyst', unit: '99' }
const INTEGRATOR: Identity = { sub: 'test-integrator', agency: 'social_affairs', role: 'integrator', unit: '99' }
const AUDITOR: Identity = { sub: 'test-social-auditor', agency: 'social_affairs', role: 'auditor', unit: '99' }
const COMMITTEE_AUDITOR: Identity = { sub: 'test-committee-auditor', agency: 'steering_committee', role: 'auditor', unit: '99' }
const POLICE_AUDITOR: Identity = { sub: 'test-police-auditor', agency: 'police', role: 'auditor', unit: '99' }
const OUTSIDERS: Identity[] = [
  TEST_OFFICERS.police,
  { ...TEST_OFFICERS.border_guard, role: 'supervisor' },
  { ...OFFICER, sub: 'test-social-analyst', role: 'analyst' },
]

const centre = { name: 'Cơ sở hỗ trợ nạn nhân bị mua bán Hải Biên', type: 'VICTIM_SUPPORT_FACILITY' }
const hospital = { name: 'Bệnh viện Đa khoa tỉnh Hải Biên', type: 'HEALTH_FACILITY' }
const person = personRefOf('099900000301', DEV_NETWORK_KEY)
const at = (day: string, time = '09:00') => `${day}T${time}:00+07:00`

const AUDIT_LOG = `query($after: Int, $first: Int) { supportAuditLog(afterSeq: $after, first: $first) {
  entries { seq actorSub agency role purpose operation recordType recordRefs fields prevHash hash } nextAfterSeq
  verification { ok entries headHash brokenAt reason } } }`
const STATISTICS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProvincialStatistics {
  socialAffairsReporting { periodCode status }
  support { casesReceived personsReceived
    casesByFacility { key count suppressed } casesByArrival { key count suppressed } casesByScreeningResult { key count suppressed }
    victimsByServiceType { key count suppressed } reintegrationOutcomes { key count suppressed }
    servicesByType { key count suppressed } referralsByStatusAtPeriodEnd { key count suppressed } } } } }`

/** The root fields (Query or Mutation) of the SDL this subgraph serves. */
function rootFields(sdl: string, root: 'Query' | 'Mutation'): FieldDefinitionNode[] {
  return parse(sdl)
    .definitions.flatMap((d) => ((d.kind === 'ObjectTypeDefinition' || d.kind === 'ObjectTypeExtension') && d.name.value === root ? [...(d.fields ?? [])] : []))
    .filter((f) => !f.name.value.startsWith('_'))
}
const literalOf = (t: TypeNode): string => (t.kind === 'NonNullType' ? literalOf(t.type) : t.kind === 'ListType' ? '[]' : t.name.value === 'Int' ? '1' : '"x"')
/** `{ field(requiredArg: …) { __typename } }` for a root query field. */
const probe = (f: FieldDefinitionNode) => {
  const args = (f.arguments ?? []).filter((a) => a.type.kind === 'NonNullType').map((a) => `${a.name.value}: ${literalOf(a.type)}`)
  return `{ ${f.name.value}${args.length ? `(${args.join(', ')})` : ''} { __typename } }`
}

describe.each(await testProviders())('support access and audit on %s', (provider) => {
  let sg: TestSubgraph<Db>
  let sdl: string
  const K = 5
  let caseId: string, serviceId: string, referralId: string, contactId: string, otherContactId: string
  const ext = (r: any) => r.errors?.[0]?.extensions
  const ok = async (query: string, variables?: Record<string, unknown>, identity: Identity = OFFICER) => {
    const r: any = await sg.execute(query, variables, identity)
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return r.data
  }
  const rowCounts = async () => ({
    cases: await sg.db.supportCase.count(),
    services: await sg.db.supportService.count(),
    referrals: await sg.db.supportReferral.count(),
    followUps: await sg.db.reintegrationFollowUp.count(),
    contacts: await sg.db.hotlineContact.count(),
    reports: await sg.db.reportSubmission.count(),
    audit: await sg.db.auditEntry.count(),
  })

  beforeAll(async () => {
    sg = await startTestSubgraph(subgraph, provider)
    sdl = (await ok('{ _service { sdl } }'))._service.sdl
    caseId = (
      await ok('mutation($input: ReceiveSupportCaseInput!) { receiveSupportCase(input: $input) { id } }', {
        input: {
          externalRef: 'ACC-C-1',
          personRef: person,
          receivedAt: at('2025-08-04'),
          facility: 'VICTIM_SUPPORT_FACILITY',
          unitCode: '99801',
          arrival: 'RETURNED_FROM_ABROAD',
        },
      })
    ).receiveSupportCase.id
    serviceId = (
      await ok('mutation($input: RecordSupportServiceInput!) { recordSupportService(input: $input) { id } }', {
        input: {
          externalRef: 'ACC-S-1',
          supportCaseId: caseId,
          type: 'SHELTER',
          provider: centre,
          startedOn: '2025-08-05',
        },
      })
    ).recordSupportService.id
    referralId = (
      await ok('mutation($input: ReferSupportCaseInput!) { referSupportCase(input: $input) { id } }', {
        input: {
          externalRef: 'ACC-R-1',
          supportCaseId: caseId,
          from: centre,
          to: hospital,
          reason: 'SPECIALISED_CARE',
          forService: 'MEDICAL_CARE',
          sharesPersonData: false,
          referredAt: at('2025-08-06'),
        },
      })
    ).referSupportCase.id
    const contact = (externalRef: string) =>
      ok('mutation($input: RecordHotlineContactInput!) { recordHotlineContact(input: $input) { id } }', {
        input: {
          externalRef,
          receivedAt: at('2025-08-10', '21:00'),
          unitCode: '99801',
          channel: 'PHONE',
          concernsTrafficking: true,
        },
      })
    contactId = (await contact('ACC-H-1')).recordHotlineContact.id
    otherContactId = (await contact('ACC-H-2')).recordHotlineContact.id
  })
  afterAll(() => sg?.stop())

  it('refuses every record-level root query to analysts and integrators, and serves them the aggregates', async () => {
    const queries = rootFields(sdl, 'Query')
    expect(queries.map((f) => f.name.value)).toEqual(
      expect.arrayContaining([
        'supportCase',
        'supportCases',
        'supportServices',
        'supportReferral',
        'supportReferrals',
        'hotlineContact',
        'hotlineContacts',
        'supportAuditLog',
      ]),
    )
    for (const who of [ANALYST, INTEGRATOR]) {
      for (const f of queries) {
        const r: any = await sg.execute(probe(f), {}, who)
        expect(ext(r), `${who.role} ${f.name.value}`).toMatchObject({ code: 'FORBIDDEN', field: f.name.value })
        expect(r.data?.[f.name.value] ?? null).toBeNull()
      }
      const stats = await ok(STATISTICS, { reps: [{ __typename: 'ProvincialStatistics', periodCode: '2025', unitCode: '99' }] }, who)
      // one case, one person: below k, so published to analysts and integrators as protected (null), never as 1
      expect(stats._entities[0].support).toMatchObject({ casesReceived: null, personsReceived: null })
      expect(stats._entities[0].socialAffairsReporting).toMatchObject({ periodCode: '2025' })
    }
  })

  it('refuses victim-level data to an officer without a declared purpose, naming the field that leads to it', async () => {
    const cases = [
      ['query($id: ID!) { supportCase(id: $id) { externalRef } }', { id: caseId }, 'supportCase'],
      ['query($id: ID!) { supportCase(id: $id) { followUps { outcome } } }', { id: caseId }, 'supportCase'],
      ['{ supportServices(first: 5) { totalCount edges { cursor node { type } } } }', {}, 'supportServices'],
      ['query($id: ID!) { supportReferral(id: $id) { status } }', { id: referralId }, 'supportReferral'],
      ['query($id: ID!) { hotlineContact(id: $id) { concernsTrafficking } }', { id: contactId }, 'hotlineContact'],
      [
        'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { supportCases { facility } } } }',
        { reps: [{ __typename: 'Person', personRef: person }] },
        'Person.supportCases',
      ],
      [
        'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on SupportCase { facility } } }',
        { reps: [{ __typename: 'SupportCase', id: caseId }] },
        'SupportCase.facility',
      ],
    ] as const
    for (const [query, variables, field] of cases) {
      const r: any = await sg.execute(query, variables, NO_PURPOSE)
      expect(ext(r), field).toMatchObject({ code: 'FORBIDDEN', field })
      expect(JSON.stringify(r)).not.toContain(person)
    }
    // with a purpose, the same officer reads them
    expect((await ok('query($id: ID!) { supportCase(id: $id) { externalRef followUps { outcome } } }', { id: caseId })).supportCase).toEqual({
      externalRef: 'ACC-C-1',
      followUps: [],
    })
  })

  it('refuses every mutation to anyone but Social Affairs officers and supervisors, writing nothing', async () => {
    const inputs: Record<string, [inputType: string, input: Record<string, unknown>]> = {
      receiveSupportCase: [
        'ReceiveSupportCaseInput',
        {
          externalRef: 'ACC-C-2',
          personRef: personRefOf('099900000302', DEV_NETWORK_KEY),
          receivedAt: at('2025-08-12'),
          facility: 'OTHER',
          unitCode: '99801',
          arrival: 'HOTLINE',
        },
      ],
      recordSupportConsent: ['RecordSupportConsentInput', { supportCaseId: caseId, consentToShare: 'GIVEN', recordedAt: at('2025-08-07') }],
      assessSupportCase: ['AssessSupportCaseInput', { supportCaseId: caseId, screening: { result: 'PRESUMED_VICTIM', screenedAt: at('2025-08-05') } }],
      recordSupportService: [
        'RecordSupportServiceInput',
        { externalRef: 'ACC-S-2', supportCaseId: caseId, type: 'MEDICAL_CARE', provider: hospital, startedOn: '2025-08-08' },
      ],
      endSupportService: ['EndSupportServiceInput', { serviceId, endedOn: '2025-08-20' }],
      referSupportCase: [
        'ReferSupportCaseInput',
        {
          externalRef: 'ACC-R-2',
          supportCaseId: caseId,
          from: centre,
          to: hospital,
          reason: 'OTHER',
          forService: 'PSYCHOLOGICAL_SUPPORT',
          sharesPersonData: false,
          referredAt: at('2025-08-09'),
        },
      ],
      changeSupportReferralStatus: ['ChangeSupportReferralStatusInput', { referralId, status: 'ACCEPTED', at: at('2025-08-11') }],
      recordReintegrationFollowUp: [
        'RecordReintegrationFollowUpInput',
        { externalRef: 'ACC-F-1', supportCaseId: caseId, followedUpAt: at('2025-09-01'), outcome: 'IN_PROGRESS' },
      ],
      recordHotlineContact: [
        'RecordHotlineContactInput',
        { externalRef: 'ACC-H-3', receivedAt: at('2025-08-12'), unitCode: '99801', channel: 'ONLINE', concernsTrafficking: false },
      ],
      forwardHotlineContact: ['ForwardHotlineContactInput', { contactId, reportId: 'police-report-acc-1', forwardedAt: at('2025-08-10', '22:00') }],
      closeHotlineContact: ['CloseHotlineContactInput', { contactId: otherContactId, closedAt: at('2025-08-11') }],
      submitSocialAffairsReport: ['SubmitReportInput', { period: { kind: 'YEAR', year: 2024 }, unitCode: '99' }],
    }
    expect(
      rootFields(sdl, 'Mutation')
        .map((f) => f.name.value)
        .sort(),
    ).toEqual(Object.keys(inputs).sort())
    const mutation = (name: string) => `mutation($input: ${inputs[name]![0]}!) { ${name}(input: $input) { __typename } }`
    const before = await rowCounts()
    for (const who of OUTSIDERS) {
      for (const [name, [, input]] of Object.entries(inputs)) {
        const r: any = await sg.execute(mutation(name), { input }, who)
        // NET-12: the police and the border guard answer referrals made to them; this one (to a
        // hospital, outside the network) only Social Affairs answers, so the resolver refuses it
        const answers =
          name === 'changeSupportReferralStatus' && ANSWERING_AGENCIES.includes(who.agency) && (who.role === 'officer' || who.role === 'supervisor')
        expect(ext(r), `${who.agency} ${who.role} ${name}`).toMatchObject({ code: 'FORBIDDEN', field: answers ? 'input.status' : name })
        expect(r.data?.[name] ?? null).toBeNull()
      }
    }
    expect(await rowCounts()).toEqual(before)
    // the same inputs are accepted from a Social Affairs officer: the refusals were the policy's
    for (const [name, [, input]] of Object.entries(inputs)) await ok(mutation(name), { input })
    const after = await rowCounts()
    expect(after).toEqual({
      ...before,
      cases: before.cases + 1,
      services: before.services + 1,
      referrals: before.referrals + 1,
      followUps: before.followUps + 1,
      contacts: before.contacts + 1,
      reports: before.reports + 1,
      audit: after.audit,
    })
    expect(after.audit).toBeGreaterThan(before.audit) // the writes, audited
  })

  /** 8 persons received in 2024: facility 6 / 2 / 0; arrival 4 / 1 / 3; 7 screened, 1 not; everyone essential support, 2 a shelter; one follow-up. */
  const receivePublicationPlan = async () => {
    const plan = Array.from({ length: 8 }, (_, i) => ({
      facility: i < 6 ? 'SOCIAL_PROTECTION_CENTRE' : 'VICTIM_SUPPORT_FACILITY',
      arrival: i < 4 ? 'POLICE' : i < 5 ? 'HOTLINE' : 'SELF_REFERRED',
      screened: i < 7,
      shelter: i >= 6,
      followUp: i === 0,
    }))
    for (const [i, p] of plan.entries()) {
      const day = `2024-03-${String(10 + i).padStart(2, '0')}`
      const r: any = await sg.execute('mutation($input: ReceiveSupportCaseInput!) { receiveSupportCase(input: $input) { id } }', {
        input: {
          externalRef: `PUB-C-${i}`,
          personRef: personRefOf(`0999000004${String(i).padStart(2, '0')}`, DEV_NETWORK_KEY),
          receivedAt: at(day),
          facility: p.facility,
          unitCode: i % 2 ? '99201' : '99202',
          arrival: p.arrival,
          ...(p.screened ? { screening: { result: 'PRESUMED_VICTIM', screenedAt: at(day, '15:00') } } : {}),
        },
      })
      expect(r.errors).toBeUndefined()
      const id = r.data.receiveSupportCase.id
      const service = (type: string, ref: string) =>
        sg.execute('mutation($input: RecordSupportServiceInput!) { recordSupportService(input: $input) { id } }', {
          input: {
            externalRef: ref,
            supportCaseId: id,
            type,
            provider: { name: 'Trung tâm Công tác xã hội tỉnh Hải Biên', type: 'SOCIAL_PROTECTION_CENTRE' },
            startedOn: day,
          },
        })
      expect((await service('ESSENTIAL_INITIAL_SUPPORT', `PUB-S-${i}`)).errors).toBeUndefined()
      if (p.shelter) expect((await service('SHELTER', `PUB-SH-${i}`)).errors).toBeUndefined()
      if (p.followUp)
        expect(
          (
            await sg.execute('mutation($input: RecordReintegrationFollowUpInput!) { recordReintegrationFollowUp(input: $input) { id } }', {
              input: {
                externalRef: `PUB-F-${i}`,
                supportCaseId: id,
                followedUpAt: at('2024-09-01'),
                outcome: 'REINTEGRATED',
              },
            })
          ).errors,
        ).toBeUndefined()
    }
  }

  const statistics = async (who: Identity) => {
    const r: any = await sg.execute(STATISTICS, { reps: [{ __typename: 'ProvincialStatistics', periodCode: '2024', unitCode: '99' }] }, who)
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return r.data._entities[0].support
  }

  it('publishes every person count to analysts by the cell-key method: 0 exact, 1..4 suppressed, the others within ±4', async () => {
    await receivePublicationPlan()
    const exact = await statistics(OFFICER)
    const published = await statistics(ANALYST)
    expect(await statistics(INTEGRATOR)).toEqual(published)
    expect(exact.casesReceived).toBe(8)
    for (const field of ['casesReceived', 'personsReceived'] as const) expect(publishedProblems(field, exact[field], published[field])).toEqual([])
    for (const field of PERSON_COUNT_FIELDS) {
      const rows: { key: string; count: number; suppressed: boolean }[] = exact[field]
      expect(
        rows.every((r) => !r.suppressed && r.count != null),
        field,
      ).toBe(true)
      expect(publicationProblems(rows, published[field], K), field).toEqual([])
    }
    expect(published.casesByFacility.slice(1)).toEqual([
      { key: 'VICTIM_SUPPORT_FACILITY', count: null, suppressed: true },
      { key: 'OTHER', count: null, suppressed: true },
    ])
    // counts of services and referrals are not person counts: published exactly
    for (const field of OTHER_COUNT_FIELDS) expect(published[field], field).toEqual(exact[field])
    expect(published.servicesByType.find((c: any) => c.key === 'SHELTER')).toEqual({ key: 'SHELTER', count: 2, suppressed: false })
  })

  it('logs victim-level reads and writes (ids and field names, never values) and serves the log to auditors only', async () => {
    const head = (await sg.db.auditEntry.findFirst({ orderBy: { seq: 'desc' } }))?.seq ?? 0
    const created = (
      await ok('mutation($input: RecordSupportServiceInput!) { recordSupportService(input: $input) { id type startedOn } }', {
        input: {
          externalRef: 'ACC-S-3',
          supportCaseId: caseId,
          type: 'LEGAL_AID',
          provider: { name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Hải Biên', type: 'LEGAL_AID_CENTRE' },
          startedOn: '2025-08-15',
        },
      })
    ).recordSupportService
    const read = (
      await ok('query($id: ID!) { supportCase(id: $id) { externalRef unitCode person { personRef } services { type provider { name } } } }', { id: caseId })
    ).supportCase
    expect(read.person.personRef).toBe(person)
    expect(read.services).toHaveLength(3)
    await ok('query($id: ID!) { hotlineContact(id: $id) { status forwardedAt } }', { id: contactId })

    const log = (await ok(AUDIT_LOG, { after: head }, AUDITOR)).supportAuditLog
    const serviceIds = (await sg.db.supportService.findMany({ where: { supportCaseId: caseId }, select: { id: true } })).map((s) => s.id).sort()
    expect(log.entries.map((e: any) => [e.operation, e.recordType, e.recordRefs, e.fields])).toEqual([
      // the fields the write set (all of a new record's) and those the answer returned
      ['write recordSupportService', 'SupportService', [created.id], ['endedOn', 'externalRef', 'id', 'provider', 'startedOn', 'supportCase', 'type']],
      ['read supportCase', 'SupportCase', [caseId], ['externalRef', 'person', 'services', 'unitCode']],
      ['read supportCase', 'SupportService', serviceIds, ['provider', 'type']],
      ['read hotlineContact', 'HotlineContact', [contactId], ['forwardedAt', 'status']],
    ])
    for (const e of log.entries) expect(e).toMatchObject({ actorSub: OFFICER.sub, agency: 'social_affairs', role: 'officer', purpose: 'victim_support' })
    const stored = JSON.stringify(await sg.db.auditEntry.findMany())
    for (const value of [person, 'ACC-C-1', '99801', 'Trung tâm', 'Cơ sở hỗ trợ', 'LEGAL_AID', 'VICTIM_SUPPORT_FACILITY', '2025-08-04', '2025-08-15'])
      expect(stored).not.toContain(value)
    expect(log.verification).toMatchObject({ ok: true, brokenAt: null, entries: await sg.db.auditEntry.count() })

    // paging, and the steering committee's auditors
    const page = (await ok(AUDIT_LOG, { after: head, first: 1 }, COMMITTEE_AUDITOR)).supportAuditLog
    expect(page.entries.map((e: any) => e.seq)).toEqual([head + 1])
    expect(page.nextAfterSeq).toBe(head + 1)
    // nobody else: officers (even with a purpose), auditors of another agency, analysts
    for (const who of [OFFICER, { ...OFFICER, role: 'supervisor' } as Identity, POLICE_AUDITOR, ANALYST]) {
      const r: any = await sg.execute(AUDIT_LOG, {}, who)
      expect(ext(r), `${who.agency} ${who.role}`).toMatchObject({ code: 'FORBIDDEN', field: 'supportAuditLog' })
      expect(r.data?.supportAuditLog ?? null).toBeNull()
    }
  })

  it('breaks verification at an entry altered or deleted in the database', async () => {
    const verification = async () => (await ok(AUDIT_LOG, { first: 1 }, AUDITOR)).supportAuditLog.verification
    const count = await sg.db.auditEntry.count()
    expect(count).toBeGreaterThan(3)
    const target = await sg.db.auditEntry.findUniqueOrThrow({ where: { seq: 3 } })
    await sg.db.auditEntry.update({ where: { seq: 3 }, data: { fields: JSON.stringify(['externalRef']) } })
    expect(await verification()).toMatchObject({ ok: false, brokenAt: 3 })
    await sg.db.auditEntry.update({ where: { seq: 3 }, data: { fields: target.fields } })
    await sg.db.auditEntry.update({ where: { seq: 3 }, data: { actorSub: 'someone-else' } })
    expect(await verification()).toMatchObject({ ok: false, brokenAt: 3 })
    await sg.db.auditEntry.update({ where: { seq: 3 }, data: { actorSub: target.actorSub } })
    expect(await verification()).toMatchObject({ ok: true, entries: count })
    await sg.db.auditEntry.delete({ where: { seq: 2 } })
    expect(await verification()).toMatchObject({ ok: false, brokenAt: 2 })
  })
})
