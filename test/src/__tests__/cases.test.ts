// The Provincial Police subgraph through the gateway over real HTTP, on SQLite and PostgreSQL:
// a report becomes a case through mutations, transitions and validation errors arrive typed,
// writes are idempotent, lists page and filter, the police records join the other agencies',
// and entity fetches from another subgraph are batched (SQL statements counted).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoId, demoWorld, type DbProvider } from '@lienthong/kit'
import { statementCounter, testProviders } from '@lienthong/kit/testing'
import { startNetwork, TEST_OFFICERS, type TestNetwork } from '../network.ts'

const world = demoWorld(DEV_NETWORK_KEY)
const PEAK_2024 = demoId('CD-2024-CAO-DIEM')

describe.each(await testProviders())('police subgraph through the gateway on %s', (provider) => {
  let net: TestNetwork
  beforeAll(async () => {
    net = await startNetwork(provider)
  })
  afterAll(() => net?.stop())

  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const { status, body } = await net.query(query, variables)
    expect(body.errors).toBeUndefined()
    expect(status).toBe(200)
    return body.data
  }
  const refused = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await net.query(query, variables)
    expect(body.data?.[Object.keys(body.data ?? {})[0] ?? ''] ?? null).toBeNull()
    expect(JSON.stringify(body.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/)
    expect(body.errors?.length).toBeGreaterThan(0)
    return body.errors![0].extensions
  }

  it('takes a report through classification and verification to a case, solved and sent for prosecution', async () => {
    const receive = `mutation($input: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $input) { id status } }`
    const input = {
      externalRef: 'GW-TG-0001',
      kind: 'CRIME_REPORT',
      channel: 'PROVINCE_TRANSFER',
      receivedAt: '2024-07-02T08:30:00+07:00',
      receivedByUnitCode: '99',
      unitCode: '99102',
    }
    const { receiveIncomingReport: report } = await ok(receive, { input })
    expect(report.status).toBe('RECEIVED')
    expect((await ok(receive, { input })).receiveIncomingReport.id).toBe(report.id)
    expect(await refused(receive, { input: { ...input, kind: 'DENUNCIATION' } })).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })

    await ok(
      `mutation($id: ID!) { classifyIncomingReport(id: $id, input: { traffickingRelated: true, classifiedAt: "2024-07-03T08:00:00+07:00", version: 1 }) { id } }`,
      {
        id: report.id,
      },
    )
    await ok(`mutation($id: ID!) { changeIncomingReportStatus(id: $id, input: { status: VERIFYING, at: "2024-07-03T09:00:00+07:00", version: 2 }) { id } }`, {
      id: report.id,
    })
    const open = `mutation($input: OpenCriminalCaseInput!) { openCriminalCase(input: $input) { id status peakCampaign { externalRef } reports { id status } } }`
    const caseInput = {
      externalRef: 'GW-CA-0001',
      openedAt: '2024-07-20T10:00:00+07:00',
      codeArticle: 151,
      unitCode: '99102',
      routeKind: 'CROSS_BORDER',
      destinationCountry: 'CN',
      forms: ['SEXUAL_EXPLOITATION', 'FORCED_MARRIAGE'],
      organisedRing: true,
      peakCampaignId: PEAK_2024,
      reportIds: [report.id],
    }
    const { openCriminalCase: c } = await ok(open, { input: caseInput })
    expect(c).toMatchObject({ status: 'INVESTIGATING', peakCampaign: { externalRef: 'CD-2024-CAO-DIEM' }, reports: [{ id: report.id, status: 'CASE_OPENED' }] })
    expect((await ok(open, { input: caseInput })).openCriminalCase.id).toBe(c.id)

    const move = `mutation($id: ID!, $input: ChangeCriminalCaseStatusInput!) { changeCriminalCaseStatus(id: $id, input: $input) { status solvedAt transferredAt } }`
    expect(await refused(move, { id: c.id, input: { status: 'TRANSFERRED_FOR_PROSECUTION', at: '2024-08-01T09:00:00+07:00', version: 1 } })).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      field: 'input.status',
    })
    expect(await refused(move, { id: c.id, input: { status: 'SOLVED', at: '2024-07-19T09:00:00+07:00', version: 1 } })).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      field: 'input.at',
    })
    await ok(move, { id: c.id, input: { status: 'SOLVED', at: '2024-08-01T09:00:00+07:00', version: 1 } })
    expect(
      (await ok(move, { id: c.id, input: { status: 'TRANSFERRED_FOR_PROSECUTION', at: '2024-09-01T09:00:00+07:00', version: 2 } })).changeCriminalCaseStatus,
    ).toEqual({
      status: 'TRANSFERRED_FOR_PROSECUTION',
      solvedAt: '2024-08-01T02:00:00.000Z',
      transferredAt: '2024-09-01T02:00:00.000Z',
    })

    const { criminalCase } = await ok(
      `query($id: ID!) { criminalCase(id: $id) { externalRef codeArticle forms organisedRing status reports { externalRef criminalCase { externalRef } } procuracyFile { id } } }`,
      { id: c.id },
    )
    expect(criminalCase).toEqual({
      externalRef: 'GW-CA-0001',
      codeArticle: 151,
      forms: ['SEXUAL_EXPLOITATION', 'FORCED_MARRIAGE'],
      organisedRing: true,
      status: 'TRANSFERRED_FOR_PROSECUTION',
      reports: [{ externalRef: 'GW-TG-0001', criminalCase: { externalRef: 'GW-CA-0001' } }],
      procuracyFile: null,
    })
  })

  it('answers bad input with BAD_USER_INPUT naming the field, in Vietnamese and English', async () => {
    const e = await refused(
      `mutation { openCriminalCase(input: { externalRef: "GW-CA-BAD", openedAt: "2024-07-20T10:00:00+07:00", codeArticle: 150, unitCode: "99102", routeKind: DOMESTIC, destinationCountry: "CN", forms: [OTHER] }) { id } }`,
    )
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.destinationCountry' })
    expect(e.problems[0]).toEqual({
      field: 'input.destinationCountry',
      reasonVi: 'tuyến trong nước không có nước đến',
      reasonEn: 'a domestic route has no destination country',
    })
    const victim =
      await refused(`mutation { recordVictim(input: { externalRef: "GW-NN-BAD", status: IDENTIFIED, recordedAt: "2024-07-20T10:00:00+07:00", sex: FEMALE, citizenship: VIETNAMESE,
      forms: [OTHER], recruitmentMethod: UNKNOWN, consentToCount: GIVEN, consentToShare: GIVEN, personal: { fullName: "Nạn nhân Mẫu Lỗi" } }) { externalRef } }`)
    expect(victim).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personRef' })
    expect(victim.problems.map((p: any) => p.field).sort()).toEqual(['input.identifiedAt', 'input.personRef'])
    expect(JSON.stringify(victim)).not.toContain('Nạn nhân Mẫu Lỗi')
  })

  it('accepts police writes from police callers only', async () => {
    const asSupport = await net.as(TEST_OFFICERS.social_affairs)
    const { body } = await asSupport(`mutation { receiveIncomingReport(input: { externalRef: "GW-TG-FORBIDDEN", kind: DENUNCIATION, channel: ONLINE,
      receivedAt: "2024-07-02T08:30:00+07:00", receivedByUnitCode: "99", unitCode: "99102" }) { id } }`)
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'receiveIncomingReport' })
    const { incomingReports } = await ok(
      '{ incomingReports(filter: { channel: ONLINE, period: { kind: MONTH, year: 2024, index: 7 } }) { edges { node { externalRef } } } }',
    )
    expect(incomingReports.edges.map((e: any) => e.node.externalRef)).not.toContain('GW-TG-FORBIDDEN')
  })

  it('serves the personal fields of a victim to a police officer with a purpose only, and audits the read (NET-7)', async () => {
    const victimRef = world.cases[0]!.victimRefs[0]!
    const query = 'query($p: PersonRef!) { person(personRef: $p) { policeVictim { externalRef fullName } } }'
    const { person } = await ok(query, { p: victimRef })
    expect(person.policeVictim.fullName).toMatch(/^Nạn nhân Mẫu \d{3}$/)
    const noPurpose = await net.query(query, { p: victimRef }, { 'x-purpose-of-use': '' })
    expect(noPurpose.body.data?.person).toBeNull()
    expect(noPurpose.body.errors?.map((e: any) => e.extensions)).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: 'person' })])
    const asSupport = await net.as(TEST_OFFICERS.social_affairs)
    const support = await asSupport(query, { p: victimRef })
    expect(support.body.data?.person.policeVictim).toMatchObject({ fullName: null })
    expect(support.body.errors?.map((e: any) => e.extensions)).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: 'PoliceVictim.fullName' })])
    expect(JSON.stringify(support.body)).not.toContain(person.policeVictim.fullName)
    const asAuditor = await net.as({ sub: 'gw-police-auditor', agency: 'police', role: 'auditor', unit: '99' })
    const log = await asAuditor('{ policeAuditLog(first: 500) { entries { actorSub purpose operation recordRefs fields } verification { ok } } }')
    expect(log.body.errors).toBeUndefined()
    expect(log.body.data!.policeAuditLog.verification.ok).toBe(true)
    // Person.policeVictim @requires what Social Affairs knows of referrals, so the gateway reaches the
    // victim record through the police subgraph's entity fetch: the log names the client's operation
    expect(log.body.data!.policeAuditLog.entries).toContainEqual({
      actorSub: 'test-officer',
      purpose: 'investigation',
      operation: 'read person',
      recordRefs: [victimRef],
      fields: ['externalRef', 'fullName'],
    })
    expect(JSON.stringify(log.body)).not.toContain(person.policeVictim.fullName)
    expect((await net.query('{ policeAuditLog { entries { seq } } }')).body.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      field: 'policeAuditLog',
    })
  })

  it('pages and filters the seeded reports and cases', async () => {
    const seen = new Set<string>()
    let after: string | null = null
    let totalCount = 0
    for (;;) {
      const data: any = await ok(
        'query($after: String) { incomingReports(first: 200, after: $after, filter: { traffickingRelated: true }) { totalCount edges { node { id traffickingRelated } } pageInfo { hasNextPage endCursor } } }',
        { after },
      )
      totalCount = data.incomingReports.totalCount
      for (const { node } of data.incomingReports.edges) {
        expect(node.traffickingRelated).toBe(true)
        seen.add(node.id)
      }
      if (!data.incomingReports.pageInfo.hasNextPage) break
      after = data.incomingReports.pageInfo.endCursor
    }
    expect(seen.size).toBe(totalCount)
    expect(totalCount).toBeGreaterThan(world.cases.length)
    const data = await ok(
      '{ criminalCases(first: 200, filter: { status: TRANSFERRED_FOR_PROSECUTION }) { totalCount edges { node { id procuracyFile { externalRef } } } } }',
    )
    const filed = new Map(world.procuracyFiles.map((f) => [f.caseId, f.externalRef]))
    expect(data.criminalCases.edges.filter((e: any) => filed.has(e.node.id)).length).toBe(filed.size)
    for (const { node } of data.criminalCases.edges) if (filed.has(node.id)) expect(node.procuracyFile.externalRef).toBe(filed.get(node.id))
  })

  it('joins police records with the other agencies by reference only', async () => {
    const hotline = world.hotlineReports.find((h) => h.caseId && world.procuracyFiles.some((f) => f.caseId === h.caseId))!
    const { incomingReport } = await ok('query($id: ID!) { incomingReport(id: $id) { externalRef channel criminalCase { procuracyFile { externalRef } } } }', {
      id: hotline.reportId,
    })
    expect(incomingReport).toEqual({
      externalRef: hotline.externalRef,
      channel: 'HOTLINE_TRANSFER',
      criminalCase: { procuracyFile: { externalRef: world.procuracyFiles.find((f) => f.caseId === hotline.caseId)!.externalRef } },
    })
    const supported = new Set(world.supportCases.map((s) => s.personRef))
    const victimRef = world.cases.flatMap((c) => c.victimRefs).find((v) => supported.has(v))!
    const { person } = await ok(
      'query($p: PersonRef!) { person(personRef: $p) { policeVictim { consentToShare consentToCount } supportCases { externalRef } } }',
      { p: victimRef },
    )
    const p = world.persons.find((x) => x.personRef === victimRef)!
    expect(person.policeVictim).toEqual({ consentToShare: p.consentToShare, consentToCount: p.consentToCount })
    expect(person.supportCases.map((s: any) => s.externalRef).sort()).toEqual(
      world.supportCases
        .filter((s) => s.personRef === victimRef)
        .map((s) => s.externalRef)
        .sort(),
    )
    const c = world.cases[0]!
    const { criminalCase } = await ok('query($id: ID!) { criminalCase(id: $id) { suspects { person { personRef suspectIn { criminalCase { id } } } } } }', {
      id: c.id,
    })
    expect(criminalCase.suspects.map((s: any) => s.person.personRef).sort()).toEqual([...c.suspectRefs].sort())
  })
})

