// Access and audit of the `border` subgraph in process (NET-7), on SQLite and PostgreSQL: record-level
// queries for officers and supervisors only, aggregates for every role; victim-level fields only with a
// declared purpose; writes only by the Border Guard; the hash-chained audit log of person-level reads
// and writes, served to auditors, and what altering or deleting an entry does to its verification;
// person counts published to analysts with small cells suppressed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditHash } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { publishedProblems, startTestSubgraph, testProviders, TEST_OFFICERS, type TestSubgraph } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import type { Db } from '../db.ts'

const BORDER = TEST_OFFICERS.border_guard
const WITHOUT_PURPOSE: Identity = { sub: BORDER.sub, agency: 'border_guard', role: 'officer', unit: '99' }
const ANALYST: Identity = { sub: 'test-analyst', agency: 'steering_committee', role: 'analyst', unit: '99' }
const INTEGRATOR: Identity = { sub: 'test-integrator', agency: 'border_guard', role: 'integrator', unit: '99' }
const AUDITOR: Identity = { sub: 'test-border-auditor', agency: 'border_guard', role: 'auditor', unit: '99' }
const COMMITTEE_AUDITOR: Identity = { sub: 'test-committee-auditor', agency: 'steering_committee', role: 'auditor', unit: '99' }
const POLICE_AUDITOR: Identity = { sub: 'test-police-auditor', agency: 'police', role: 'auditor', unit: '99' }
const BORDER_ANALYST: Identity = { sub: 'test-border-analyst', agency: 'border_guard', role: 'analyst', unit: '99' }

/** Fabricated person references (64 hex characters). */
const ref = (tag: string, k: number) => `${tag}${k.toString(16).padStart(2, '0')}`.padEnd(64, '0')
const refs = (tag: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ref(tag, from + i))

const RECORD_INCIDENT = 'mutation($input: RecordBorderIncidentInput!) { recordBorderIncident(input: $input) { id } }'
const incident = (externalRef: string, occurredAt: string, roles: Record<string, string[]>) => ({
  externalRef,
  occurredAt: `${occurredAt}T08:00:00+07:00`,
  placeType: 'LAND_BORDER',
  incidentType: 'SUSPECTED_TRAFFICKING',
  unitCode: '99201',
  otherCountry: 'CN',
  persons: Object.entries(roles).flatMap(([role, personRefs]) => personRefs.map((personRef) => ({ personRef, role }))),
})
/** Persons by role per month of 2024 (distinct persons): small cells on purpose. */
const STATISTICS_INCIDENTS = [
  incident('AC-M01-1', '2024-01-10', { PRESUMED_VICTIM: refs('a', 1, 4), SUSPECT: [ref('b', 1)], OTHER: refs('c', 1, 3) }),
  incident('AC-M01-2', '2024-01-20', { PRESUMED_VICTIM: refs('a', 5, 7), SUSPECT: [ref('b', 2)], OTHER: refs('c', 4, 6) }),
  incident('AC-M02-1', '2024-02-10', { PRESUMED_VICTIM: refs('a', 8, 10), SUSPECT: [ref('b', 3)] }),
  incident('AC-M03-1', '2024-03-10', { PRESUMED_VICTIM: refs('a', 11, 15) }),
]

