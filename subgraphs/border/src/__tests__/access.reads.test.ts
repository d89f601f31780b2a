// Reads of the `border` subgraph by role (NET-7), in process on SQLite and PostgreSQL: record-level
// queries for officers and supervisors only, aggregates for every role; person-level fields only
// with a declared purpose; person counts published to analysts with small cells suppressed.
import { describe, expect, it } from 'vitest'
import { publishedProblems, testProviders } from '@lienthong/kit/testing'
import { ANALYST, BORDER, borderAccessWorld, INTEGRATOR, ref, STATISTICS_INCIDENTS, WITHOUT_PURPOSE } from './accessFixture.ts'

describe.each(await testProviders())('border reads by role on %s', (provider) => {
  const { sg, ids, refusal, auditRows, statistics } = borderAccessWorld(provider)

  const RECORD_QUERIES = {
    borderIncident: 'query($id: ID!) { borderIncident(id: $id) { id } }',
    borderIncidents: '{ borderIncidents { totalCount } }',
    repatriation: 'query($id: ID!) { repatriation(id: $id) { id } }',
    repatriations: '{ repatriations { totalCount } }',
    crossBorderCooperation: 'query($id: ID!) { crossBorderCooperation(id: $id) { id } }',
    crossBorderCooperations: '{ crossBorderCooperations { totalCount } }',
    borderAuditLog: '{ borderAuditLog { entries { seq } } }',
  }

  it('gives analysts and integrators no record-level root query, and the aggregates', async () => {
    const before = await auditRows()
    for (const who of [ANALYST, INTEGRATOR]) {
      for (const [field, query] of Object.entries(RECORD_QUERIES)) {
        const r = await sg.execute(query, { id: ids.incident }, who)
        expect(r.errors?.[0]?.extensions, `${who.role}: ${field}`).toMatchObject({ code: 'FORBIDDEN', field })
        expect(Object.values(r.data ?? {}).filter((v) => v != null)).toEqual([])
      }
      expect((await sg.ok('{ borderGates { code } }', {}, who)).borderGates).toHaveLength(4)
      const [q1] = await statistics(who, '2024-Q1')
      expect(q1.border.incidents.total).toBe(STATISTICS_INCIDENTS.length)
    }
    // the same record-level queries are an officer's daily work
    for (const [field, query] of Object.entries(RECORD_QUERIES)) if (field !== 'borderAuditLog') await sg.ok(query, { id: ids.incident })
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
      await sg.ok(query, variables)
    }
    // an incident names no person itself: its own fields need no purpose
    const incidents = await sg.ok('{ borderIncidents(first: 50) { totalCount edges { node { externalRef } } } }', {}, WITHOUT_PURPOSE)
    expect(incidents.borderIncidents.totalCount).toBe(STATISTICS_INCIDENTS.length + 1)
    // refused reads are not in the log; each of the three reads with a purpose is (one entry each)
    expect(await auditRows()).toBe(before + 3)
  })

  it('publishes person counts to analysts and integrators by the cell-key method: 0 exact, 1..4 suppressed, the others within ±4', async () => {
    const exact = await statistics(BORDER, '2024-M01', '2024-M02', '2024-M03')
    const cells = (rows: any[]) => rows.map(({ key, count, suppressed }) => [key, count, suppressed])
    const byMonth = (p: number, s: number, o: number) => [
      ['PRESUMED_VICTIM', p, false],
      ['SUSPECT', s, false],
      ['OTHER', o, false],
    ]
    expect(exact.map((s) => cells(s.border.incidents.personsByRole))).toEqual([byMonth(7, 2, 6), byMonth(3, 1, 0), byMonth(5, 0, 0)])
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
})