/**
 * Police + procuracy behind a gateway, the police database counting its SQL statements (as
 * startNetwork does, plus the counter; a candidate option for test/src/network.ts).
 */
async function countedNetwork(provider: DbProvider) {
  const counter = statementCounter()
  const net = await startNetwork(provider, { onStatement: { cases: counter.record } })
  return { counter, query: async (query: string) => (await net.query(query)).body as any, stop: () => net.stop() }
}

describe.each(await testProviders())('police entity batching through the gateway on %s', (provider) => {
  let net: Awaited<ReturnType<typeof countedNetwork>>
  beforeAll(async () => {
    net = await countedNetwork(provider)
  })
  afterAll(() => net?.stop())

  it('answers the procuracy asking for 1 or 50 criminal cases with the same number of SQL statements', async () => {
    const run = async (n: number) => {
      net.counter.reset()
      const body = await net.query(
        `{ procuracyFiles(first: ${n}) { edges { node { criminalCase { externalRef status reports { externalRef } suspects { role person { sex suspectIn { externalRef } } } victims { sex policeVictim { forms consentToShare } } } } } } }`,
      )
      expect(body.errors).toBeUndefined()
      expect(body.data.procuracyFiles.edges).toHaveLength(n)
      for (const { node } of body.data.procuracyFiles.edges) expect(node.criminalCase.status).toBe('TRANSFERRED_FOR_PROSECUTION')
      return net.counter.count
    }
    expect(world.procuracyFiles.length).toBeGreaterThanOrEqual(50)
    const one = await run(1)
    expect(one).toBeGreaterThan(0)
    expect(await run(50)).toBe(one)
  })
})
