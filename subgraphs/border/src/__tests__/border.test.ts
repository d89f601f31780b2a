// Reads of the `border` subgraph over the demo seed, on SQLite and PostgreSQL: entities by key,
// batching by SQL count (the audit log's statements counted apart), filters and pagination, and
// the seed's consistency with the world.
import { describe, expect, it } from 'vitest'
import { auditFlushStatements, DEV_NETWORK_KEY, demoWorld, isAuditFlushStatement } from '@lienthong/kit'
import { adminUnits } from '@lienthong/schema'
import {
  badFilterProblems,
  connectionPages,
  externalRefFilterProblems,
  seededSubgraphForBlock,
  testCaller,
  testProviders,
  type TestSubgraph,
} from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { borderDemo } from '../../prisma/seed.ts'
import { recordIncidentInput } from '../../prisma/demo/incidents.ts'
import type { Db } from '../db.ts'

const { borderIncidents } = demoWorld(DEV_NETWORK_KEY)
const demo = borderDemo(DEV_NETWORK_KEY)

/** The statements of the last request: reads of the data, and the audit log's flush (NET-7; its turn on the chain, NET-9). */
const statementsOf = (sg: TestSubgraph<Db>) => {
  const audit = sg.statements.statements.filter(isAuditFlushStatement).length
  return { data: sg.statements.count - audit, audit }
}

