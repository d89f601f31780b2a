// Reads of the seeded demo data in process, on SQLite and PostgreSQL: entities by key, filters
// (period, unit across the 2025 reform, status), cursor pages, one SQL batch per relation.
import { describe, expect, it } from 'vitest'
import { auditFlushStatements, DEV_NETWORK_KEY, demoWorld, isAuditFlushStatement } from '@lienthong/kit'
import { badFilterProblems, externalRefFilterProblems, seededSubgraphForBlock, testCaller, testProviders } from '@lienthong/kit/testing'
import { vietnamDay } from '@lienthong/schema'
import { subgraph } from '../server.ts'
import { supportDemoPlan } from '../../prisma/demoPlan.ts'

const world = demoWorld(DEV_NETWORK_KEY)
const plan = supportDemoPlan(DEV_NETWORK_KEY)
// district 991 before the reform: communes 99101–99104, merged on 2025-07-01 into 99801 and 99802
const DISTRICT_991 = new Set(['99101', '99102', '99103', '99104', '99801', '99802'])

describe.each(await testProviders())('support queries on %s', (provider) => {
  const sg = seededSubgraphForBlock(subgraph, provider)

  it('seeds every support case of the shared world with its id, consent of the person, and is idempotent', async () => {
    const again = await subgraph.seedDemo!(sg.db, DEV_NETWORK_KEY)
    expect(again).toMatchObject({ supportCases: world.supportCases.length })
    const rows = await sg.db.supportCase.findMany({ orderBy: { externalRef: 'asc' } })
    expect(rows.map((r) => [r.id, r.personRef])).toEqual(
      [...world.supportCases].sort((a, b) => a.externalRef.localeCompare(b.externalRef)).map((s) => [s.id, s.personRef]),
    )
    const consentOf = new Map(world.persons.map((p) => [p.personRef, p.consentToShare]))
    for (const r of rows) expect(r.consentToShare).toBe(consentOf.get(r.personRef))
    // victims known only to Social Affairs (world persons 100..124) are here
    expect(rows.filter((r) => world.persons.slice(100, 125).some((p) => p.personRef === r.personRef))).toHaveLength(25)
    // no referral sharing data exists without consent on record
    const shared = await sg.db.supportReferral.findMany({ where: { sharesPersonData: true }, include: { supportCase: true } })
    expect(shared.length).toBeGreaterThan(0)
    for (const r of shared) expect([r.consentAtReferral, r.supportCase.consentToShare]).toEqual(['GIVEN', 'GIVEN'])
  })

  it('recognises a replay of a demo write through the mutation (same record, nothing new)', async () => {
    const c = plan.cases.find((x) => x.screenedAt && x.needsAssessedAt && x.consentToShare === 'GIVEN')!
    const input = {
      externalRef: c.externalRef,
      personRef: c.personRef,
      receivedAt: c.receivedAt.toISOString(),
      facility: c.facility,
      unitCode: c.unitCode,
      arrival: c.arrival,
      consentToShare: c.consentToShare,
      screening: { result: c.screeningResult, screenedAt: c.screenedAt!.toISOString() },
      needsAssessment: { needs: c.needs.split(','), assessedAt: c.needsAssessedAt!.toISOString() },
    }
    const r: any = await sg.execute('mutation($input: ReceiveSupportCaseInput!) { receiveSupportCase(input: $input) { id } }', { input })
    expect(r.data.receiveSupportCase.id).toBe(c.id)
    const h = plan.hotlineContacts[0]!
    const contact: any = await sg.execute('mutation($input: RecordHotlineContactInput!) { recordHotlineContact(input: $input) { id status } }', {
      input: {
        externalRef: h.externalRef,
        receivedAt: h.receivedAt.toISOString(),
        unitCode: h.unitCode,
        channel: h.channel,
        concernsTrafficking: h.concernsTrafficking,
      },
    })
    expect(contact.data.recordHotlineContact).toEqual({ id: h.id, status: 'FORWARDED' })
    expect(await sg.db.supportCase.count()).toBe(plan.cases.length)
  })

  it('filters support cases by period (Vietnam time), by unit across the 2025 reform, and by screening', async () => {
    const Q = 'query($f: SupportCaseFilter) { supportCases(first: 200, filter: $f) { totalCount edges { node { externalRef } } } }'
    const in2024 = plan.cases
      .filter((c) => vietnamDay(c.receivedAt).startsWith('2024-'))
      .map((c) => c.externalRef)
      .sort()
    const year: any = await sg.execute(Q, { f: { period: { kind: 'YEAR', year: 2024 } } })
    expect(year.data.supportCases.edges.map((e: any) => e.node.externalRef).sort()).toEqual(in2024)
    expect(year.data.supportCases.totalCount).toBe(in2024.length)
    const district: any = await sg.execute(Q, { f: { unitCode: '991' } })
    expect(district.data.supportCases.totalCount).toBe(plan.cases.filter((c) => DISTRICT_991.has(c.unitCode)).length)
    const unclear: any = await sg.execute(Q, { f: { screeningResult: 'UNCLEAR', facility: 'SOCIAL_PROTECTION_CENTRE' } })
    expect(unclear.data.supportCases.totalCount).toBe(
      plan.cases.filter((c) => c.screeningResult === 'UNCLEAR' && c.facility === 'SOCIAL_PROTECTION_CENTRE').length,
    )
    const hotline: any = await sg.execute(Q, { f: { arrival: 'HOTLINE' } })
    expect(hotline.data.supportCases.totalCount).toBe(plan.cases.filter((c) => c.arrival === 'HOTLINE').length)
    // persons handed over by the Border Guard arrived from the border guard
    const handed = new Set(world.borderIncidents.flatMap((i) => i.persons.map((p) => p.supportCaseId)))
    const border: any = await sg.execute(Q, { f: { arrival: 'BORDER_GUARD' } })
    expect(border.data.supportCases.edges.map((e: any) => e.node.externalRef).sort()).toEqual(
      world.supportCases
        .filter((c) => handed.has(c.id))
        .map((c) => c.externalRef)
        .sort(),
    )
    expect(await badFilterProblems(sg, Q)).toEqual([])
  })

  it('resolves its own references to support cases (bulk imports): exactly those asked, at most 100, one statement, with the other filters and the access rules', async () => {
    // analysts see figures only; an officer without a declared purpose sees no victim-level record
    const refused = [testCaller('social_affairs', 'analyst'), testCaller('social_affairs', 'officer')]
    const check = { field: 'supportCases', filterType: 'SupportCaseFilter', narrowing: { arrival: 'HOTLINE' }, refused }
    expect(await externalRefFilterProblems(sg, check)).toEqual([])
  })

  it('counts services delivered by type, start period and unit', async () => {
    const Q =
      'query($f: SupportServiceFilter) { supportServices(first: 200, filter: $f) { totalCount edges { node { externalRef type startedOn supportCase { unitCode } } } } }'
    const training = plan.services.filter((s) => s.type === 'VOCATIONAL_TRAINING' && vietnamDay(s.startedOn).startsWith('2024-'))
    const r: any = await sg.execute(Q, { f: { type: 'VOCATIONAL_TRAINING', period: { kind: 'YEAR', year: 2024 } } })
    expect(r.data.supportServices.edges.map((e: any) => e.node.externalRef).sort()).toEqual(training.map((s) => s.externalRef).sort())
    const caseUnit = new Map(plan.cases.map((c) => [c.id, c.unitCode]))
    const shelters = plan.services.filter((s) => s.type === 'SHELTER' && DISTRICT_991.has(caseUnit.get(s.supportCaseId)!))
    const d: any = await sg.execute(Q, { f: { type: 'SHELTER', unitCode: '991', ongoing: false } })
    expect(d.data.supportServices.totalCount).toBe(shelters.length)
    const ongoing: any = await sg.execute(Q, { f: { ongoing: true } })
    expect(ongoing.data.supportServices.totalCount).toBe(plan.services.filter((s) => s.endedOn == null).length)
  })

  it('pages referrals with cursors, latest first, filtered by status', async () => {
    const done = plan.referrals.filter((r) => r.status === 'DONE').sort((a, b) => +b.referredAt - +a.referredAt || (b.id < a.id ? -1 : 1))
    const seen: string[] = []
    let after: string | null = null
    do {
      const r: any = await sg.execute(
        'query($after: String) { supportReferrals(first: 5, after: $after, filter: { status: DONE }) { totalCount edges { node { externalRef doneAt } } pageInfo { hasNextPage endCursor } } }',
        { after },
      )
      expect(r.data.supportReferrals.totalCount).toBe(done.length)
      seen.push(...r.data.supportReferrals.edges.map((e: any) => e.node.externalRef))
      after = r.data.supportReferrals.pageInfo.hasNextPage ? r.data.supportReferrals.pageInfo.endCursor : null
    } while (after)
    expect(seen).toEqual(done.map((r) => r.externalRef))
    const bad: any = await sg.execute('{ supportReferrals(first: 0) { totalCount } }')
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' })
  })

  it('serves a case with screening, needs, services and follow-ups as seeded', async () => {
    const c = plan.cases.find((x) => plan.followUps.some((f) => f.supportCaseId === x.id) && plan.referrals.some((r) => r.supportCaseId === x.id))!
    const r: any = await sg.execute(
      `query($id: ID!) { supportCase(id: $id) { externalRef screening { result } needsAssessment { needs }
      services { externalRef type startedOn endedOn provider { type } } followUps { outcome } reintegrationOutcome referrals { status from { type } to { type } } } }`,
      { id: c.id },
    )
    expect(r.errors).toBeUndefined()
    const got = r.data.supportCase
    expect(got.screening.result).toBe(c.screeningResult)
    expect(got.needsAssessment.needs).toEqual(c.needs.split(','))
    const services = plan.services.filter((s) => s.supportCaseId === c.id)
    expect(got.services.map((s: any) => s.externalRef).sort()).toEqual(services.map((s) => s.externalRef).sort())
    const ups = plan.followUps.filter((f) => f.supportCaseId === c.id)
    expect(got.followUps.map((f: any) => f.outcome)).toEqual(ups.map((f) => f.outcome))
    expect(got.reintegrationOutcome).toBe(ups.at(-1)!.outcome)
    expect(got.referrals.map((x: any) => x.status)).toEqual(plan.referrals.filter((x) => x.supportCaseId === c.id).map((x) => x.status))
  })

  it('batches: the same SQL count for services, referrals and follow-ups of 1 and of all cases', async () => {
    // reads batch by relation; the audit log adds one flush (its turn on the chain, the head, one
    // insert per record type read), whatever the number of records (an empty relation of a single
    // case appends nothing)
    const isAudit = isAuditFlushStatement
    const measure = () => ({ reads: sg.statements.statements.filter((x) => !isAudit(x)).length, appends: sg.statements.statements.filter(isAudit).length })
    const TYPES = ['ReintegrationFollowUp', 'SupportCase', 'SupportReferral', 'SupportService']
    const run = async (n: number) => {
      sg.statements.reset()
      const r: any = await sg.execute(
        'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on SupportCase { services { id supportCase { id } } referrals { id supportCase { id } } followUps { id } reintegrationOutcome person { personRef } } } }',
        { reps: plan.cases.slice(0, n).map((c) => ({ __typename: 'SupportCase', id: c.id })) },
      )
      expect(r.errors).toBeUndefined()
      expect(r.data._entities).toHaveLength(n)
      return measure()
    }
    const all = await run(plan.cases.length)
    const one = await run(1)
    expect(all.reads).toBe(one.reads)
    expect(all.appends).toBe(auditFlushStatements(provider, TYPES.length))
    expect(one.appends).toBeLessThanOrEqual(all.appends)
    const list = async (first: number) => {
      sg.statements.reset()
      const r: any = await sg.execute(
        'query($first: Int) { supportCases(first: $first) { totalCount edges { node { services { provider { name } } referrals { to { type } } followUps { outcome } person { supportCases { id } } } } } }',
        { first },
      )
      expect(r.data.supportCases.edges).toHaveLength(first)
      return measure()
    }
    const head = (await sg.db.auditEntry.findFirst({ orderBy: { seq: 'desc' } }))?.seq ?? 0
    const listAll = await list(plan.cases.length)
    const ofListAll = await sg.db.auditEntry.findMany({ where: { seq: { gt: head } }, orderBy: { seq: 'asc' } })
    const listOne = await list(1)
    expect(listAll.reads).toBe(listOne.reads)
    expect(listAll.appends).toBe(auditFlushStatements(provider, TYPES.length))
    expect(listOne.appends).toBeLessThanOrEqual(listAll.appends)
    expect(ofListAll.map((e) => [e.operation, e.recordType]).sort()).toEqual(TYPES.map((t) => ['read supportCases', t]))
    expect(JSON.parse(ofListAll.find((e) => e.recordType === 'SupportCase')!.recordRefs)).toHaveLength(plan.cases.length)
  })
})