describe.each(await testProviders())('border access and audit on %s', (provider) => {
  let sg: TestSubgraph<Db>
  const ids = { incident: '', repatriation: '', cooperation: '' }
  const ok = async (query: string, variables?: Record<string, unknown>, who: Identity = BORDER) => {
    const r = await sg.execute(query, variables, who)
    expect(r.errors).toBeUndefined()
    return r.data
  }
  const refusal = async (query: string, variables: Record<string, unknown> | undefined, who: Identity) => {
    const r = await sg.execute(query, variables, who)
    return { code: r.errors?.[0]?.extensions?.code, field: r.errors?.[0]?.extensions?.field }
  }
  const auditRows = () => sg.db.auditEntry.count()

  beforeAll(async () => {
    sg = await startTestSubgraph(subgraph, provider)
    for (const input of STATISTICS_INCIDENTS) await ok(RECORD_INCIDENT, { input })
    ids.incident = (
      await ok(RECORD_INCIDENT, { input: incident('AC-REC-1', '2024-04-10', { PRESUMED_VICTIM: [ref('d', 1)], SUSPECT: [ref('d', 2)] }) })
    ).recordBorderIncident.id
    ids.repatriation = (
      await ok('mutation($input: RecordRepatriationInput!) { recordRepatriation(input: $input) { id } }', {
        input: {
          externalRef: 'AC-HH-1',
          fromCountry: 'CN',
          gateCode: 'CK-CUA-KHAU',
          receivedAt: '2024-04-12T08:00:00+07:00',
          personRefs: [ref('d', 1), ref('d', 3)],
        },
      })
    ).recordRepatriation.id
    ids.cooperation = (
      await ok('mutation($input: RecordCrossBorderCooperationInput!) { recordCrossBorderCooperation(input: $input) { id } }', {
        input: {
          externalRef: 'AC-HT-1',
          direction: 'INCOMING',
          counterpart: 'NEIGHBOURING_BORDER_POST',
          counterpartCountry: 'CN',
          subject: 'HAND_OVER_PERSONS',
          requestedAt: '2024-04-11T08:00:00+07:00',
          repatriationId: ids.repatriation,
        },
      })
    ).recordCrossBorderCooperation.id
  }, 120_000)
  afterAll(() => sg?.stop())

  const RECORD_QUERIES = {
    borderIncident: 'query($id: ID!) { borderIncident(id: $id) { id } }',
    borderIncidents: '{ borderIncidents { totalCount } }',
    repatriation: 'query($id: ID!) { repatriation(id: $id) { id } }',
    repatriations: '{ repatriations { totalCount } }',
    crossBorderCooperation: 'query($id: ID!) { crossBorderCooperation(id: $id) { id } }',
    crossBorderCooperations: '{ crossBorderCooperations { totalCount } }',
    borderAuditLog: '{ borderAuditLog { entries { seq } } }',
  }
  const STATISTICS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProvincialStatistics { periodCode
    border { incidents { total personsByRole { key count suppressed } byIncidentType { key count suppressed } } } } } }`
  const statistics = async (who: Identity, ...periodCodes: string[]) =>
    (await ok(STATISTICS, { reps: periodCodes.map((periodCode) => ({ __typename: 'ProvincialStatistics', periodCode, unitCode: '99' })) }, who))
      ._entities as any[]

  it('gives analysts and integrators no record-level root query, and the aggregates', async () => {
    const before = await auditRows()
    for (const who of [ANALYST, INTEGRATOR]) {
      for (const [field, query] of Object.entries(RECORD_QUERIES)) {
        const r = await sg.execute(query, { id: ids.incident }, who)
        expect(r.errors?.[0]?.extensions, `${who.role}: ${field}`).toMatchObject({ code: 'FORBIDDEN', field })
        expect(Object.values(r.data ?? {}).filter((v) => v != null)).toEqual([])
      }
      expect((await ok('{ borderGates { code } }', {}, who)).borderGates).toHaveLength(4)
      const [q1] = await statistics(who, '2024-Q1')
      expect(q1.border.incidents.total).toBe(STATISTICS_INCIDENTS.length)
    }
    // the same record-level queries are an officer's daily work
    for (const [field, query] of Object.entries(RECORD_QUERIES)) if (field !== 'borderAuditLog') await ok(query, { id: ids.incident })
    // none of these reads touched a person-level field: nothing to audit
    expect(await auditRows()).toBe(before)
  })

  it('refuses person-level data to an officer without a declared purpose, naming the field that leads to it', async () => {
    const before = await auditRows()
    const cases: [string, Record<string, unknown> | undefined, string][] = [
      ['{ borderIncidents(first: 5) { edges { node { externalRef persons { role } } } } }', undefined, 'BorderIncident.persons'],
      ['{ repatriations(first: 5) { totalCount edges { cursor node { externalRef } } } }', undefined, 'repatriations'],
      [
        'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { borderIncidents { id } } } }',
        { reps: [{ __typename: 'Person', personRef: ref('d', 1) }] },
        'Person.borderIncidents',
      ],
    ]
    for (const [query, variables, field] of cases) {
      expect(await refusal(query, variables, WITHOUT_PURPOSE)).toEqual({ code: 'FORBIDDEN', field })
      await ok(query, variables)
    }
    // an incident names no person itself: its own fields need no purpose
    expect((await ok('{ borderIncidents(first: 50) { totalCount edges { node { externalRef } } } }', {}, WITHOUT_PURPOSE)).borderIncidents.totalCount).toBe(
      STATISTICS_INCIDENTS.length + 1,
    )
    // refused reads are not in the log; each of the three reads with a purpose is (one entry each)
    expect(await auditRows()).toBe(before + 3)
  })

  it('refuses every mutation to officers of other agencies and to a Border Guard analyst, writing nothing', async () => {
    const MUTATIONS: [string, string, Record<string, unknown>][] = [
      ['recordBorderIncident', 'RecordBorderIncidentInput', incident('AC-REC-2', '2024-04-15', { PRESUMED_VICTIM: [ref('d', 4)] })],
      [
        'handOverIncidentToPolice',
        'HandOverIncidentToPoliceInput',
        { incidentId: ids.incident, reportId: 'report-ac-1', handedOverAt: '2024-04-11T08:00:00+07:00' },
      ],
      [
        'handOverPersonToSupport',
        'HandOverPersonToSupportInput',
        { incidentId: ids.incident, personRef: ref('d', 1), supportCaseId: 'support-ac-1', handedOverAt: '2024-04-11T09:00:00+07:00' },
      ],
      ['closeBorderIncident', 'CloseBorderIncidentInput', { incidentId: ids.incident, closedAt: '2024-04-20T08:00:00+07:00' }],
      [
        'recordRepatriation',
        'RecordRepatriationInput',
        { externalRef: 'AC-HH-2', fromCountry: 'CN', gateCode: 'CK-CUA-KHAU', receivedAt: '2024-04-13T08:00:00+07:00', personRefs: [ref('d', 5)] },
      ],
      [
        'updateRepatriationStatus',
        'UpdateRepatriationStatusInput',
        { repatriationId: ids.repatriation, status: 'IN_PROGRESS', at: '2024-04-14T08:00:00+07:00' },
      ],
      [
        'recordCrossBorderCooperation',
        'RecordCrossBorderCooperationInput',
        {
          externalRef: 'AC-HT-2',
          direction: 'OUTGOING',
          counterpart: 'INTERPOL',
          counterpartCountry: 'TH',
          subject: 'LOCATE_PERSON',
          requestedAt: '2024-04-12T08:00:00+07:00',
          incidentId: ids.incident,
        },
      ],
      ['updateCooperationStatus', 'UpdateCooperationStatusInput', { cooperationId: ids.cooperation, status: 'IN_PROGRESS', at: '2024-04-13T08:00:00+07:00' }],
      ['submitBorderGuardReport', 'SubmitReportInput', { period: { kind: 'YEAR', year: 2024 }, unitCode: '99' }],
    ]
    const snapshot = () =>
      Promise.all([
        sg.db.borderIncident.findMany({ orderBy: { id: 'asc' } }),
        sg.db.incidentPerson.findMany({ orderBy: [{ incidentId: 'asc' }, { personRef: 'asc' }] }),
        sg.db.repatriation.findMany({ orderBy: { id: 'asc' } }),
        sg.db.repatriationPerson.findMany({ orderBy: [{ repatriationId: 'asc' }, { personRef: 'asc' }] }),
        sg.db.crossBorderCooperation.findMany({ orderBy: { id: 'asc' } }),
        sg.db.cooperationStatusChange.findMany({ orderBy: { id: 'asc' } }),
        sg.db.reportSubmission.findMany({ orderBy: { id: 'asc' } }),
        sg.db.auditEntry.findMany({ orderBy: { seq: 'asc' } }),
      ])
    const before = await snapshot()
    for (const who of [TEST_OFFICERS.police, TEST_OFFICERS.social_affairs, TEST_OFFICERS.procuracy, BORDER_ANALYST]) {
      for (const [name, type, input] of MUTATIONS) {
        expect(await refusal(`mutation($input: ${type}!) { ${name}(input: $input) { id } }`, { input }, who), `${who.sub}: ${name}`).toEqual({
          code: 'FORBIDDEN',
          field: name,
        })
      }
    }
    const after = await snapshot()
    expect(after.map((rows) => rows.length)).toEqual(before.map((rows) => rows.length))
    expect(after).toEqual(before)
    // the inputs were good: the Border Guard's own officer makes every one of them
    for (const [name, type, input] of MUTATIONS) await ok(`mutation($input: ${type}!) { ${name}(input: $input) { id } }`, { input })
    expect(await sg.db.borderIncident.count()).toBe(before[0].length + 1)
  })

  it('audits person-level reads and writes with references and field names, never values, for auditors only', async () => {
    const start = (await sg.db.auditEntry.findFirst({ orderBy: { seq: 'desc' } }))?.seq ?? 0
    const [e1, e2, e3] = [ref('e', 1), ref('e', 2), ref('e', 3)]
    const {
      recordBorderIncident: { id },
    } = await ok(RECORD_INCIDENT, { input: incident('AC-AUD-1', '2024-05-02', { PRESUMED_VICTIM: [e1], SUSPECT: [e2] }) })
    await ok('mutation($input: HandOverPersonToSupportInput!) { handOverPersonToSupport(input: $input) { id } }', {
      input: { incidentId: id, personRef: e1, supportCaseId: 'support-aud-1', handedOverAt: '2024-05-03T08:00:00+07:00' },
    })
    await ok('query($id: ID!) { borderIncident(id: $id) { externalRef persons { role handedToSupportAt person { personRef } } } }', { id })
    const { recordRepatriation: rep } = await ok('mutation($input: RecordRepatriationInput!) { recordRepatriation(input: $input) { id receivedAt } }', {
      input: {
        externalRef: 'AC-AUD-HH',
        fromCountry: 'CN',
        gateCode: 'CK-CUA-KHAU',
        receivedAt: '2024-05-04T08:00:00+07:00',
        personRefs: [e1, e3],
        embassyRef: 'DSQ-AUD-777',
      },
    })
    await ok('mutation($input: UpdateRepatriationStatusInput!) { updateRepatriationStatus(input: $input) { status } }', {
      input: { repatriationId: rep.id, status: 'IN_PROGRESS', at: '2024-05-05T08:00:00+07:00' },
    })
    await ok('query($id: ID!) { repatriation(id: $id) { embassyRef persons { personRef } } }', { id: rep.id })
    await ok('query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { borderIncidents { externalRef } repatriations { id } } } }', {
      reps: [{ __typename: 'Person', personRef: e1 }],
    })

    const LOG = `query($afterSeq: Int, $first: Int) { borderAuditLog(afterSeq: $afterSeq, first: $first) {
      entries { seq actorSub agency role purpose operation recordType recordRefs fields prevHash hash } nextAfterSeq verification { ok entries headHash brokenAt reason } } }`
    const page = (await ok(LOG, { afterSeq: start }, AUDITOR)).borderAuditLog
    const sorted = (xs: string[]) => [...xs].sort()
    const touched = (op: string, type: string, recordRefs: string[], fields: string[]) => ({
      operation: op,
      recordType: type,
      recordRefs: sorted(recordRefs),
      fields: sorted(fields),
    })
    expect(
      page.entries
        .map(({ operation, recordType, recordRefs, fields }: any) => ({ operation, recordType, recordRefs, fields }))
        .sort((a: any, b: any) => `${a.operation}|${a.recordType}`.localeCompare(`${b.operation}|${b.recordType}`)),
    ).toEqual(
      [
        touched('read _entities', 'Person', [e1], ['borderIncidents', 'repatriations']),
        touched('read _entities', 'Repatriation', [rep.id], ['id']),
        touched('read borderIncident', 'IncidentInvolvement', [e1, e2], ['handedToSupportAt', 'person', 'role']),
        touched('read borderIncident', 'Person', [e1, e2], ['personRef']),
        touched('read repatriation', 'Person', [e1, e3], ['personRef']),
        touched('read repatriation', 'Repatriation', [rep.id], ['embassyRef', 'persons']),
        touched('write handOverPersonToSupport', 'IncidentInvolvement', [e1], ['handedToSupportAt', 'supportCase']),
        // every record a write creates or changes is audited (NET-14), the incident too: its id and the fields set
        touched(
          'write recordBorderIncident',
          'BorderIncident',
          [id],
          ['externalRef', 'incidentType', 'occurredAt', 'otherCountry', 'persons', 'placeType', 'status', 'unitCode'],
        ),
        touched('write recordBorderIncident', 'IncidentInvolvement', [e1, e2], ['person', 'role']),
        touched('write recordRepatriation', 'Person', [e1, e3], ['repatriations']),
        touched(
          'write recordRepatriation',
          'Repatriation',
          [rep.id],
          ['embassyRef', 'externalRef', 'fromCountry', 'gate', 'id', 'persons', 'receivedAt', 'status', 'statusChangedAt', 'unitCode'],
        ),
        touched('write updateRepatriationStatus', 'Repatriation', [rep.id], ['status', 'statusChangedAt']),
      ].sort((a, b) => `${a.operation}|${a.recordType}`.localeCompare(`${b.operation}|${b.recordType}`)),
    )
    page.entries.forEach((e: any, k: number) => {
      expect(e).toMatchObject({ seq: start + 1 + k, actorSub: BORDER.sub, agency: 'border_guard', role: 'officer', purpose: 'repatriation' })
      if (k > 0) expect(e.prevHash).toBe(page.entries[k - 1].hash)
    })
    // never a value read or written: no external reference, role, support case, embassy reference or event time
    const text = JSON.stringify(page.entries)
    for (const value of ['AC-AUD-1', 'AC-AUD-HH', 'PRESUMED_VICTIM', 'SUSPECT', 'support-aud-1', 'DSQ-AUD-777', 'CK-CUA-KHAU', '2024-05-0'])
      expect(text).not.toContain(value)
    expect(page.verification).toEqual({ ok: true, entries: await auditRows(), headHash: page.entries.at(-1).hash, brokenAt: null, reason: null })
    expect(page.nextAfterSeq).toBeNull()

    // pages, and who may read the log
    const first = (await ok(LOG, { afterSeq: 0, first: 2 }, COMMITTEE_AUDITOR)).borderAuditLog
    expect(first.entries.map((e: any) => e.seq)).toEqual([1, 2])
    expect(first.nextAfterSeq).toBe(2)
    for (const who of [BORDER, POLICE_AUDITOR, ANALYST]) expect(await refusal(LOG, {}, who)).toEqual({ code: 'FORBIDDEN', field: 'borderAuditLog' })
  })

  it('publishes person counts to analysts and integrators by the cell-key method: 0 exact, 1..4 suppressed, the others within ±4', async () => {
    const exact = await statistics(BORDER, '2024-M01', '2024-M02', '2024-M03')
    const cells = (rows: any[]) => rows.map(({ key, count, suppressed }) => [key, count, suppressed])
    expect(exact.map((s) => cells(s.border.incidents.personsByRole))).toEqual([
      [
        ['PRESUMED_VICTIM', 7, false],
        ['SUSPECT', 2, false],
        ['OTHER', 6, false],
      ],
      [
        ['PRESUMED_VICTIM', 3, false],
        ['SUSPECT', 1, false],
        ['OTHER', 0, false],
      ],
      [
        ['PRESUMED_VICTIM', 5, false],
        ['SUSPECT', 0, false],
        ['OTHER', 0, false],
      ],
    ])
    for (const who of [ANALYST, INTEGRATOR]) {
      const published = await statistics(who, '2024-M01', '2024-M02', '2024-M03')
      published.forEach((s, k) => {
        expect(publishedProblems(`M${k + 1} personsByRole`, exact[k].border.incidents.personsByRole, s.border.incidents.personsByRole)).toEqual([])
        // incidents are not persons: their breakdowns and totals stay exact
        expect(s.border.incidents.byIncidentType).toEqual(exact[k].border.incidents.byIncidentType)
        expect(s.border.incidents.total).toBe(exact[k].border.incidents.total)
      })
      expect(cells(published[1]!.border.incidents.personsByRole)).toEqual([
        ['PRESUMED_VICTIM', null, true],
        ['SUSPECT', null, true],
        ['OTHER', null, true],
      ])
    }
    // the same persons, the same published figure: asking again changes nothing
    expect(await statistics(ANALYST, '2024-M01', '2024-M02', '2024-M03')).toEqual(await statistics(INTEGRATOR, '2024-M01', '2024-M02', '2024-M03'))
  })

  it('breaks verification at an altered or deleted entry', async () => {
    const LOG = '{ borderAuditLog(first: 1) { verification { ok brokenAt reason } } }'
    const verdict = async () => (await ok(LOG, {}, AUDITOR)).borderAuditLog.verification
    expect((await verdict()).ok).toBe(true)
    const seq = 3
    const original = await sg.db.auditEntry.findUniqueOrThrow({ where: { seq } })
    await sg.db.auditEntry.update({ where: { seq }, data: { recordRefs: JSON.stringify([ref('f', 1)]) } })
    expect(await verdict()).toMatchObject({ ok: false, brokenAt: seq, reason: expect.stringMatching(/altered/) })
    // rewriting the entry's own hash as well moves the break to the next entry, which no longer follows it
    const forged = { ...original, recordRefs: [ref('f', 1)], fields: JSON.parse(original.fields) as string[] }
    await sg.db.auditEntry.update({ where: { seq }, data: { hash: auditHash({ ...forged, at: new Date(original.at) }) } })
    expect(await verdict()).toMatchObject({ ok: false, brokenAt: seq + 1 })
    await sg.db.auditEntry.update({ where: { seq }, data: original })
    expect((await verdict()).ok).toBe(true)
    await sg.db.auditEntry.delete({ where: { seq } })
    expect(await verdict()).toMatchObject({ ok: false, brokenAt: seq, reason: expect.stringMatching(/missing/) })
  })
})
