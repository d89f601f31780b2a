// NET-7 in the police subgraph, in process on SQLite and PostgreSQL: who may query and write what,
// the victims' personal fields by agency × role × unit scope, the hash-chained audit log of
// victim-level reads and writes (and its tamper evidence), small-cell suppression of person counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY } from '@lienthong/kit'
import type { Agency, Identity, Role } from '@lienthong/kit/identity'
import { publishedProblems, startTestSubgraph, testProviders, TEST_OFFICERS, type TestSubgraph } from '@lienthong/kit/testing'
import { personRefOf } from '@lienthong/schema'
import { subgraph } from '../server.ts'
import type { Db } from '../db.ts'

const AGENCIES: Agency[] = ['police', 'social_affairs', 'border_guard', 'procuracy', 'court', 'steering_committee']
const ROLES: Role[] = ['officer', 'supervisor', 'analyst', 'integrator', 'auditor']
/** A caller; `purpose: null` declares none. */
const who = (agency: Agency, role: Role, unit = '99', purpose: Identity['purpose'] | null = 'investigation'): Identity => ({
  sub: `t-${agency}-${role}-${unit}`,
  agency,
  role,
  unit,
  ...(purpose ? { purpose } : {}),
})
const POLICE = TEST_OFFICERS.police
const AUDITOR = who('police', 'auditor', '99', null)

/** The victim whose personal fields the matrix reads: a victim of a case in commune 99101 (district 991). */
const A = { fullName: 'Nạn nhân Truy cập 901', nationalId: '099000000901', dateOfBirth: '1999-03-04', address: 'Thôn Thử, xã Kiểm', phone: '0900 000 901' }
const REF_A = personRefOf(A.nationalId, DEV_NETWORK_KEY)
/** A presumed victim known only from a rescue in commune 99201 (district 992), in no case. */
const R = { fullName: 'Nạn nhân Giải cứu 902', phone: '0900 000 902' }
const REF_R = '9'.repeat(64)
const W = { fullName: 'Nạn nhân Ghi 903', phone: '0900 000 903' }
const REF_W = '8'.repeat(64)
const PERSONAL_VALUES = [...Object.values(A), ...Object.values(R), ...Object.values(W)]
const PERSONAL = ['fullName', 'nationalId', 'dateOfBirth', 'address', 'phone'] as const

/** Seven more identified victims of the same case: 7 women and 1 man in all, ages and citizenships in small groups. */
const OTHERS = [
  ['1', 'FEMALE', 2000, 'VIETNAMESE'],
  ['2', 'FEMALE', 2001, 'VIETNAMESE'],
  ['3', 'FEMALE', 1985, 'VIETNAMESE'],
  ['4', 'FEMALE', 1986, 'VIETNAMESE'],
  ['5', 'FEMALE', 1990, 'VIETNAMESE'],
  ['6', 'FEMALE', 2010, 'FOREIGN'],
  ['7', 'MALE', 2011, 'FOREIGN'],
] as const
const victimInput = (externalRef: string, over: Record<string, unknown>) => ({
  externalRef,
  status: 'IDENTIFIED',
  recordedAt: '2024-03-02T09:00:00+07:00',
  identifiedAt: '2024-03-05T09:00:00+07:00',
  sex: 'FEMALE',
  citizenship: 'VIETNAMESE',
  forms: ['FORCED_LABOUR'],
  recruitmentMethod: 'FAKE_JOB_OFFER',
  consentToCount: 'GIVEN',
  consentToShare: 'GIVEN',
  ...over,
})
const RECORD_VICTIM = 'mutation($input: RecordVictimInput!) { recordVictim(input: $input) { externalRef } }'
const errorsOf = (r: any) => (r.errors ?? []).map((e: any) => `${e.extensions?.code} ${e.extensions?.field}`).sort()