describe.each(await testProviders())('border subgraph on %s', (provider) => {
  const sg = seededSubgraphForBlock(subgraph, provider)

  it('places every demo incident in a coastal or land-border commune valid on its date', async () => {
    const r: any = await sg.execute('{ borderIncidents(first: 200) { totalCount edges { node { unitCode occurredAt placeType } } } }')
    expect(r.data.borderIncidents.totalCount).toBe(borderIncidents.length)
    for (const { node } of r.data.borderIncidents.edges) {
      const unit = adminUnits().get(node.unitCode)!
      expect(unit.tags.some((t) => t === 'coastal' || t === 'land-border')).toBe(true)
      expect(adminUnits().isValidOn(node.unitCode, new Date(node.occurredAt))).toBe(true)
    }
  })

  it('keeps the world hand-overs: the police case of each incident and the support case of each person', async () => {
    const r: any = await sg.execute(
      '{ borderIncidents(first: 200) { edges { node { id status handedToCase { id } persons { role person { personRef } supportCase { id } } } } } }',
    )
    const byId = new Map(r.data.borderIncidents.edges.map((e: any) => [e.node.id, e.node]))
    for (const i of borderIncidents) {
      const got: any = byId.get(i.id)
      expect(got.handedToCase?.id ?? null).toBe(i.handedToCaseId)
      expect(got.status === 'HANDED_TO_POLICE').toBe(i.handedToCaseId != null)
      for (const p of i.persons)
        expect(got.persons).toContainEqual({
          role: 'PRESUMED_VICTIM',
          person: { personRef: p.personRef },
          supportCase: p.supportCaseId ? { id: p.supportCaseId } : null,
        })
    }
  })

  it('extends Person with their incidents and repatriations and resolves every entity by key', async () => {
    const i = borderIncidents[0]!
    const ref = i.persons[0]!.personRef
    const rep = demo.repatriations.repatriations[0]!
    const coop = demo.cooperations[0]!
    const r: any = await sg.execute(
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Person { borderIncidents { externalRef } repatriations { externalRef } }
      ... on BorderIncident { externalRef involved: persons { role person { personRef } } }
      ... on Repatriation { externalRef gate { code } persons { personRef } }
      ... on CrossBorderCooperation { externalRef status } } }`,
      {
        reps: [
          { __typename: 'Person', personRef: ref },
          { __typename: 'BorderIncident', id: i.id },
          { __typename: 'Repatriation', id: rep.id },
          { __typename: 'CrossBorderCooperation', id: coop.id },
          { __typename: 'Repatriation', id: 'no-such-id' },
        ],
      },
    )
    expect(r.errors).toBeUndefined()
    const [person, incident, repatriation, cooperation, missing] = r.data._entities
    expect(person.borderIncidents.map((x: any) => x.externalRef).sort()).toEqual(
      borderIncidents
        .filter((x) => x.persons.some((p) => p.personRef === ref))
        .map((x) => x.externalRef)
        .sort(),
    )
    const repsOf = new Set(demo.repatriations.persons.filter((p) => p.personRef === ref).map((p) => p.repatriationId))
    expect(person.repatriations.map((x: any) => x.externalRef).sort()).toEqual(
      demo.repatriations.repatriations
        .filter((x) => repsOf.has(x.id))
        .map((x) => x.externalRef)
        .sort(),
    )
    expect(incident.involved).toContainEqual({ role: 'PRESUMED_VICTIM', person: { personRef: ref } }) // aliased: nullable here (victim-level), non-null on Repatriation
    expect(repatriation).toEqual({
      externalRef: rep.externalRef,
      gate: { code: rep.gateCode },
      persons: demo.repatriations.persons
        .filter((p) => p.repatriationId === rep.id)
        .map((p) => ({ personRef: p.personRef }))
        .sort((a, b) => a.personRef.localeCompare(b.personRef)),
    })
    expect(cooperation).toEqual({ externalRef: coop.externalRef, status: coop.status })
    expect(missing).toBeNull()
  })

  it('answers an agency re-sending a seeded record as a replay (the seed keeps the keyed digest of its input), writing nothing', async () => {
    const i = demo.incidents.incidents[0]!
    const persons = demo.incidents.persons.filter((p) => p.incidentId === i.id)
    const rep = demo.repatriations.repatriations[0]!
    const coop = demo.cooperations[0]!
    const sends = [
      ['recordBorderIncident', 'RecordBorderIncidentInput', i.id, recordIncidentInput(i, persons)],
      [
        'recordRepatriation',
        'RecordRepatriationInput',
        rep.id,
        {
          externalRef: rep.externalRef,
          fromCountry: rep.fromCountry,
          gateCode: rep.gateCode,
          receivedAt: rep.receivedAt,
          personRefs: demo.repatriations.persons.filter((p) => p.repatriationId === rep.id).map((p) => p.personRef),
        },
      ],
      [
        'recordCrossBorderCooperation',
        'RecordCrossBorderCooperationInput',
        coop.id,
        {
          externalRef: coop.externalRef,
          direction: coop.direction,
          counterpart: coop.counterpart,
          counterpartCountry: coop.counterpartCountry,
          counterpartRef: coop.counterpartRef,
          subject: coop.subject,
          requestedAt: coop.requestedAt,
          incidentId: coop.incidentId,
          repatriationId: coop.repatriationId,
        },
      ],
    ] as const
    const counts = () => Promise.all([sg.db.borderIncident.count(), sg.db.repatriation.count(), sg.db.crossBorderCooperation.count()])
    const before = await counts()
    for (const [name, type, id, input] of sends) {
      const r: any = await sg.execute(`mutation($input: ${type}!) { ${name}(input: $input) { id } }`, { input: JSON.parse(JSON.stringify(input)) })
      expect(r.errors, name).toBeUndefined()
      expect(r.data[name].id).toBe(id)
    }
    expect(await counts()).toEqual(before)
  })

  it('batches: the same SQL count for 1 and for 25 incidents with persons, cooperations and repatriations', async () => {
    // the single incident takes every round: it has a cooperation record and a person repatriated with one
    const single = borderIncidents.find(
      (i) =>
        demo.cooperations.some((c) => c.incidentId === i.id) &&
        demo.incidents.persons.some(
          (p) =>
            p.incidentId === i.id &&
            demo.repatriations.persons.some((rp) => rp.personRef === p.personRef && demo.cooperations.some((c) => c.repatriationId === rp.repatriationId)),
        ),
    )!
    const run = async (n: number) => {
      sg.statements.reset()
      const r: any = await sg.execute(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on BorderIncident { id
        cooperations { externalRef } persons { role person { personRef repatriations { id cooperations { id } } } } } } }`,
        { reps: [single, ...borderIncidents.filter((i) => i !== single)].slice(0, n).map((x) => ({ __typename: 'BorderIncident', id: x.id })) },
      )
      expect(r.errors).toBeUndefined()
      expect(r.data._entities.filter(Boolean)).toHaveLength(n)
      return statementsOf(sg)
    }
    const one = await run(1)
    // reads: 6; the audit log: one entry per record type read (IncidentInvolvement, Person, Repatriation)
    expect(one).toEqual({ data: 6, audit: auditFlushStatements(provider, 3) })
    expect(await run(25)).toEqual(one)
  })

  it('batches repatriations by key: the same SQL count for 1 and for all of them', async () => {
    const single = demo.repatriations.repatriations.find(
      (r) =>
        demo.cooperations.some((c) => c.repatriationId === r.id) &&
        demo.repatriations.persons.some((p) => p.repatriationId === r.id && demo.incidents.persons.some((ip) => ip.personRef === p.personRef)),
    )!
    const run = async (n: number) => {
      sg.statements.reset()
      const r: any = await sg.execute(
        'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Repatriation { id persons { borderIncidents { id } } cooperations { status } } } }',
        { reps: [single, ...demo.repatriations.repatriations.filter((r) => r !== single)].slice(0, n).map((x) => ({ __typename: 'Repatriation', id: x.id })) },
      )
      expect(r.errors).toBeUndefined()
      expect(r.data._entities.filter(Boolean)).toHaveLength(n)
      return statementsOf(sg)
    }
    const one = await run(1)
    // reads: 5; the audit log: one entry per record type read (Repatriation, Person)
    expect(one).toEqual({ data: 5, audit: auditFlushStatements(provider, 2) })
    expect(await run(demo.repatriations.repatriations.length)).toEqual(one)
  })

  it('filters incidents by period, unit (across the 2025 reform), status and type', async () => {
    const q = 'query($f: BorderIncidentFilter) { borderIncidents(first: 200, filter: $f) { totalCount edges { node { externalRef } } } }'
    const refs = async (f: object) => {
      const r: any = await sg.execute(q, { f })
      expect(r.errors).toBeUndefined()
      expect(r.data.borderIncidents.totalCount).toBe(r.data.borderIncidents.edges.length)
      return r.data.borderIncidents.edges.map((e: any) => e.node.externalRef).sort()
    }
    const vnYear = (d: Date) => new Date(d.getTime() + 7 * 3600_000).getUTCFullYear()
    expect(await refs({ period: { kind: 'YEAR', year: 2024 } })).toEqual(
      borderIncidents
        .filter((i) => vnYear(i.occurredAt) === 2024)
        .map((i) => i.externalRef)
        .sort(),
    )
    // the merged commune Xã Cửa Khẩu Biên Giang takes in Xã Cửa Khẩu and Xã Phong Thạnh
    expect(await refs({ unitCode: '99803' })).toEqual(
      borderIncidents
        .filter((i) => ['99201', '99202', '99803'].includes(i.unitCode))
        .map((i) => i.externalRef)
        .sort(),
    )
    expect(await refs({ unitCode: '99' })).toHaveLength(borderIncidents.length)
    expect(await refs({ status: 'HANDED_TO_POLICE', incidentType: 'RESCUE' })).toEqual(
      borderIncidents
        .filter((i) => i.handedToCaseId && i.incidentType === 'RESCUE')
        .map((i) => i.externalRef)
        .sort(),
    )
    expect(await badFilterProblems(sg, q)).toEqual([])
  })

  it('pages through every repatriation once, newest first, and filters them by country and status', async () => {
    const { pages } = await connectionPages(sg, 'repatriations', 7, 'node { externalRef receivedAt }')
    for (const dates of pages.map((page) => page.map((e) => e.node.receivedAt))) expect([...dates].sort().reverse()).toEqual(dates)
    expect(
      pages
        .flat()
        .map((e) => e.node.externalRef)
        .sort(),
    ).toEqual(demo.repatriations.repatriations.map((x) => x.externalRef).sort())
    const r: any = await sg.execute('{ repatriations(first: 200, filter: { fromCountry: "CN", status: VERIFIED }) { totalCount } }')
    expect(r.data.repatriations.totalCount).toBe(demo.repatriations.repatriations.filter((x) => x.fromCountry === 'CN' && x.status === 'VERIFIED').length)
    const c: any = await sg.execute(
      '{ crossBorderCooperations(first: 200, filter: { counterpart: NEIGHBOURING_BORDER_POST, direction: INCOMING }) { totalCount } }',
    )
    expect(c.data.crossBorderCooperations.totalCount).toBe(
      demo.cooperations.filter((x) => x.counterpart === 'NEIGHBOURING_BORDER_POST' && x.direction === 'INCOMING').length,
    )
  })

  it('resolves its own references to incidents and repatriations (bulk imports): exactly those asked, at most 100, one statement, with the other filters and the access rules', async () => {
    const [analyst, noPurpose] = [testCaller('border_guard', 'analyst'), testCaller('border_guard', 'officer')]
    const lists = [
      { field: 'borderIncidents', filterType: 'BorderIncidentFilter', narrowing: { status: 'HANDED_TO_POLICE' }, refused: [analyst] },
      { field: 'repatriations', filterType: 'RepatriationFilter', narrowing: { fromCountry: 'CN' }, refused: [analyst, noPurpose] },
    ]
    for (const list of lists) expect(await externalRefFilterProblems(sg, list)).toEqual([])
  })

  it('lists the border gates, each in a checkpoint or port commune of the register', async () => {
    const r: any = await sg.execute('{ borderGates { code kind neighbourCountry unitCodes } }')
    expect(r.data.borderGates).toHaveLength(4)
    for (const g of r.data.borderGates) {
      for (const code of g.unitCodes) expect(adminUnits().get(code)!.tags).toContain(g.kind === 'LAND' ? 'checkpoint' : 'port')
      expect(g.neighbourCountry == null).toBe(g.kind === 'SEAPORT')
    }
  })

  it('seeding twice changes nothing (idempotent by external reference)', async () => {
    await subgraph.seedDemo!(sg.db, DEV_NETWORK_KEY)
    expect(await sg.db.borderIncident.count()).toBe(borderIncidents.length)
    expect(await sg.db.repatriation.count()).toBe(demo.repatriations.repatriations.length)
    expect(await sg.db.crossBorderCooperation.count()).toBe(demo.cooperations.length)
  })
})
