// NET-7 through the gateway, on the demo world: a role × field matrix for every victim-bearing
// type (no victim-level value and no personal field reaches a role that may not see it), the
// purpose of use, published aggregates that cannot be undone from their totals, and the audit
// log (read by auditors, tamper detected by `lienthong audit verify`).
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AGENCIES, ROLES, type Identity } from '@lienthong/kit/identity'
import { REPO_ROOT, type DatabaseConfig, type DbProvider } from '@lienthong/kit'
import { appendOnlyOutcome, publishedProblems, testProviders, withAppendOnlyLifted } from '@lienthong/kit/testing'
import { subgraph as cases } from '@lienthong/cases'
import { startNetwork, TEST_OFFICERS, type Query, type TestNetwork } from '../network.ts'

const PERSONAL = ['fullName', 'nationalId', 'dateOfBirth', 'address', 'phone'] as const

/** One query per victim-bearing type, selecting its own fields (the root field's connection). */
const VICTIM_LEVEL: Record<string, { root: string; query: string }> = {
  PoliceVictim: {
    root: 'policeVictims',
    query: `{ policeVictims(first: 5) { edges { node { externalRef status identifiedAt consentToShare ${PERSONAL.join(' ')} } } } }`,
  },
  SupportCase: { root: 'supportCases', query: '{ supportCases(first: 5) { edges { node { id externalRef receivedAt facility unitCode consentToShare } } } }' },
  SupportService: { root: 'supportServices', query: '{ supportServices(first: 5) { edges { node { id externalRef type startedOn } } } }' },
  SupportReferral: { root: 'supportReferrals', query: '{ supportReferrals(first: 5) { edges { node { id externalRef reason status sharesPersonData } } } }' },
  ReintegrationFollowUp: { root: 'supportCases', query: '{ supportCases(first: 20) { edges { node { followUps { id outcome followedUpAt } } } } }' },
  IncidentInvolvement: { root: 'borderIncidents', query: '{ borderIncidents(first: 5) { edges { node { persons { role person { personRef } } } } } }' },
  Repatriation: {
    root: 'repatriations',
    query: '{ repatriations(first: 5) { edges { node { id externalRef fromCountry receivedAt status persons { personRef } } } } }',
  },
  Defendant: { root: 'procuracyFiles', query: '{ procuracyFiles(first: 5) { edges { node { defendants { id personRef office } } } } }' },
  Verdict: { root: 'verdicts', query: '{ verdicts(first: 5) { edges { node { id outcome sentenceMonths decidedAt } } } }' },
}

const codes = (errors: any[] | undefined) => (errors ?? []).map((e) => e.extensions?.code)
/** Every value found under `edges` (what a caller actually received about records). */
function recordValues(data: unknown): unknown[] {
  const out: unknown[] = []
  const walk = (v: unknown, inRecords: boolean) => {
    if (Array.isArray(v)) v.forEach((x) => void walk(x, inRecords))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, inRecords || k === 'edges')
    else if (inRecords && v != null) out.push(v)
  }
  walk(data, false)
  return out
}

