// Reads of Social Affairs' records by caller (NET-7), in process on SQLite and PostgreSQL: record-level
// queries for officers and supervisors only, victim-level data only with a declared purpose, and the
// suppression of small person counts for analysts.
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { publishedProblems, rootFieldsOf, testProviders } from '@lienthong/kit/testing'
import { personRefOf } from '@lienthong/schema'
import { ANALYST, at, INTEGRATOR, NO_PURPOSE, OFFICER, person, probe, STATISTICS, supportAccessWorld } from './accessFixture.ts'
import { OTHER_COUNT_FIELDS, PERSON_COUNT_FIELDS, publicationProblems } from './statisticsFixture.ts'
import { writeOf } from './writeInputs.ts'

const K = 5
const COUNTY_CENTRE = { name: 'Trung tâm Công tác xã hội tỉnh Hải Biên', type: 'SOCIAL_PROTECTION_CENTRE' }

describe.each(await testProviders())('support reads by caller on %s', (provider) => {
  const { sg, world, ext } = supportAccessWorld(provider)

  it('refuses every record-level root query to analysts and integrators, and serves them the aggregates', async () => {
    const queries = rootFieldsOf(world.sdl, 'Query')
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
      const stats = await sg.ok(STATISTICS, { reps: [{ __typename: 'ProvincialStatistics', periodCode: '2025', unitCode: '99' }] }, who)
      // one case, one person: below k, so published to analysts and integrators as protected (null), never as 1
      expect(stats._entities[0].support).toMatchObject({ casesReceived: null, personsReceived: null })
      expect(stats._entities[0].socialAffairsReporting).toMatchObject({ periodCode: '2025' })
    }
  })

  it('refuses victim-level data to an officer without a declared purpose, naming the field that leads to it', async () => {
    const { caseId, referralId, contactId } = world
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
    expect((await sg.ok('query($id: ID!) { supportCase(id: $id) { externalRef followUps { outcome } } }', { id: caseId })).supportCase).toEqual({
      externalRef: 'ACC-C-1',
      followUps: [],
    })
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
      const { id } = await sg.mutate(writeOf('receiveSupportCase'), {
        externalRef: `PUB-C-${i}`,
        personRef: personRefOf(`0999000004${String(i).padStart(2, '0')}`, DEV_NETWORK_KEY),
        receivedAt: at(day),
        facility: p.facility,
        unitCode: i % 2 ? '99201' : '99202',
        arrival: p.arrival,
        ...(p.screened ? { screening: { result: 'PRESUMED_VICTIM', screenedAt: at(day, '15:00') } } : {}),
      })
      const service = (type: string, ref: string) =>
        sg.mutate(writeOf('recordSupportService'), { externalRef: ref, supportCaseId: id, type, provider: COUNTY_CENTRE, startedOn: day })
      await service('ESSENTIAL_INITIAL_SUPPORT', `PUB-S-${i}`)
      if (p.shelter) await service('SHELTER', `PUB-SH-${i}`)
      const followUp = { externalRef: `PUB-F-${i}`, supportCaseId: id, followedUpAt: at('2024-09-01'), outcome: 'REINTEGRATED' }
      if (p.followUp) await sg.mutate(writeOf('recordReintegrationFollowUp'), followUp)
    }
  }

  const statistics = async (who: Identity) =>
    (await sg.ok(STATISTICS, { reps: [{ __typename: 'ProvincialStatistics', periodCode: '2024', unitCode: '99' }] }, who))._entities[0].support

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
})