describe.each(await testProviders())('police access, audit and publication on %s', (provider) => {
  let sg: TestSubgraph<Db>
  const ids = { case: '', report: '', rescue: '' }
  const ok = async (query: string, variables?: Record<string, unknown>, as?: Identity) => {
    const r: any = await sg.execute(query, variables, as)
    expect(r.errors).toBeUndefined()
    return r.data
  }
  const auditRows = () => sg.db.auditEntry.findMany({ orderBy: { seq: 'asc' } })
  const headSeq = async () => (await sg.db.auditEntry.findFirst({ orderBy: { seq: 'desc' } }))?.seq ?? 0
  const rootFields = async (type: 'Query' | 'Mutation') =>
    (await ok(`{ __type(name: "${type}") { fields { name } } }`)).__type.fields
      .map((f: any) => f.name)
      .filter((n: string) => !n.startsWith('_'))
      .sort()

  beforeAll(async () => {
    sg = await startTestSubgraph(subgraph, provider)
    ids.case = (
      await ok(`mutation { openCriminalCase(input: { externalRef: "CA-ACC-1", openedAt: "2024-03-01T09:00:00+07:00", codeArticle: 150, unitCode: "99101",
      routeKind: CROSS_BORDER, destinationCountry: "KH", forms: [FORCED_LABOUR] }) { id } }`)
    ).openCriminalCase.id
    ids.report = (
      await ok(`mutation { receiveIncomingReport(input: { externalRef: "TG-ACC-1", kind: DENUNCIATION, channel: IN_PERSON, receivedAt: "2024-02-20T09:00:00+07:00",
      receivedByUnitCode: "99", unitCode: "99101" }) { id } }`)
    ).receiveIncomingReport.id
    ids.rescue = (
      await ok(
        `mutation { recordRescueOperation(input: { externalRef: "GC-ACC-1", name: "Giải cứu thử", startedAt: "2024-04-01T09:00:00+07:00", unitCode: "99201" }) { id } }`,
      )
    ).recordRescueOperation.id
    await ok(
      `mutation($c: ID!) { recordSuspect(input: { externalRef: "DT-ACC-1", caseId: $c, personRef: "${'c'.repeat(64)}", sex: MALE, citizenship: VIETNAMESE, role: RECRUITER, arrestStatus: AT_LARGE, wanted: true }) { id } }`,
      { c: ids.case },
    )
    await ok(RECORD_VICTIM, { input: victimInput('NN-ACC-A', { caseId: ids.case, birthYear: 1999, personal: A }) })
    for (const [d, sex, birthYear, citizenship] of OTHERS) {
      await ok(RECORD_VICTIM, {
        input: victimInput(`NN-ACC-${d}`, {
          personRef: d.repeat(64),
          caseId: ids.case,
          sex,
          birthYear,
          citizenship,
          citizenshipCountry: citizenship === 'FOREIGN' ? 'KH' : null,
        }),
      })
    }
    await ok(RECORD_VICTIM, {
      input: victimInput('NN-ACC-R', { personRef: REF_R, status: 'PRESUMED', identifiedAt: null, rescueOperationId: ids.rescue, personal: R }),
    })
  })
  afterAll(() => sg?.stop())

  it('(a) gives analysts and integrators the aggregates only: every record-level root query is FORBIDDEN', async () => {
    const recordLevel: Record<string, string> = {
      criminalCase: `{ criminalCase(id: "${ids.case}") { id } }`,
      criminalCases: '{ criminalCases { totalCount } }',
      incomingReport: `{ incomingReport(id: "${ids.report}") { id } }`,
      incomingReports: '{ incomingReports { totalCount } }',
      rescueOperation: `{ rescueOperation(id: "${ids.rescue}") { id } }`,
      rescueOperations: '{ rescueOperations { totalCount } }',
      policeVictims: '{ policeVictims { totalCount } }',
      caseSuspects: '{ caseSuspects { totalCount } }',
      peakCampaigns: '{ peakCampaigns { id } }',
      person: `{ person(personRef: "${REF_A}") { personRef } }`,
      policeAuditLog: '{ policeAuditLog { entries { seq } } }',
    }
    const aggregates: Record<string, string> = {
      provincialStatistics: '{ provincialStatistics(period: { kind: YEAR, year: 2024 }) { periodCode police { casesOpened } victims { total } } }',
      reportingCompliance: '{ reportingCompliance(year: 2024, kind: QUARTER) { police { expected submitted } } }',
    }
    expect(Object.keys({ ...recordLevel, ...aggregates }).sort()).toEqual(await rootFields('Query'))
    for (const role of ['analyst', 'integrator'] as const) {
      for (const as of [who('police', role), who('steering_committee', role)]) {
        for (const [field, query] of Object.entries(recordLevel)) {
          const r: any = await sg.execute(query, {}, as)
          expect(errorsOf(r), `${role} ${field}`).toEqual([`FORBIDDEN ${field}`])
          expect(Object.values(r.data ?? {}), `${role} ${field}`).toEqual(r.data ? [null] : [])
        }
        for (const query of Object.values(aggregates)) await ok(query, {}, as)
      }
    }
    for (const [field, query] of Object.entries(recordLevel)) if (field !== 'policeAuditLog') await ok(query, {}, POLICE)
  })

  it('(b) refuses victim-level data to an officer without a declared purpose, naming the field, and audits nothing; the rest of the answer arrives', async () => {
    const before = await headSeq()
    for (const as of [who('police', 'officer', '99', null), who('police', 'supervisor', '99', null)]) {
      const one: any = await sg.execute(`{ person(personRef: "${REF_A}") { personRef sex birthYear policeVictim { fullName phone } } }`, {}, as)
      expect([one.data.person, errorsOf(one)]).toEqual([null, ['FORBIDDEN person']])
      const list: any = await sg.execute(
        '{ policeVictims(first: 3, filter: { consentToCount: GIVEN }) { totalCount edges { cursor node { externalRef } } } criminalCases(first: 1) { totalCount edges { node { externalRef victims { personRef } } } } }',
        {},
        as,
      )
      expect(list.data.policeVictims).toBeNull()
      expect(list.data.criminalCases.totalCount).toBeGreaterThan(0)
      expect(list.data.criminalCases.edges[0].node).toEqual({ externalRef: expect.any(String), victims: null })
      expect(errorsOf(list)).toEqual(['FORBIDDEN CriminalCase.victims', 'FORBIDDEN policeVictims'])
      // the person known only through another agency's reference (_entities): every police field refused
      const entity: any = await sg.execute(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { sex citizenship } } }`,
        { reps: [{ __typename: 'Person', personRef: REF_A }] },
        as,
      )
      expect(entity.data._entities).toEqual([{ sex: null, citizenship: null }])
      expect(errorsOf(entity)).toEqual(['FORBIDDEN Person.citizenship', 'FORBIDDEN Person.sex'])
      expect(JSON.stringify([one, list, entity])).not.toContain(A.fullName)
      expect(JSON.stringify([one, list, entity])).not.toContain(REF_A)
    }
    expect(await headSeq()).toBe(before)
  })

  it('(c) refuses every mutation to other agencies and to non-writing police roles, writing nothing', async () => {
    const calls: Record<string, string> = {
      receiveIncomingReport:
        'mutation { receiveIncomingReport(input: { externalRef: "TG-ACC-X", kind: DENUNCIATION, channel: ONLINE, receivedAt: "2024-05-01T09:00:00+07:00", receivedByUnitCode: "99", unitCode: "99101" }) { id } }',
      classifyIncomingReport: `mutation { classifyIncomingReport(id: "${ids.report}", input: { traffickingRelated: true, classifiedAt: "2024-02-21T09:00:00+07:00" }) { id } }`,
      changeIncomingReportStatus: `mutation { changeIncomingReportStatus(id: "${ids.report}", input: { status: VERIFYING, at: "2024-02-22T09:00:00+07:00" }) { id } }`,
      openCriminalCase:
        'mutation { openCriminalCase(input: { externalRef: "CA-ACC-X", openedAt: "2024-05-01T09:00:00+07:00", codeArticle: 150, unitCode: "99101", routeKind: DOMESTIC, forms: [OTHER] }) { id } }',
      changeCriminalCaseStatus: `mutation { changeCriminalCaseStatus(id: "${ids.case}", input: { status: SOLVED, at: "2024-05-01T09:00:00+07:00" }) { id } }`,
      recordSuspect: `mutation { recordSuspect(input: { externalRef: "DT-ACC-X", caseId: "${ids.case}", personRef: "${'d'.repeat(64)}", sex: MALE, citizenship: VIETNAMESE, role: BROKER, arrestStatus: AT_LARGE }) { id } }`,
      recordVictim: `mutation { recordVictim(input: { externalRef: "NN-ACC-X", personRef: "${'e'.repeat(64)}", status: PRESUMED, recordedAt: "2024-05-01T09:00:00+07:00", sex: FEMALE, citizenship: VIETNAMESE,
        forms: [OTHER], recruitmentMethod: OTHER, consentToCount: GIVEN, consentToShare: GIVEN, personal: { fullName: "${W.fullName}" } }) { externalRef } }`,
      addVictimToCase: `mutation { addVictimToCase(caseId: "${ids.case}", personRef: "${REF_R}") { id } }`,
      changeVictimStatus: `mutation { changeVictimStatus(personRef: "${REF_R}", input: { status: IDENTIFIED, at: "2024-05-01T09:00:00+07:00" }) { status } }`,
      recordRescueOperation: `mutation { recordRescueOperation(input: { externalRef: "GC-ACC-X", name: "x", startedAt: "2024-05-01T09:00:00+07:00", unitCode: "99101", rescuedPersonRefs: ["${'1'.repeat(64)}"] }) { id } }`,
      createPeakCampaign:
        'mutation { createPeakCampaign(input: { externalRef: "CD-ACC-X", name: "x", startsOn: "2024-05-01", endsOn: "2024-05-31", unitCodes: ["99"] }) { id } }',
      submitPoliceReport: 'mutation { submitPoliceReport(input: { period: { kind: YEAR, year: 2024 } }) { revision } }',
    }
    expect(Object.keys(calls).sort()).toEqual(await rootFields('Mutation'))
    const tables = [
      'incomingReport',
      'criminalCase',
      'caseExploitationForm',
      'caseVictim',
      'suspect',
      'person',
      'victim',
      'victimExploitationForm',
      'rescueOperation',
      'peakCampaign',
      'peakCampaignUnit',
      'reportSubmission',
      'auditEntry',
    ] as const
    const snapshot = async () => Promise.all(tables.map(async (t) => JSON.stringify(await (sg.db[t] as any).findMany())))
    const counts = async () => Promise.all(tables.map((t) => (sg.db[t] as any).count()))
    const [rowsBefore, countsBefore] = [await snapshot(), await counts()]
    const callers = [
      ...AGENCIES.filter((a) => a !== 'police').flatMap((a) => [who(a, 'officer'), who(a, 'supervisor')]),
      who('police', 'analyst'),
      who('police', 'integrator'),
      AUDITOR,
    ]
    for (const as of callers) {
      for (const [field, query] of Object.entries(calls)) {
        const r: any = await sg.execute(query, {}, as)
        expect(errorsOf(r), `${as.agency} ${as.role} ${field}`).toEqual([`FORBIDDEN ${field}`])
        expect(Object.values(r.data ?? {}).filter((v) => v != null)).toEqual([])
      }
    }
    expect(await counts()).toEqual(countsBefore)
    expect(await snapshot()).toEqual(rowsBefore)
  })

  it('serves personal fields by agency × role × unit scope: the police within their scope only, FORBIDDEN to everyone else', async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { policeVictim { ${PERSONAL.join(' ')} } } } }`
    const none = Object.fromEntries(PERSONAL.map((f) => [f, null]))
    let allowed = 0
    for (const agency of AGENCIES) {
      for (const role of ROLES) {
        for (const [unit, inScope] of [
          ['99', true],
          ['991', true],
          ['99101', true],
          ['992', false],
          ['99201', false],
        ] as const) {
          const r: any = await sg.execute(query, { reps: [{ __typename: 'Person', personRef: REF_A }] }, who(agency, role, unit))
          const label = `${agency} ${role} ${unit}`
          if (agency === 'police' && (role === 'officer' || role === 'supervisor') && inScope) {
            allowed++
            expect(r.errors, label).toBeUndefined()
            expect(r.data._entities[0].policeVictim, label).toEqual(A)
          } else if (role !== 'officer' && role !== 'supervisor') {
            // a role that reads no record at all is refused the police record as a whole
            expect(r.data._entities[0].policeVictim, label).toBeNull()
            expect(errorsOf(r), label).toEqual(['FORBIDDEN Person.policeVictim'])
          } else {
            expect(r.data._entities[0].policeVictim, label).toEqual(none)
            expect(errorsOf(r), label).toEqual(PERSONAL.map((f) => `FORBIDDEN PoliceVictim.${f}`).sort())
            for (const value of Object.values(A)) expect(JSON.stringify(r), label).not.toContain(value)
          }
        }
      }
    }
    expect(allowed).toBe(6)
    // a victim known only from a rescue operation: the scope of the rescue's unit decides
    const rescued = (unit: string) => sg.execute(`{ person(personRef: "${REF_R}") { policeVictim { fullName phone } } }`, {}, who('police', 'officer', unit))
    expect((await rescued('992')).data.person.policeVictim).toEqual(R)
    expect(errorsOf(await rescued('991'))).toEqual(['FORBIDDEN PoliceVictim.fullName', 'FORBIDDEN PoliceVictim.phone'])
  })

  it('decrypts personal fields in batches: the same SQL count for 1 and for 9 victims', async () => {
    const run = async (first: number) => {
      sg.statements.reset()
      const data = await ok(`{ policeVictims(first: ${first}) { edges { node { externalRef ${PERSONAL.join(' ')} } } } }`)
      expect(data.policeVictims.edges).toHaveLength(first)
      return sg.statements.count
    }
    expect(await run(9)).toBe(await run(1))
  })

  it('(d) audits victim-level reads and writes by reference and field name, never values; the log is for auditors', async () => {
    const mark = await headSeq()
    const refsInCase = [REF_A, ...OTHERS.map(([d]) => d.repeat(64))].sort()
    await ok('{ policeVictims(first: 50, filter: { unitCode: "99101" }) { edges { node { externalRef status fullName } } } }')
    await ok(`{ person(personRef: "${REF_A}") { policeVictim { ${PERSONAL.join(' ')} } } }`)
    await ok(RECORD_VICTIM, { input: victimInput('NN-ACC-W', { personRef: REF_W, status: 'PRESUMED', identifiedAt: null, personal: W }) })
    await ok(`mutation { changeVictimStatus(personRef: "${REF_W}", input: { status: NOT_A_VICTIM, at: "2024-06-01T09:00:00+07:00" }) { status } }`)
    const actor = { actorSub: POLICE.sub, agency: 'police', role: 'officer', purpose: 'investigation' }
    const rows = (await auditRows()).filter((r) => r.seq > mark).map((r) => ({ ...r, recordRefs: JSON.parse(r.recordRefs), fields: JSON.parse(r.fields) }))
    expect(rows).toEqual([
      expect.objectContaining({
        ...actor,
        seq: mark + 1,
        operation: 'read policeVictims',
        recordType: 'PoliceVictim',
        recordRefs: refsInCase,
        fields: ['externalRef', 'fullName', 'status'],
      }),
      expect.objectContaining({ ...actor, seq: mark + 2, operation: 'read person', recordType: 'Person', recordRefs: [REF_A], fields: ['policeVictim'] }),
      expect.objectContaining({
        ...actor,
        seq: mark + 3,
        operation: 'read person',
        recordType: 'PoliceVictim',
        recordRefs: [REF_A],
        fields: [...PERSONAL].sort(),
      }),
      expect.objectContaining({
        ...actor,
        seq: mark + 4,
        operation: 'write recordVictim',
        recordType: 'PoliceVictim',
        recordRefs: [REF_W],
        fields: [
          'consentToCount',
          'consentToShare',
          'externalRef',
          'forms',
          'fullName',
          'identifiedAt',
          'phone',
          'recruitmentMethod',
          'rescueOperation',
          'status',
        ],
      }),
      // the person record the victim record created (NET-14: every record written is audited)
      expect.objectContaining({
        ...actor,
        seq: mark + 5,
        operation: 'write recordVictim',
        recordType: 'Person',
        recordRefs: [REF_W],
        fields: ['birthYear', 'citizenship', 'citizenshipCountry', 'sex'],
      }),
      // NOT_A_VICTIM sets the status only (the fields set, not the fields the mutation could set)
      expect.objectContaining({
        ...actor,
        seq: mark + 6,
        operation: 'write changeVictimStatus',
        recordType: 'PoliceVictim',
        recordRefs: [REF_W],
        fields: ['status'],
      }),
    ])
    const all = await auditRows()
    for (const value of PERSONAL_VALUES) expect(JSON.stringify(all)).not.toContain(value)
    expect(
      all.some((r) => r.operation === 'write recordVictim' && JSON.parse(r.recordRefs).includes(REF_A) && JSON.parse(r.fields).includes('nationalId')),
    ).toBe(true)

    const LOG =
      'query($after: Int, $first: Int) { policeAuditLog(afterSeq: $after, first: $first) { entries { seq operation recordRefs fields hash } nextAfterSeq verification { ok entries headHash brokenAt } } }'
    for (const auditor of [AUDITOR, who('steering_committee', 'auditor', '99', null)]) {
      const log = (await ok(LOG, { first: 500 }, auditor)).policeAuditLog
      expect(log.verification).toEqual({ ok: true, entries: all.length, headHash: all.at(-1)!.hash, brokenAt: null })
      expect(log.entries.map((e: any) => [e.seq, e.operation, e.recordRefs, e.fields, e.hash])).toEqual(
        all.map((r) => [r.seq, r.operation, JSON.parse(r.recordRefs), JSON.parse(r.fields), r.hash]),
      )
      expect(log.nextAfterSeq).toBeNull()
    }
    const page = (await ok(LOG, { after: 1, first: 2 }, AUDITOR)).policeAuditLog
    expect([page.entries.map((e: any) => e.seq), page.nextAfterSeq]).toEqual([[2, 3], 3])
    expect(errorsOf(await sg.execute(LOG, {}, POLICE))).toEqual(['FORBIDDEN policeAuditLog'])
    expect(errorsOf(await sg.execute(LOG, {}, who('social_affairs', 'auditor', '99', null)))).toEqual(['FORBIDDEN policeAuditLog'])
  })

  it('(f) publishes person counts to analysts and integrators by the cell-key method (0 exact, 1..4 suppressed, others within ±4), never counts of cases or reports', async () => {
    const L = '{ key count suppressed }'
    const P = `{ total bySex ${L} byCitizenship ${L} }`
    const query = `{ provincialStatistics(period: { kind: YEAR, year: 2024 }) {
      police { reportsByKind ${L} casesByForm ${L} casesByUnit ${L} suspects suspectsBySex ${L} suspectsByCitizenship ${L} personsRescued }
      victims { total excludedForConsent bySex ${L} byAgeBand ${L} byCitizenship ${L} byForm ${L} byRoute ${L} byDestination ${L} byAgency ${L} byUnit ${L} }
      justiceFunnel { convictedPersons suspects ${P} indicted ${P} convicted ${P} } } }`
    const PERSON_COUNTS = [
      'police.suspects',
      'police.suspectsBySex',
      'police.suspectsByCitizenship',
      'police.personsRescued',
      'justiceFunnel.convictedPersons',
      ...['total', 'excludedForConsent', 'bySex', 'byAgeBand', 'byCitizenship', 'byForm', 'byRoute', 'byDestination', 'byAgency', 'byUnit'].map(
        (f) => `victims.${f}`,
      ),
      ...['suspects', 'indicted', 'convicted'].flatMap((s) => [`justiceFunnel.${s}.total`, `justiceFunnel.${s}.bySex`, `justiceFunnel.${s}.byCitizenship`]),
    ]
    const at = (o: any, path: string) => path.split('.').reduce((x, k) => x[k], o)
    const exact = (await ok(query)).provincialStatistics
    expect(exact.victims.total).toBe(8)
    expect(exact.victims.bySex).toEqual([
      { key: 'MALE', count: 1, suppressed: false },
      { key: 'FEMALE', count: 7, suppressed: false },
      { key: 'UNKNOWN', count: 0, suppressed: false },
    ])
    for (const role of ['analyst', 'integrator'] as const) {
      const published = (await ok(query, {}, who('steering_committee', role))).provincialStatistics
      for (const path of PERSON_COUNTS) expect(publishedProblems(path, at(exact, path), at(published, path)), path).toEqual([])
      expect(published.victims.bySex[0]).toEqual({ key: 'MALE', count: null, suppressed: true })
      expect(published.victims.bySex[2]).toEqual({ key: 'UNKNOWN', count: null, suppressed: true })
      // the same eight persons: the total and the FORCED_LABOUR line (all eight) are published the same
      expect(published.victims.byForm.find((c: any) => c.key === 'FORCED_LABOUR').count).toBe(published.victims.total)
      for (const path of ['police.reportsByKind', 'police.casesByForm', 'police.casesByUnit']) expect(at(published, path), path).toEqual(at(exact, path))
    }
  })

  it('(e) detects an altered or a deleted audit entry: verification fails at that entry', async () => {
    const verdict = async () => (await ok('{ policeAuditLog(first: 1) { verification { ok brokenAt reason } } }', {}, AUDITOR)).policeAuditLog.verification
    expect(await verdict()).toMatchObject({ ok: true, brokenAt: null })
    const rows = await auditRows()
    expect(rows.length).toBeGreaterThan(4)
    const target = rows[3]!
    await sg.db.auditEntry.update({ where: { seq: target.seq }, data: { fields: JSON.stringify(['status']) } })
    expect(await verdict()).toMatchObject({ ok: false, brokenAt: target.seq })
    await sg.db.auditEntry.update({ where: { seq: target.seq }, data: { fields: target.fields } })
    expect(await verdict()).toMatchObject({ ok: true, brokenAt: null })
    await sg.db.auditEntry.update({ where: { seq: rows[1]!.seq }, data: { recordRefs: JSON.stringify([]) } })
    expect(await verdict()).toMatchObject({ ok: false, brokenAt: rows[1]!.seq })
    await sg.db.auditEntry.update({ where: { seq: rows[1]!.seq }, data: { recordRefs: rows[1]!.recordRefs } })
    await sg.db.auditEntry.delete({ where: { seq: target.seq } })
    expect(await verdict()).toMatchObject({ ok: false, brokenAt: target.seq })
  })
})
