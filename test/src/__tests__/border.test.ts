// The Border Guard subgraph through the gateway over real HTTP, on SQLite and PostgreSQL:
// hand-overs resolved by the police and Social Affairs, repatriations and cooperation records
// written by a Border Guard officer with their validation, transitions and idempotency, and read
// back (by the police officer the network acts as by default) with filters.
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { testProviders } from '@lienthong/kit/testing'
import { everyPage, ok, refusalOf } from '../answers.ts'
import { TEST_OFFICERS, type Query } from '../network.ts'
import { useNetwork } from '../sharedNetwork.ts'
import { withVersionRead } from '../versions.ts'

const world = demoWorld(DEV_NETWORK_KEY)
const caseById = new Map(world.cases.map((c) => [c.id, c]))
const supportById = new Map(world.supportCases.map((s) => [s.id, s]))

describe.each(await testProviders())('Border Guard through the gateway on %s', (provider) => {
  /** Only the Border Guard writes its records; reads run as the police officer the network acts as by default. */
  const { net, callers } = useNetwork(provider, { callers: { border: TEST_OFFICERS.border_guard } })
  const read = (query: string, variables?: Record<string, unknown>) => ok(net.query, query, variables)
  /** Variables whose input names the version of its record as read just before (docs/concurrency.md). */
  const versioned = async (as: Query, variables?: Record<string, unknown>) =>
    variables?.input ? { ...variables, input: await withVersionRead(as, variables.input as Record<string, unknown>) } : variables
  const write = async (mutation: string, variables: Record<string, unknown>) => ok(callers.border, mutation, await versioned(callers.border, variables))
  /** The code and field of the first error of a write that must be refused. */
  const writeRefused = async (mutation: string, variables: Record<string, unknown>) => {
    const { code, field } = refusalOf(await callers.border(mutation, await versioned(callers.border, variables))) ?? {}
    return { code, field }
  }

  it('follows the demo incidents to the police cases and support cases they were handed to', async () => {
    const data = await read(`{ borderIncidents(first: 100, filter: { status: HANDED_TO_POLICE }) { totalCount edges { node {
      externalRef handedToCase { externalRef openedAt } persons { person { personRef } supportCase { externalRef facility } } } } } }`)
    const handed = world.borderIncidents.filter((i) => i.handedToCaseId)
    expect(data.borderIncidents.totalCount).toBe(handed.length)
    for (const { node } of data.borderIncidents.edges) {
      const i = handed.find((x) => x.externalRef === node.externalRef)!
      const c = caseById.get(i.handedToCaseId!)!
      expect(node.handedToCase).toEqual({ externalRef: c.externalRef, openedAt: c.openedAt.toISOString() })
    }
    const all = await read(
      '{ borderIncidents(first: 100) { edges { node { externalRef persons { person { personRef } supportCase { externalRef facility } } } } } }',
    )
    let supported = 0
    for (const { node } of all.borderIncidents.edges) {
      const i = world.borderIncidents.find((x) => x.externalRef === node.externalRef)!
      for (const p of i.persons) {
        const s = p.supportCaseId ? supportById.get(p.supportCaseId)! : null
        if (s) supported++
        expect(node.persons).toContainEqual({ person: { personRef: p.personRef }, supportCase: s && { externalRef: s.externalRef, facility: s.facility } })
      }
    }
    expect(supported).toBe(world.borderIncidents.flatMap((i) => i.persons).filter((p) => p.supportCaseId).length)
  })

  it('records an incident, hands it to the police as a report then a case, and its victim to Social Affairs', async () => {
    const c = world.cases.find((x) => world.supportCases.some((s) => x.victimRefs.includes(s.personRef)))!
    const victim = c.victimRefs.find((v) => world.supportCases.some((s) => s.personRef === v))!
    const support = world.supportCases.find((s) => s.personRef === victim)!
    const report = world.hotlineReports[0]!
    const input = {
      externalRef: 'BP-GW-0001',
      occurredAt: '2024-07-15T06:30:00+07:00',
      placeType: 'CHECKPOINT',
      incidentType: 'INTERCEPTION',
      unitCode: '99402',
      otherCountry: 'LA',
      persons: [
        { personRef: victim, role: 'PRESUMED_VICTIM' },
        { personRef: c.suspectRefs[0], role: 'SUSPECT' },
      ],
    }
    const RECORD = 'mutation($input: RecordBorderIncidentInput!) { recordBorderIncident(input: $input) { id status persons { role person { personRef } } } }'
    const created = (await write(RECORD, { input })).recordBorderIncident
    expect(created.status).toBe('OPEN')
    expect((await write(RECORD, { input })).recordBorderIncident.id).toBe(created.id)
    expect(await writeRefused(RECORD, { input: { ...input, incidentType: 'RESCUE' } })).toEqual({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    expect(await writeRefused(RECORD, { input: { ...input, externalRef: 'BP-GW-0002', unitCode: '99807' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.unitCode',
    })

    const HAND = `mutation($input: HandOverIncidentToPoliceInput!) { handOverIncidentToPolice(input: $input) {
      status handedOverAt handedToReport { id externalRef } handedToCase { id externalRef victims { personRef } } } }`
    const asReport = (await write(HAND, { input: { incidentId: created.id, reportId: report.reportId, handedOverAt: '2024-07-15T10:00:00+07:00' } }))
      .handOverIncidentToPolice
    expect(asReport).toEqual({
      status: 'HANDED_TO_POLICE',
      handedOverAt: '2024-07-15T03:00:00.000Z',
      handedToReport: { id: report.reportId, externalRef: report.externalRef },
      handedToCase: null,
    })
    const asCase = (await write(HAND, { input: { incidentId: created.id, caseId: c.id, handedOverAt: '2024-07-20T10:00:00+07:00' } })).handOverIncidentToPolice
    expect(asCase.handedToCase.externalRef).toBe(c.externalRef)
    expect(asCase.handedToCase.victims.map((v: any) => v.personRef)).toContain(victim)
    const other = world.cases.find((x) => x.id !== c.id)!
    expect(await writeRefused(HAND, { input: { incidentId: created.id, caseId: other.id, handedOverAt: '2024-07-21T10:00:00+07:00' } })).toEqual({
      code: 'ILLEGAL_TRANSITION',
      field: 'input.caseId',
    })

    const TO_SUPPORT = `mutation($input: HandOverPersonToSupportInput!) { handOverPersonToSupport(input: $input) {
      persons { role person { personRef } supportCase { externalRef facility person { personRef } } } } }`
    const bad = await writeRefused(TO_SUPPORT, {
      input: { incidentId: created.id, personRef: c.suspectRefs[0], supportCaseId: support.id, handedOverAt: '2024-07-16T08:00:00+07:00' },
    })
    expect(bad).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personRef' })
    const handed = (
      await write(TO_SUPPORT, { input: { incidentId: created.id, personRef: victim, supportCaseId: support.id, handedOverAt: '2024-07-16T08:00:00+07:00' } })
    ).handOverPersonToSupport
    expect(handed.persons).toContainEqual({
      role: 'PRESUMED_VICTIM',
      person: { personRef: victim },
      supportCase: { externalRef: support.externalRef, facility: support.facility, person: { personRef: victim } },
    })

    // the police see the incident on the victim they know
    const seen = await read('query($id: ID!) { criminalCase(id: $id) { victims { personRef borderIncidents { externalRef status } } } }', { id: c.id })
    expect(seen.criminalCase.victims.find((v: any) => v.personRef === victim).borderIncidents).toContainEqual({
      externalRef: 'BP-GW-0001',
      status: 'HANDED_TO_POLICE',
    })
  })

  it('receives repatriated victims at a gate, verifies them with the embassy reference and reaches them from the police case', async () => {
    const c = world.cases.find((x) => x.destinationCountry === 'CN')!
    const RECORD =
      'mutation($input: RecordRepatriationInput!) { recordRepatriation(input: $input) { id unitCode status gate { code name } persons { personRef } } }'
    const input = { externalRef: 'HH-GW-001', fromCountry: 'CN', gateCode: 'CK-CUA-KHAU', receivedAt: '2025-09-03T10:00:00+07:00', personRefs: c.victimRefs }
    expect(await writeRefused(RECORD, { input: { ...input, gateCode: 'CK-PA-THOM' } })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.fromCountry' })
    const rep = (await write(RECORD, { input })).recordRepatriation
    expect(rep).toMatchObject({ unitCode: '99803', status: 'PENDING', gate: { code: 'CK-CUA-KHAU' } })
    expect(rep.persons.map((p: any) => p.personRef)).toEqual([...c.victimRefs].sort())
    expect((await write(RECORD, { input: { ...input, personRefs: [...c.victimRefs].reverse() } })).recordRepatriation.id).toBe(rep.id)

    const UPDATE = 'mutation($input: UpdateRepatriationStatusInput!) { updateRepatriationStatus(input: $input) { status statusChangedAt embassyRef } }'
    expect(
      await writeRefused(UPDATE, { input: { repatriationId: rep.id, status: 'VERIFIED', at: '2025-09-05T10:00:00+07:00', embassyRef: 'DSQ-CN-2025-777' } }),
    ).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    await write(UPDATE, { input: { repatriationId: rep.id, status: 'IN_PROGRESS', at: '2025-09-04T10:00:00+07:00' } })
    expect(await writeRefused(UPDATE, { input: { repatriationId: rep.id, status: 'VERIFIED', at: '2025-09-05T10:00:00+07:00' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.embassyRef',
    })
    expect(
      (await write(UPDATE, { input: { repatriationId: rep.id, status: 'VERIFIED', at: '2025-09-05T10:00:00+07:00', embassyRef: 'DSQ-CN-2025-777' } }))
        .updateRepatriationStatus,
    ).toEqual({ status: 'VERIFIED', statusChangedAt: '2025-09-05T03:00:00.000Z', embassyRef: 'DSQ-CN-2025-777' })

    const COOP =
      'mutation($input: RecordCrossBorderCooperationInput!) { recordCrossBorderCooperation(input: $input) { id status repatriation { externalRef status } } }'
    const coop = (
      await write(COOP, {
        input: {
          externalRef: 'HTQT-GW-001',
          direction: 'INCOMING',
          counterpart: 'NEIGHBOURING_BORDER_POST',
          counterpartCountry: 'CN',
          subject: 'HAND_OVER_PERSONS',
          requestedAt: '2025-08-28T10:00:00+07:00',
          repatriationId: rep.id,
        },
      })
    ).recordCrossBorderCooperation
    expect(coop).toMatchObject({ status: 'OPEN', repatriation: { externalRef: 'HH-GW-001', status: 'VERIFIED' } })
    const STATUS = 'mutation($input: UpdateCooperationStatusInput!) { updateCooperationStatus(input: $input) { status answeredAt closedAt } }'
    expect(await writeRefused(STATUS, { input: { cooperationId: coop.id, status: 'CLOSED', at: '2025-08-29T10:00:00+07:00' } })).toEqual({
      code: 'ILLEGAL_TRANSITION',
      field: 'input.status',
    })
    await write(STATUS, { input: { cooperationId: coop.id, status: 'IN_PROGRESS', at: '2025-08-29T10:00:00+07:00' } })
    await write(STATUS, { input: { cooperationId: coop.id, status: 'ANSWERED', at: '2025-09-01T10:00:00+07:00' } })
    expect((await write(STATUS, { input: { cooperationId: coop.id, status: 'CLOSED', at: '2025-09-03T10:00:00+07:00' } })).updateCooperationStatus).toEqual({
      status: 'CLOSED',
      answeredAt: '2025-09-01T03:00:00.000Z',
      closedAt: '2025-09-03T03:00:00.000Z',
    })

    const fromPolice = await read(
      'query($id: ID!) { criminalCase(id: $id) { victims { personRef repatriations { externalRef fromCountry embassyRef cooperations { externalRef status } } } } }',
      { id: c.id },
    )
    for (const v of fromPolice.criminalCase.victims) {
      expect(v.repatriations).toContainEqual({
        externalRef: 'HH-GW-001',
        fromCountry: 'CN',
        embassyRef: 'DSQ-CN-2025-777',
        cooperations: [{ externalRef: 'HTQT-GW-001', status: 'CLOSED' }],
      })
    }
  })

  it('filters and pages repatriations and cooperation records by period, unit and status', async () => {
    const q =
      'query($f: RepatriationFilter, $after: String) { repatriations(first: 5, after: $after, filter: $f) { totalCount edges { node { externalRef receivedAt unitCode status } } pageInfo { hasNextPage endCursor } } }'
    const all = async (f: object) => {
      const { nodes, totalCounts } = await everyPage(net.query, q, 'repatriations', { f })
      const total = totalCounts.at(-1)
      expect(nodes).toHaveLength(total!)
      expect(new Set(nodes.map((n) => n.externalRef)).size).toBe(total)
      return nodes
    }
    const everything = await all({})
    expect(everything.length).toBeGreaterThan(10)
    // Q3 2025 in Vietnam time, and the land gate of Biên Giang across the reform (district 992 before, commune 99803 after)
    const q3 = await all({ period: { kind: 'QUARTER', year: 2025, index: 3 } })
    expect(q3.map((n) => n.externalRef).sort()).toEqual(
      everything
        .filter((n) => n.receivedAt >= '2025-06-30T17:00:00.000Z' && n.receivedAt < '2025-09-30T17:00:00.000Z')
        .map((n) => n.externalRef)
        .sort(),
    )
    expect(q3.map((n) => n.externalRef)).toContain('HH-GW-001')
    const bienGiang = await all({ unitCode: '992' })
    expect(bienGiang.map((n) => n.externalRef).sort()).toEqual(
      everything
        .filter((n) => ['99201', '99202', '99803'].includes(n.unitCode))
        .map((n) => n.externalRef)
        .sort(),
    )
    const verified = await all({ status: 'VERIFIED' })
    expect(verified.map((n) => n.externalRef).sort()).toEqual(
      everything
        .filter((n) => n.status === 'VERIFIED')
        .map((n) => n.externalRef)
        .sort(),
    )
    const { body } = await net.query(q, { f: { period: { kind: 'CUSTOM', from: '2024-09-30', to: '2024-07-01' } } })
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.period.to' })

    const peak = await read(
      '{ crossBorderCooperations(first: 200, filter: { period: { kind: CUSTOM, from: "2024-07-01", to: "2024-09-30" } }) { totalCount edges { node { requestedAt counterpart incident { externalRef } } } } }',
    )
    for (const { node } of peak.crossBorderCooperations.edges) {
      expect(node.requestedAt >= '2024-06-30T17:00:00.000Z' && node.requestedAt < '2024-09-30T17:00:00.000Z').toBe(true)
    }
    expect(peak.crossBorderCooperations.totalCount).toBe(peak.crossBorderCooperations.edges.length)
  })

  it('serves persons known only to the Border Guard and Social Affairs', async () => {
    const onlyOutside = world.persons.slice(115, 140).map((p) => p.personRef)
    const i = world.borderIncidents.find((x) => x.persons.some((p) => onlyOutside.includes(p.personRef)))!
    const ref = i.persons.find((p) => onlyOutside.includes(p.personRef))!.personRef
    const d = await read('query($ref: PersonRef!) { person(personRef: $ref) { personRef borderIncidents { externalRef } supportCases { externalRef } } }', {
      ref,
    })
    expect(d.person.borderIncidents.map((x: any) => x.externalRef).sort()).toEqual(
      world.borderIncidents
        .filter((x) => x.persons.some((p) => p.personRef === ref))
        .map((x) => x.externalRef)
        .sort(),
    )
    expect(d.person.supportCases.map((x: any) => x.externalRef).sort()).toEqual(
      world.supportCases
        .filter((s) => s.personRef === ref)
        .map((s) => s.externalRef)
        .sort(),
    )
  })
})
