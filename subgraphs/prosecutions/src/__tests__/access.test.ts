// Access and audit of the `prosecutions` subgraph in process (NET-7), on SQLite and PostgreSQL:
// record-level queries for officers and supervisors only (every root query is refused to analysts,
// integrators and auditors, the figures reach them through ProvincialStatistics); defendants and
// verdicts only with a declared purpose; writes only by the Procuracy and the Court; the
// hash-chained audit log of person-level reads and writes, served to auditors, and what altering or
// deleting an entry does to its verification; person counts published with small cells suppressed.
import { randomUUID } from 'node:crypto'
import { parse, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { subgraphTypeDefs } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { publishedProblems, startTestSubgraph, testProviders, TEST_OFFICERS, type TestSubgraph } from '@lienthong/kit/testing'
import { subgraph, SUBGRAPH_DIR } from '../server.ts'
import type { Db } from '../db.ts'

const PROCURACY = TEST_OFFICERS.procuracy
const COURT = TEST_OFFICERS.court
const WITHOUT_PURPOSE: Identity = { sub: 'kiem-sat-vien-khong-muc-dich', agency: 'procuracy', role: 'officer', unit: '99' }
const COURT_WITHOUT_PURPOSE: Identity = { sub: 'tham-phan-khong-muc-dich', agency: 'court', role: 'supervisor', unit: '99' }
const ANALYST: Identity = { sub: 'test-analyst', agency: 'steering_committee', role: 'analyst', unit: '99', purpose: 'data_quality' }
const INTEGRATOR: Identity = { sub: 'test-integrator', agency: 'procuracy', role: 'integrator', unit: '99' }
const AUDITOR: Identity = { sub: 'test-procuracy-auditor', agency: 'procuracy', role: 'auditor', unit: '99', purpose: 'audit' }
const COURT_AUDITOR: Identity = { sub: 'test-court-auditor', agency: 'court', role: 'auditor', unit: '99' }
const COMMITTEE_AUDITOR: Identity = { sub: 'test-committee-auditor', agency: 'steering_committee', role: 'auditor', unit: '99' }
const POLICE_AUDITOR: Identity = { sub: 'test-police-auditor', agency: 'police', role: 'auditor', unit: '99' }
/** Callers that may not write here: other agencies' officers and supervisors, and the offices' own non-record roles. */
const NOT_WRITERS: Identity[] = [
  TEST_OFFICERS.police,
  TEST_OFFICERS.social_affairs,
  TEST_OFFICERS.border_guard,
  { sub: 'test-committee-supervisor', agency: 'steering_committee', role: 'supervisor', unit: '99', purpose: 'data_quality' },
  { sub: 'test-procuracy-analyst', agency: 'procuracy', role: 'analyst', unit: '99', purpose: 'prosecution' },
  { ...COURT_AUDITOR, purpose: 'audit' },
]

/** Fabricated person references (64 hex characters). */
const ref = (tag: string, k: number) => `${tag}${k.toString(16).padStart(2, '0')}`.padEnd(64, '0')
const P = Array.from({ length: 8 }, (_, i) => ref('a', i + 1))
const at = (day: string) => `${day}T09:00:00+07:00`

const M = {
  accept: 'mutation($input: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $input) { id } }',
  change: 'mutation($input: ChangeProcuracyStatusInput!) { changeProcuracyStatus(input: $input) { id } }',
  indict: 'mutation($input: IndictInput!) { indict(input: $input) { id } }',
  courtAccept: 'mutation($input: AcceptCourtFileInput!) { acceptCourtFile(input: $input) { id } }',
  courtChange: 'mutation($input: ChangeCourtFileStatusInput!) { changeCourtFileStatus(input: $input) { id } }',
  trial: 'mutation($input: RecordTrialInput!) { recordTrial(input: $input) { id } }',
  appeal: 'mutation($input: FileAppealInput!) { fileAppeal(input: $input) { id } }',
  decide: 'mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { id } }',
  procuracyReport: 'mutation($input: SubmitReportInput!) { submitProcuracyReport(input: $input) { revision } }',
  courtReport: 'mutation($input: SubmitReportInput!) { submitCourtReport(input: $input) { revision } }',
}

const AUDIT_LOG = `query($after: Int) { prosecutionsAuditLog(afterSeq: $after, first: 500) {
  entries { seq at actorSub agency role purpose operation recordType recordRefs fields prevHash hash }
  nextAfterSeq verification { ok entries headHash brokenAt reason } } }`

/** First-half 2025 figures: person counts on purpose small, so that analysts see them suppressed. */
const STATISTICS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProvincialStatistics {
  procuracy { defendantsIndicted defendantsIndictedByArticle { key count suppressed } }
  court { defendantsConvicted convictedByArticle { key count suppressed } convictionsBySentence { key count suppressed }
    triedByKind { key count suppressed } appealsDecidedByOutcome { key count suppressed } } } } }`
const H1_2025 = [{ __typename: 'ProvincialStatistics', periodCode: '2025-H1', unitCode: '99' }]

/** The root fields a type of this subgraph's SDL declares (its definition and extensions). */
function rootFields(typeName: 'Query' | 'Mutation'): string[] {
  return parse(subgraphTypeDefs(SUBGRAPH_DIR))
    .definitions.filter(
      (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
        (d.kind === 'ObjectTypeDefinition' || d.kind === 'ObjectTypeExtension') && d.name.value === typeName,
    )
    .flatMap((d) => (d.fields ?? []).map((f) => f.name.value))
    .sort()
}

interface Row {
  key: string
  count: number | null
  suppressed: boolean
}
const cell = (key: string, count: number | null) => ({ key, count, suppressed: count == null })

describe.each(await testProviders())('prosecutions access and audit on %s', (provider) => {
  let sg: TestSubgraph<Db>
  const ids = { f1: '', i1: '', cf1: '', appeal: '', f2: '', i2: '', f3: '', cf3: '', f4: '', verdict2: '' }
  const ok = async (query: string, variables?: Record<string, unknown>, who: Identity = PROCURACY) => {
    const r = await sg.execute(query, variables, who)
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return r.data
  }
  const write = async (who: Identity, mutation: string, input: unknown) => Object.values((await ok(mutation, { input }, who)) as object)[0] as { id: string }
  const auditLog = async (who: Identity = AUDITOR, after = 0) => (await ok(AUDIT_LOG, { after }, who)).prosecutionsAuditLog
  const rowCounts = async () => ({
    procuracyFile: await sg.db.procuracyFile.count(),
    procuracyStatusChange: await sg.db.procuracyStatusChange.count(),
    defendant: await sg.db.defendant.count(),
    indictment: await sg.db.indictment.count(),
    charge: await sg.db.charge.count(),
    courtFile: await sg.db.courtFile.count(),
    courtStatusChange: await sg.db.courtStatusChange.count(),
    verdict: await sg.db.verdict.count(),
    appeal: await sg.db.appeal.count(),
    reportSubmission: await sg.db.reportSubmission.count(),
    auditEntry: await sg.db.auditEntry.count(),
  })

  beforeAll(async () => {
    sg = await startTestSubgraph(subgraph, provider)
    // F1, first half of 2025: eight accused, six charged under art. 150 and two under art. 151, tried in June
    ids.f1 = (
      await write(PROCURACY, M.accept, { externalRef: 'VKS-AC-1', caseId: randomUUID(), acceptedAt: at('2025-03-03'), unitCode: '99101', defendants: P })
    ).id
    ids.i1 = (
      await write(PROCURACY, M.indict, {
        externalRef: 'CT-AC-1',
        procuracyFileId: ids.f1,
        indictedAt: at('2025-04-01'),
        charges: P.map((personRef, i) => ({ personRef, article: i < 6 ? 150 : 151, clause: 1 })),
      })
    ).id
    ids.cf1 = (await write(COURT, M.courtAccept, { externalRef: 'TA-AC-1', indictmentId: ids.i1, acceptedAt: at('2025-05-02') })).id
    const months = [60, 72, 84, 96, 108]
    await write(COURT, M.trial, {
      judgmentRef: 'BA-AC-1',
      courtFileId: ids.cf1,
      triedAt: at('2025-06-10'),
      kind: 'REGULAR',
      verdicts: [
        ...months.map((m, i) => ({ personRef: P[i], outcome: 'CONVICTED', article: 150, clause: 1, sentenceKind: 'IMPRISONMENT', sentenceMonths: m })),
        { personRef: P[5], outcome: 'CONVICTED', article: 150, clause: 1, sentenceKind: 'LIFE_IMPRISONMENT' },
        { personRef: P[6], outcome: 'CONVICTED', article: 151, clause: 1, sentenceKind: 'IMPRISONMENT', sentenceMonths: 130 },
        { personRef: P[7], outcome: 'ACQUITTED' },
      ],
    })
    const verdicts = await sg.db.verdict.findMany({ include: { defendant: true } })
    const verdictOf = (personRef: string) => verdicts.find((v) => v.defendant.personRef === personRef)!.id
    ids.appeal = (await write(COURT, M.appeal, { externalRef: 'PT-AC-1', verdictId: verdictOf(P[0]!), filedAt: at('2025-06-20'), party: 'DEFENDANT' })).id
    ids.verdict2 = verdictOf(P[1]!)
    // later in 2025: F2 indicted (not yet at the court), F3 at the court, F4 just accepted
    ids.f2 = (
      await write(PROCURACY, M.accept, {
        externalRef: 'VKS-AC-2',
        caseId: randomUUID(),
        acceptedAt: at('2025-08-01'),
        unitCode: '99801',
        defendants: [ref('b', 1)],
      })
    ).id
    ids.i2 = (
      await write(PROCURACY, M.indict, {
        externalRef: 'CT-AC-2',
        procuracyFileId: ids.f2,
        indictedAt: at('2025-08-15'),
        charges: [{ personRef: ref('b', 1), article: 150, clause: 1 }],
      })
    ).id
    ids.f3 = (
      await write(PROCURACY, M.accept, {
        externalRef: 'VKS-AC-3',
        caseId: randomUUID(),
        acceptedAt: at('2025-08-01'),
        unitCode: '99801',
        defendants: [ref('c', 1)],
      })
    ).id
    const i3 = (
      await write(PROCURACY, M.indict, {
        externalRef: 'CT-AC-3',
        procuracyFileId: ids.f3,
        indictedAt: at('2025-08-15'),
        charges: [{ personRef: ref('c', 1), article: 150, clause: 1 }],
      })
    ).id
    ids.cf3 = (await write(COURT, M.courtAccept, { externalRef: 'TA-AC-3', indictmentId: i3, acceptedAt: at('2025-09-01') })).id
    ids.f4 = (
      await write(PROCURACY, M.accept, {
        externalRef: 'VKS-AC-4',
        caseId: randomUUID(),
        acceptedAt: at('2025-08-01'),
        unitCode: '99801',
        defendants: [ref('d', 1)],
      })
    ).id
  })
  afterAll(() => sg?.stop())

  /** One operation per root query of the subgraph, each reading records (the audit log apart). */
  const recordQueries = (): Record<string, [string, Record<string, unknown>?]> => ({
    procuracyFile: ['query($id: ID!) { procuracyFile(id: $id) { externalRef } }', { id: ids.f1 }],
    procuracyFiles: ['{ procuracyFiles(first: 5) { totalCount edges { node { externalRef } } } }'],
    indictment: ['query($id: ID!) { indictment(id: $id) { externalRef } }', { id: ids.i1 }],
    courtFile: ['query($id: ID!) { courtFile(id: $id) { externalRef } }', { id: ids.cf1 }],
    courtFiles: ['{ courtFiles(first: 5) { totalCount } }'],
    verdicts: ['{ verdicts(first: 5) { totalCount } }'],
    defendantsOf: ['query($p: PersonRef!) { defendantsOf(personRef: $p) { id } }', { p: P[0] }],
  })

  it('refuses every record-level root query to analysts, integrators and auditors, and serves them the aggregates', async () => {
    const queries = recordQueries()
    // every root query of the SDL is either a record query listed here or the audit log
    expect([...Object.keys(queries), 'prosecutionsAuditLog'].sort()).toEqual(rootFields('Query').filter((f) => !f.startsWith('_')))
    for (const who of [ANALYST, INTEGRATOR, AUDITOR]) {
      for (const [field, [query, variables]] of Object.entries(queries)) {
        const r = await sg.execute(query, variables, who)
        expect({ who: who.role, field, error: r.errors?.[0]?.extensions }).toEqual({ who: who.role, field, error: { code: 'FORBIDDEN', field } })
        expect(r.data?.[field] ?? null).toBeNull()
      }
    }
    // officers and supervisors with a purpose read them
    for (const [query, variables] of Object.values(queries)) await ok(query, variables, PROCURACY)
    for (const [query, variables] of Object.values(queries)) await ok(query, variables, { ...COURT, role: 'supervisor' })
    // nor can a published role reach a defendant or a verdict by entity reference
    const byKey = await sg.execute(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Verdict { outcome } } }',
      { reps: [{ __typename: 'Verdict', id: ids.verdict2 }] },
      ANALYST,
    )
    expect(byKey.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'Verdict.outcome' })
    // the aggregates: the procuracy's and the court's sections of ProvincialStatistics
    // auditors read them exact; analysts and integrators as published (cell-key perturbation)
    const exact = (await ok(STATISTICS, { reps: H1_2025 }, AUDITOR))._entities[0]
    expect([exact.procuracy.defendantsIndicted, exact.court.defendantsConvicted]).toEqual([8, 7])
    for (const who of [ANALYST, INTEGRATOR]) {
      const stats = (await ok(STATISTICS, { reps: H1_2025 }, who))._entities[0]
      expect([
        ...publishedProblems('procuracy.defendantsIndicted', 8, stats.procuracy.defendantsIndicted),
        ...publishedProblems('court.defendantsConvicted', 7, stats.court.defendantsConvicted),
      ]).toEqual([])
    }
  })

  it('refuses defendants and verdicts to an officer without a declared purpose, naming the field, and notes nothing', async () => {
    const before = await sg.db.auditEntry.count()
    const refusals: [string, Record<string, unknown>, string][] = [
      ['{ verdicts(first: 5) { totalCount edges { cursor node { outcome } } } }', {}, 'verdicts'],
      ['query($id: ID!) { procuracyFile(id: $id) { externalRef defendants { personRef } } }', { id: ids.f1 }, 'ProcuracyFile.defendants'],
      ['query($id: ID!) { courtFile(id: $id) { verdicts { sentenceMonths } } }', { id: ids.cf1 }, 'CourtFile.verdicts'],
      ['query($p: PersonRef!) { defendantsOf(personRef: $p) { id } }', { p: P[0] }, 'defendantsOf'],
      [
        'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Verdict { outcome } } }',
        { reps: [{ __typename: 'Verdict', id: ids.verdict2 }] },
        'Verdict.outcome',
      ],
    ]
    for (const who of [WITHOUT_PURPOSE, COURT_WITHOUT_PURPOSE]) {
      for (const [query, variables, field] of refusals) {
        const r = await sg.execute(query, variables, who)
        expect(r.errors?.length, field).toBeGreaterThan(0)
        for (const e of r.errors!) expect(e.extensions).toEqual({ code: 'FORBIDDEN', field })
        expect(r.errors![0]!.message).toMatch(/X-Purpose-Of-Use/)
      }
    }
    // the files themselves are not person-level: served without a purpose
    const file = await ok('query($id: ID!) { procuracyFile(id: $id) { externalRef status } }', { id: ids.f1 }, WITHOUT_PURPOSE)
    expect(file.procuracyFile).toEqual({ externalRef: 'VKS-AC-1', status: 'INDICTED' })
    expect(await sg.db.auditEntry.count()).toBe(before)
  })

  it('refuses every mutation to callers other than officers and supervisors of the Procuracy and the Court, writing nothing', async () => {
    // inputs the owning office could write (a refusal here is about the caller, never the input)
    const inputs: Record<string, [string, unknown]> = {
      acceptProcuracyFile: [
        M.accept,
        { externalRef: 'VKS-AC-5', caseId: randomUUID(), acceptedAt: at('2025-10-01'), unitCode: '99801', defendants: [ref('e', 1)] },
      ],
      changeProcuracyStatus: [M.change, { decisionRef: 'QD-AC-2', procuracyFileId: ids.f2, status: 'RETURNED_FOR_INVESTIGATION', at: at('2025-10-01') }],
      indict: [
        M.indict,
        { externalRef: 'CT-AC-4', procuracyFileId: ids.f4, indictedAt: at('2025-10-01'), charges: [{ personRef: ref('d', 1), article: 150, clause: 1 }] },
      ],
      acceptCourtFile: [M.courtAccept, { externalRef: 'TA-AC-2', indictmentId: ids.i2, acceptedAt: at('2025-10-01') }],
      changeCourtFileStatus: [M.courtChange, { decisionRef: 'QDTA-AC-3', courtFileId: ids.cf3, status: 'SUSPENDED', at: at('2025-10-01') }],
      recordTrial: [
        M.trial,
        {
          judgmentRef: 'BA-AC-3',
          courtFileId: ids.cf3,
          triedAt: at('2025-10-01'),
          kind: 'REGULAR',
          verdicts: [{ personRef: ref('c', 1), outcome: 'ACQUITTED' }],
        },
      ],
      fileAppeal: [M.appeal, { externalRef: 'PT-AC-2', verdictId: ids.verdict2, filedAt: at('2025-06-25'), party: 'PROCURACY' }],
      decideAppeal: [M.decide, { decisionRef: 'PTQD-AC-1', appealId: ids.appeal, decidedAt: at('2025-10-01'), status: 'UPHELD' }],
      submitProcuracyReport: [M.procuracyReport, { period: { kind: 'YEAR', year: 2024 }, unitCode: '99' }],
      submitCourtReport: [M.courtReport, { period: { kind: 'YEAR', year: 2024 }, unitCode: '99' }],
    }
    expect(Object.keys(inputs).sort()).toEqual(rootFields('Mutation'))
    const before = await rowCounts()
    for (const who of NOT_WRITERS) {
      for (const [field, [mutation, input]] of Object.entries(inputs)) {
        const r = await sg.execute(mutation, { input }, who)
        expect({ who: `${who.agency} ${who.role}`, field, error: r.errors?.[0]?.extensions }).toEqual({
          who: `${who.agency} ${who.role}`,
          field,
          error: { code: 'FORBIDDEN', field },
        })
        expect(r.data ?? null).toBeNull()
      }
    }
    expect(await rowCounts()).toEqual(before)
    // and one office never writes the other's records (the owning-office rule of src/office.ts)
    const crossed: [Identity, string][] = [
      [PROCURACY, 'acceptCourtFile'],
      [PROCURACY, 'recordTrial'],
      [PROCURACY, 'decideAppeal'],
      [COURT, 'indict'],
      [COURT, 'changeProcuracyStatus'],
      [COURT, 'acceptProcuracyFile'],
    ]
    for (const [who, field] of crossed) {
      const [mutation, input] = inputs[field]!
      expect((await sg.execute(mutation, { input }, who)).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field })
    }
    expect(await rowCounts()).toEqual(before)
  })

  it('notes every record a write created or changed and every read of a defendant or a verdict in the audit log (references and field names, never values), served to auditors only', async () => {
    const defendants = await sg.db.defendant.findMany({ where: { fileId: ids.f1 } })
    const defendantIds = defendants.map((d) => d.id).sort()
    const verdictIds = (await sg.db.verdict.findMany({ where: { courtFileId: ids.cf1 } })).map((v) => v.id).sort()
    const byPerson = new Map(defendants.map((d) => [d.personRef, d.id]))
    const who = (o: Identity) => ({ actorSub: o.sub, agency: o.agency, role: o.role, purpose: o.purpose })

    // the fixture's writes, whatever the mutations selected (`{ id }` only)
    const written = (await auditLog()).entries
    const writeOf = (operation: string, recordType: string) => written.find((e: any) => e.operation === `write ${operation}` && e.recordType === recordType)
    expect(writeOf('acceptProcuracyFile', 'Defendant')).toMatchObject({
      ...who(PROCURACY),
      recordRefs: defendantIds,
      fields: ['office', 'personRef', 'procuracyFile'],
    })
    expect(writeOf('indict', 'Defendant')).toMatchObject({ ...who(PROCURACY), recordRefs: defendantIds, fields: ['charges'] })
    expect(written.filter((e: any) => e.operation === 'write recordTrial')).toEqual([
      expect.objectContaining({
        ...who(COURT),
        recordType: 'CourtFile',
        recordRefs: [ids.cf1],
        fields: ['status', 'statusHistory', 'statusSince', 'trial', 'verdicts'],
      }),
      expect.objectContaining({
        ...who(COURT),
        recordType: 'Verdict',
        recordRefs: verdictIds,
        fields: ['article', 'clause', 'courtFile', 'decidedAt', 'defendant', 'office', 'outcome', 'sentenceKind', 'sentenceMonths'],
      }),
    ])
    // every record a write created or changed is noted (NET-14), files, indictments and appeals too (writeAudit.test.ts)
    expect(new Set(written.map((e: any) => e.recordType))).toEqual(new Set(['ProcuracyFile', 'Defendant', 'Indictment', 'CourtFile', 'Verdict', 'Appeal']))

    // reads: the procuracy through a file, the court by entity reference
    const head = (await auditLog()).verification.entries
    await ok(
      'query($id: ID!) { procuracyFile(id: $id) { externalRef defendants { id personRef verdicts { outcome sentenceMonths } } } }',
      { id: ids.f1 },
      PROCURACY,
    )
    await ok(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Verdict { outcome defendant { personRef } } } }',
      { reps: [{ __typename: 'Verdict', id: ids.verdict2 }] },
      COURT,
    )
    const page = await auditLog(AUDITOR, head)
    const read = page.entries.map(({ seq: _s, at: _a, prevHash: _p, hash: _h, ...e }: any) => e)
    expect(read).toEqual([
      { ...who(PROCURACY), operation: 'read procuracyFile', recordType: 'Defendant', recordRefs: defendantIds, fields: ['id', 'personRef', 'verdicts'] },
      { ...who(PROCURACY), operation: 'read procuracyFile', recordType: 'Verdict', recordRefs: verdictIds, fields: ['outcome', 'sentenceMonths'] },
      { ...who(COURT), operation: 'read _entities', recordType: 'Verdict', recordRefs: [ids.verdict2], fields: ['defendant', 'outcome'] },
      { ...who(COURT), operation: 'read _entities', recordType: 'Defendant', recordRefs: [byPerson.get(P[1]!)], fields: ['personRef'] },
    ])
    expect(page.entries.map((e: any) => e.seq)).toEqual([head + 1, head + 2, head + 3, head + 4])
    expect(page.nextAfterSeq).toBeNull()
    expect(page.verification).toMatchObject({ ok: true, entries: head + 4, headHash: page.entries.at(-1).hash })
    expect(page.verification.brokenAt).toBeNull()

    // no personal value anywhere in the log: no person reference, no sentence, no outcome
    const log = JSON.stringify((await auditLog()).entries)
    for (const personRef of [...P, ref('b', 1), ref('c', 1), ref('d', 1)]) expect(log).not.toContain(personRef)
    expect(log).not.toMatch(/CONVICTED|ACQUITTED|IMPRISONMENT|"(60|72|84|96|108|130)"/)

    // the log is for auditors of the Procuracy, the Court and the steering committee only
    for (const auditor of [COURT_AUDITOR, COMMITTEE_AUDITOR]) expect((await auditLog(auditor)).verification.ok).toBe(true)
    for (const refused of [PROCURACY, COURT, ANALYST, INTEGRATOR, POLICE_AUDITOR])
      expect((await sg.execute(AUDIT_LOG, { after: 0 }, refused)).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'prosecutionsAuditLog' })
    // reading the log is not itself a person-level read
    expect((await auditLog()).verification.entries).toBe(head + 4)
  })

  it('publishes person counts to analysts and integrators by the cell-key method: 0 exact, 1..4 suppressed, the others within ±4', async () => {
    const exact = (await ok(STATISTICS, { reps: H1_2025 }, PROCURACY))._entities[0]
    expect(exact.procuracy.defendantsIndictedByArticle).toEqual([cell('150', 6), cell('151', 2)])
    expect(exact.court.convictedByArticle).toEqual([cell('150', 6), cell('151', 1)])
    expect(exact.court.convictionsBySentence.map((r: Row) => r.count)).toEqual([0, 0, 5, 1, 0, 1])
    for (const who of [ANALYST, INTEGRATOR]) {
      const published = (await ok(STATISTICS, { reps: H1_2025 }, who))._entities[0]
      for (const [section, field] of [
        ['procuracy', 'defendantsIndicted'],
        ['procuracy', 'defendantsIndictedByArticle'],
        ['court', 'defendantsConvicted'],
        ['court', 'convictedByArticle'],
        ['court', 'convictionsBySentence'],
      ] as const)
        expect(publishedProblems(`${section}.${field}`, exact[section][field], published[section][field]), field).toEqual([])
      expect(published.court.convictedByArticle[1]).toEqual(cell('151', null))
      expect(published.court.convictionsBySentence[0]).toEqual(cell('NON_CUSTODIAL_REFORM', null))
      // counts of trials and appeals are not person counts: published exactly
      expect(published.court.triedByKind).toEqual(exact.court.triedByKind)
      expect(published.court.triedByKind).toEqual([cell('REGULAR', 1), cell('MODEL_TRIAL', 0), cell('MOBILE_TRIAL', 0)])
      expect(published.court.appealsDecidedByOutcome).toEqual(exact.court.appealsDecidedByOutcome)
    }
  })

  it('detects an altered or deleted audit entry at that entry', async () => {
    const { entries, verification } = await auditLog()
    expect(verification.ok).toBe(true)
    const target = entries[Math.floor(entries.length / 2)]
    const original = await sg.db.auditEntry.findUniqueOrThrow({ where: { seq: target.seq } })
    // someone rewrites who read the records
    await sg.db.auditEntry.update({ where: { seq: target.seq }, data: { actorSub: 'someone-else' } })
    expect((await auditLog()).verification).toMatchObject({ ok: false, brokenAt: target.seq, reason: `entry ${target.seq} was altered` })
    await sg.db.auditEntry.update({ where: { seq: target.seq }, data: { actorSub: original.actorSub } })
    expect((await auditLog()).verification).toMatchObject({ ok: true, entries: entries.length })
    // someone removes the entry
    await sg.db.auditEntry.delete({ where: { seq: target.seq } })
    expect((await auditLog()).verification).toMatchObject({ ok: false, brokenAt: target.seq, reason: `entry ${target.seq} is missing (deleted)` })
    await sg.db.auditEntry.create({ data: original })
    expect((await auditLog()).verification).toMatchObject({ ok: true, entries: entries.length })
  })
})