describe.each(await testProviders())('privacy and access through the gateway on %s', (provider) => {
  let net: TestNetwork
  beforeAll(async () => {
    net = await startNetwork(provider)
  }, 120_000)
  afterAll(async () => {
    await net?.stop()
  })

  it('role × field matrix: victim-level records only for officers and supervisors with a purpose; personal fields only for the police', async () => {
    const callers: Identity[] = AGENCIES.flatMap((agency) =>
      ROLES.map((role) => ({ sub: `matrix-${agency}-${role}`, agency, role, unit: '99', purpose: 'investigation' as const })),
    )
    callers.push({ sub: 'matrix-no-purpose', agency: 'police', role: 'officer', unit: '99' })
    for (const caller of callers) {
      const query = await net.as(caller)
      const readsRecords = (caller.role === 'officer' || caller.role === 'supervisor') && !!caller.purpose
      const readsPersonal = readsRecords && caller.agency === 'police'
      for (const [type, { query: q }] of Object.entries(VICTIM_LEVEL)) {
        const { body } = await query(q)
        const what = `${caller.agency}/${caller.role}${caller.purpose ? '' : ' without purpose'} reading ${type}`
        if (!readsRecords) {
          expect(recordValues(body.data), what).toEqual([])
          expect(codes(body.errors), what).toContain('FORBIDDEN')
          continue
        }
        expect(recordValues(body.data).length, what).toBeGreaterThan(0)
        if (type !== 'PoliceVictim') {
          expect(body.errors, what).toBeUndefined()
          continue
        }
        const nodes = body.data.policeVictims.edges.map((e: any) => e.node)
        const forbiddenFields = (body.errors ?? []).filter((e: any) => e.extensions?.code === 'FORBIDDEN').map((e: any) => e.path.at(-1))
        if (readsPersonal) {
          expect(forbiddenFields, what).toEqual([])
          expect(
            nodes.some((n: any) => n.fullName != null),
            what,
          ).toBe(true)
        } else {
          for (const n of nodes) for (const f of PERSONAL) expect(n[f], `${what}: ${f}`).toBeNull()
          expect(new Set(forbiddenFields), what).toEqual(new Set(PERSONAL))
          for (const e of body.errors!) expect(e.message).not.toMatch(/Nạn nhân Mẫu|Địa chỉ mẫu|0900000/)
        }
      }
    }
  }, 240_000)

  it('lets the receiving agency of an accepted referral that shares data with consent read the personal fields, and nobody else', async () => {
    // NET-12: the police record's own consent must allow sharing, and the receiving unit (not the sender) accepts
    const police = (
      await net.query('{ policeVictims(first: 50) { edges { node { fullName consentToShare person { personRef } } } } }')
    ).body.data.policeVictims.edges.map((e: any) => e.node)
    const personRef = police.find((v: any) => v.fullName != null && v.consentToShare === 'GIVEN').person.personRef
    const social = await net.as(TEST_OFFICERS.social_affairs)
    const receiver = await net.as({ sub: 'test-social-receiver', agency: 'social_affairs', role: 'officer', unit: '99803', purpose: 'victim_support' })
    const border = await net.as(TEST_OFFICERS.border_guard)
    const READ = 'query($r: PersonRef!) { person(personRef: $r) { policeVictim { status fullName phone } } }'
    const personalOf = async (query: Query) => {
      const { body } = await query(READ, { r: personRef })
      return {
        fullName: body.data.person.policeVictim.fullName,
        forbidden: (body.errors ?? [])
          .filter((e: any) => e.extensions?.code === 'FORBIDDEN')
          .map((e: any) => e.path.at(-1))
          .sort(),
      }
    }
    const write = async (query: string, input: Record<string, unknown>, as: Query = social) => {
      const { body } = await as(query, { input })
      expect(body.errors).toBeUndefined()
      return Object.values(body.data as Record<string, any>)[0]
    }
    expect(await personalOf(social)).toEqual({ fullName: null, forbidden: ['fullName', 'phone'] })
    const supportCase = await write('mutation($input: ReceiveSupportCaseInput!) { receiveSupportCase(input: $input) { id } }', {
      externalRef: 'GRANT-0001',
      personRef,
      receivedAt: '2025-10-06T10:00:00+07:00',
      facility: 'SOCIAL_PROTECTION_CENTRE',
      unitCode: '99803',
      arrival: 'SELF_REFERRED',
      consentToShare: 'GIVEN',
    })
    const REFER = 'mutation($input: ReferSupportCaseInput!) { referSupportCase(input: $input) { id } }'
    const refer = (externalRef: string, to: Record<string, string>, sharesPersonData: boolean) =>
      write(REFER, {
        externalRef,
        supportCaseId: supportCase.id,
        from: { name: 'Trung tâm Công tác xã hội tỉnh', type: 'SOCIAL_PROTECTION_CENTRE' },
        to,
        toUnitCode: '99803',
        reason: 'LEGAL_PROCEEDINGS',
        forService: 'LEGAL_AID',
        sharesPersonData,
        referredAt: '2025-10-08T09:00:00+07:00',
      })
    const CHANGE = 'mutation($input: ChangeSupportReferralStatusInput!) { changeSupportReferralStatus(input: $input) { status } }'
    const facility = { name: 'Cơ sở hỗ trợ nạn nhân tỉnh', type: 'VICTIM_SUPPORT_FACILITY' }
    // a referral that does not share the person's data grants nothing, even accepted
    const withoutData = await refer('GRANT-0001-CT1', facility, false)
    await write(CHANGE, { referralId: withoutData.id, status: 'ACCEPTED', at: '2025-10-09T09:00:00+07:00' }, receiver)
    expect((await personalOf(social)).fullName).toBeNull()
    // one that shares it grants the receiving agency once accepted, not while in progress
    const sharing = await refer('GRANT-0001-CT2', facility, true)
    expect((await personalOf(social)).fullName).toBeNull()
    await write(CHANGE, { referralId: sharing.id, status: 'ACCEPTED', at: '2025-10-09T10:00:00+07:00' }, receiver)
    expect(await personalOf(social)).toEqual({ fullName: expect.any(String), forbidden: [] })
    // … and only that agency: the Border Guard still gets nothing
    expect((await personalOf(border)).forbidden).toEqual(['fullName', 'phone'])
    // withdrawn consent ends the grant
    await write('mutation($input: RecordSupportConsentInput!) { recordSupportConsent(input: $input) { id } }', {
      supportCaseId: supportCase.id,
      consentToShare: 'WITHDRAWN',
      recordedAt: '2025-10-20T09:00:00+07:00',
      version: 1,
    })
    expect(await personalOf(social)).toEqual({ fullName: null, forbidden: ['fullName', 'phone'] })
  })

  it('refuses an unknown purpose of use with 400 naming the header', async () => {
    const res = await net.query('{ policeVictims(first: 1) { edges { node { status } } } }', undefined, { 'x-purpose-of-use': 'curiosity' })
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'x-purpose-of-use' })
  })

  it('analysts get person counts by the cell-key method: small ones suppressed, the others perturbed the same for the same persons', async () => {
    const L = '{ key count suppressed }'
    const q = `{ provincialStatistics(period: { kind: MONTH, year: 2024, index: 7 }) { victims { total bySex ${L} byAgeBand ${L} byCitizenship ${L} } } }`
    const exact = (await net.query(q)).body.data.provincialStatistics.victims
    const analyst = await net.as({ sub: 'committee-analyst', agency: 'steering_committee', role: 'analyst', unit: '99' })
    const { body } = await analyst(q)
    expect(body.errors).toBeUndefined()
    const published = body.data.provincialStatistics.victims
    expect(publishedProblems('victims.total', exact.total, published.total)).toEqual([])
    let suppressedCells = 0
    for (const breakdown of ['bySex', 'byAgeBand', 'byCitizenship'] as const) {
      expect(publishedProblems(breakdown, exact[breakdown], published[breakdown])).toEqual([])
      suppressedCells += published[breakdown].filter((c: any) => c.suppressed).length
    }
    expect(suppressedCells).toBeGreaterThan(0) // the demo month has small cells: the test is not vacuous
    expect((await analyst(q)).body.data.provincialStatistics.victims).toEqual(published) // asking again teaches nothing
    const officer = (await net.query(q)).body.data.provincialStatistics.victims
    expect(officer.bySex.every((c: any) => c.suppressed === false && typeof c.count === 'number')).toBe(true)
  })

  it('audits victim-level reads for auditors through the gateway, and lienthong audit verify detects tampering', async () => {
    await net.query('{ policeVictims(first: 2) { edges { node { externalRef fullName } } } }')
    const auditor = await net.as({ sub: 'police-auditor', agency: 'police', role: 'auditor', unit: '99' })
    const page = `{ policeAuditLog(first: 500) { entries { seq actorSub agency role purpose operation recordType recordRefs fields } verification { ok entries brokenAt } } }`
    const { body } = await auditor(page)
    expect(body.errors).toBeUndefined()
    const log = body.data.policeAuditLog
    expect(log.verification.ok).toBe(true)
    const read = log.entries.findLast((e: any) => e.operation === 'read policeVictims' && e.fields.includes('fullName'))
    expect(read).toMatchObject({ actorSub: 'test-officer', agency: 'police', role: 'officer', purpose: 'investigation', recordType: 'PoliceVictim' })
    expect(read.recordRefs.length).toBe(2)
    expect(JSON.stringify(log)).not.toMatch(/Nạn nhân Mẫu|Địa chỉ mẫu|0900000/)
    // only auditors read the log
    expect(codes((await net.query(page)).body.errors)).toContain('FORBIDDEN')

    const verify = () =>
      spawnSync(process.execPath, [path.join(REPO_ROOT, 'cli/bin/lienthong.js'), 'audit', 'verify', '--subgraph', 'cases'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, DB_PROVIDER: provider, CASES_DATABASE_URL: net.databases.cases.url },
      })
    const intact = verify()
    expect(intact.stdout).toMatch(/✔ cases: \d+ mục nguyên vẹn, .* — \d+ entries intact/)
    expect(intact.status).toBe(0)
    // somebody edits an entry directly in the database: the chain breaks at that entry
    await tamper(net.databases.cases, read.seq, provider)
    const broken = verify()
    expect(broken.status).toBe(1)
    expect(broken.stdout).toContain(`BROKEN at entry ${read.seq}`)
    const after = (await auditor(page)).body.data.policeAuditLog.verification
    expect(after).toMatchObject({ ok: false, brokenAt: read.seq })
  }, 120_000)
})

/**
 * Rewrites one audit entry's purpose behind the network's back, as an insider with administrative
 * access to the database could: the append-only triggers refuse it, so the insider lifts them first.
 */
async function tamper(database: DatabaseConfig, seq: number, provider: DbProvider) {
  const db = cases.createPrisma(database)
  try {
    const edit = () => db.auditEntry.update({ where: { seq }, data: { purpose: 'data_quality' } })
    expect(await appendOnlyOutcome(edit())).toEqual({ table: 'AuditEntry', operation: 'UPDATE' })
    await withAppendOnlyLifted(db, provider, 'AuditEntry', edit)
  } finally {
    await db.$disconnect()
  }
}
