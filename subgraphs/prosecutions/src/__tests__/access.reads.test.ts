// Reads of the `prosecutions` subgraph by caller (NET-7), in process on SQLite and PostgreSQL:
// record-level queries for officers and supervisors only (every root query is refused to analysts,
// integrators and auditors, the figures reach them through ProvincialStatistics); defendants and
// verdicts only with a declared purpose; person counts published with small cells suppressed.
import { describe, expect, it } from 'vitest'
import { subgraphTypeDefs } from '@lienthong/kit'
import { publishedProblems, rootFieldNamesOf, testProviders } from '@lienthong/kit/testing'
import { SUBGRAPH_DIR } from '../server.ts'
import {
  ANALYST,
  AUDITOR,
  COURT,
  COURT_WITHOUT_PURPOSE,
  H1_2025,
  INTEGRATOR,
  P,
  PROCURACY,
  prosecutionsAccessWorld,
  STATISTICS,
  WITHOUT_PURPOSE,
} from './accessFixture.ts'

interface Row {
  key: string
  count: number | null
  suppressed: boolean
}
const cell = (key: string, count: number | null) => ({ key, count, suppressed: count == null })

describe.each(await testProviders())('prosecutions reads by caller on %s', (provider) => {
  const { sg, ids } = prosecutionsAccessWorld(provider)

  /** One operation per root query of the subgraph, each reading records (the audit log apart). */
  const recordQueries = (): Record<string, [string, Record<string, unknown>?]> => ({
    procuracyFile: ['query($id: ID!) { procuracyFile(id: $id) { externalRef } }', { id: ids.f1 }],
    procuracyFiles: ['{ procuracyFiles(first: 5) { totalCount edges { node { externalRef } } } }'],
    indictment: ['query($id: ID!) { indictment(id: $id) { externalRef } }', { id: ids.i1 }],
    indictments: ['{ indictments(first: 5) { totalCount edges { node { externalRef } } } }'],
    courtFile: ['query($id: ID!) { courtFile(id: $id) { externalRef } }', { id: ids.cf1 }],
    courtFiles: ['{ courtFiles(first: 5) { totalCount } }'],
    verdicts: ['{ verdicts(first: 5) { totalCount } }'],
    defendantsOf: ['query($p: PersonRef!) { defendantsOf(personRef: $p) { id } }', { p: P[0] }],
  })

  it('refuses every record-level root query to analysts, integrators and auditors, and serves them the aggregates', async () => {
    const queries = recordQueries()
    // every root query of the SDL is either a record query listed here or the audit log
    expect([...Object.keys(queries), 'prosecutionsAuditLog'].sort()).toEqual(rootFieldNamesOf(subgraphTypeDefs(SUBGRAPH_DIR), 'Query'))
    for (const who of [ANALYST, INTEGRATOR, AUDITOR]) {
      for (const [field, [query, variables]] of Object.entries(queries)) {
        const r = await sg.execute(query, variables, who)
        expect({ who: who.role, field, error: r.errors?.[0]?.extensions }).toEqual({ who: who.role, field, error: { code: 'FORBIDDEN', field } })
        expect(r.data?.[field] ?? null).toBeNull()
      }
    }
    // officers and supervisors with a purpose read them
    for (const [query, variables] of Object.values(queries)) await sg.ok(query, variables, PROCURACY)
    for (const [query, variables] of Object.values(queries)) await sg.ok(query, variables, { ...COURT, role: 'supervisor' })
    // nor can a published role reach a defendant or a verdict by entity reference
    const byKey = await sg.execute(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Verdict { outcome } } }',
      { reps: [{ __typename: 'Verdict', id: ids.verdict2 }] },
      ANALYST,
    )
    expect(byKey.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'Verdict.outcome' })
    // the aggregates: the procuracy's and the court's sections of ProvincialStatistics
    // auditors read them exact; analysts and integrators as published (cell-key perturbation)
    const exact = (await sg.ok(STATISTICS, { reps: H1_2025 }, AUDITOR))._entities[0]
    expect([exact.procuracy.defendantsIndicted, exact.court.defendantsConvicted]).toEqual([8, 7])
    for (const who of [ANALYST, INTEGRATOR]) {
      const stats = (await sg.ok(STATISTICS, { reps: H1_2025 }, who))._entities[0]
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
    const file = await sg.ok('query($id: ID!) { procuracyFile(id: $id) { externalRef status } }', { id: ids.f1 }, WITHOUT_PURPOSE)
    expect(file.procuracyFile).toEqual({ externalRef: 'VKS-AC-1', status: 'INDICTED' })
    expect(await sg.db.auditEntry.count()).toBe(before)
  })

  it('publishes person counts to analysts and integrators by the cell-key method: 0 exact, 1..4 suppressed, the others within ±4', async () => {
    const exact = (await sg.ok(STATISTICS, { reps: H1_2025 }, PROCURACY))._entities[0]
    expect(exact.procuracy.defendantsIndictedByArticle).toEqual([cell('150', 6), cell('151', 2)])
    expect(exact.court.convictedByArticle).toEqual([cell('150', 6), cell('151', 1)])
    expect(exact.court.convictionsBySentence.map((r: Row) => r.count)).toEqual([0, 0, 5, 1, 0, 1])
    for (const who of [ANALYST, INTEGRATOR]) {
      const published = (await sg.ok(STATISTICS, { reps: H1_2025 }, who))._entities[0]
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
})
