// Reads of the police subgraph by caller (NET-7), in process on SQLite and PostgreSQL: record-level
// queries for officers and supervisors only, victim-level data only with a declared purpose, the
// victims' personal fields by agency × role × unit scope, and person counts published to analysts
// with small cells suppressed.
import { describe, expect, it } from 'vitest'
import { publishedProblems, testProviders } from '@lienthong/kit/testing'
import { A, AGENCIES, errorsOf, PERSONAL, POLICE, policeAccessWorld, R, REF_A, REF_R, ROLES, who } from './accessFixture.ts'

describe.each(await testProviders())('police reads by caller on %s', (provider) => {
  const { sg, ids, headSeq, rootFields } = policeAccessWorld(provider)

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
      htcdsRelease: '{ htcdsRelease(year: 2024) { k } }',
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
        for (const query of Object.values(aggregates)) await sg.ok(query, {}, as)
      }
    }
    // (the audit log is for auditors, the HTCDS release for steering committee supervisors: htcdsAccess.test.ts)
    for (const [field, query] of Object.entries(recordLevel)) if (field !== 'policeAuditLog' && field !== 'htcdsRelease') await sg.ok(query, {}, POLICE)
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
      const data = await sg.ok(`{ policeVictims(first: ${first}) { edges { node { externalRef ${PERSONAL.join(' ')} } } } }`)
      expect(data.policeVictims.edges).toHaveLength(first)
      return sg.statements.count
    }
    expect(await run(9)).toBe(await run(1))
  })

  it('(f) publishes person counts to analysts and integrators by the cell-key method (0 exact, 1..4 suppressed, others within ±4), never counts of cases or reports', async () => {
    const L = '{ key count suppressed }'
    const P = `{ total bySex ${L} byCitizenship ${L} }`
    const query = `{ provincialStatistics(period: { kind: YEAR, year: 2024 }) {
      police { reportsByKind ${L} casesByForm ${L} casesByUnit ${L} suspects suspectsBySex ${L} suspectsByCitizenship ${L} personsRescued }
      victims { total excludedForConsent bySex ${L} byAgeBand ${L} bySexAndAgeGroup ${L} byCitizenship ${L} byForm ${L} byRoute ${L} byDestination ${L} byAgency ${L} byUnit ${L} }
      justiceFunnel { convictedPersons suspects ${P} indicted ${P} convicted ${P} } } }`
    /** The person counts of the answer, by section. */
    const PERSON_COUNTS = {
      police: ['suspects', 'suspectsBySex', 'suspectsByCitizenship', 'personsRescued'],
      victims: [
        'total',
        'excludedForConsent',
        'bySex',
        'byAgeBand',
        'bySexAndAgeGroup',
        'byCitizenship',
        'byForm',
        'byRoute',
        'byDestination',
        'byAgency',
        'byUnit',
      ],
      justiceFunnel: ['convictedPersons', ...['suspects', 'indicted', 'convicted'].flatMap((s) => [`${s}.total`, `${s}.bySex`, `${s}.byCitizenship`])],
    }
    const paths = Object.entries(PERSON_COUNTS).flatMap(([section, fields]) => fields.map((f) => `${section}.${f}`))
    const at = (o: any, path: string) => path.split('.').reduce((x, k) => x[k], o)
    const exact = (await sg.ok(query)).provincialStatistics
    expect(exact.victims.total).toBe(8)
    expect(exact.victims.bySex).toEqual([
      { key: 'MALE', count: 1, suppressed: false },
      { key: 'FEMALE', count: 7, suppressed: false },
      { key: 'UNKNOWN', count: 0, suppressed: false },
    ])
    for (const role of ['analyst', 'integrator'] as const) {
      const published = (await sg.ok(query, {}, who('steering_committee', role))).provincialStatistics
      for (const path of paths) expect(publishedProblems(path, at(exact, path), at(published, path)), path).toEqual([])
      expect(published.victims.bySex[0]).toEqual({ key: 'MALE', count: null, suppressed: true })
      expect(published.victims.bySex[2]).toEqual({ key: 'UNKNOWN', count: null, suppressed: true })
      // the same eight persons: the total and the FORCED_LABOUR line (all eight) are published the same
      expect(published.victims.byForm.find((c: any) => c.key === 'FORCED_LABOUR').count).toBe(published.victims.total)
      for (const path of ['police.reportsByKind', 'police.casesByForm', 'police.casesByUnit']) expect(at(published, path), path).toEqual(at(exact, path))
    }
  })
})
