// The Procuracy and the Court through the gateway over real HTTP (SQLite and PostgreSQL): one
// query follows a case from the police report to its verdict; the offices write their own
// records only, each as itself; defendants and verdicts only with a declared purpose, noted in the
// audit log with it; filters and pagination; typed errors reach the caller unchanged.
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { testProviders } from '@lienthong/kit/testing'
import type { Identity } from '@lienthong/kit/identity'
import { everyPage, written } from '../answers.ts'
import { TEST_OFFICERS } from '../network.ts'
import { useNetwork } from '../sharedNetwork.ts'

const world = demoWorld(DEV_NETWORK_KEY)
const ms = (s: string) => new Date(s).getTime()
/** Midnight in Vietnam (UTC+7) of a calendar day. */
const vn = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000)

const CHAIN = `query($id: ID!) { criminalCase(id: $id) {
  externalRef openedAt codeArticle transferredAt
  reports { externalRef receivedAt }
  suspects { person { personRef } }
  procuracyFile { externalRef acceptedAt status
    defendants { personRef person { personRef knownToPolice } }
    indictment { externalRef indictedAt charges { article clause defendant { personRef } }
      courtFile { externalRef acceptedAt status trial { judgmentRef triedAt kind venueUnitCode }
        verdicts { outcome article sentenceKind sentenceMonths decidedAt defendant { personRef } appeals { party status } } } } } } }`

describe.each(await testProviders())('procuracy and court through the gateway on %s', (provider) => {
  const { net, callers } = useNetwork(provider, { callers: { procuracy: TEST_OFFICERS.procuracy, court: TEST_OFFICERS.court } })

  it('follows a seeded case from the police report to the verdict in one query', async () => {
    const tried = await net.query(
      '{ courtFiles(first: 200, filter: { status: TRIED_FIRST_INSTANCE }) { edges { node { indictment { procuracyFile { criminalCase { id } } } } } } }',
    )
    expect(tried.body.errors).toBeUndefined()
    const triedCaseIds = new Set<string>(tried.body.data.courtFiles.edges.map((e: any) => e.node.indictment.procuracyFile.criminalCase.id))
    // prefer a case that began as a hotline report forwarded by Social Affairs
    const viaHotline = world.hotlineReports.find((r) => r.caseId && triedCaseIds.has(r.caseId))!
    expect(viaHotline).toBeDefined()
    const c = world.cases.find((x) => x.id === viaHotline.caseId)!
    const file = world.procuracyFiles.find((f) => f.caseId === c.id)!
    const { status, body } = await net.query(CHAIN, { id: c.id })
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    const got = body.data.criminalCase
    expect(got.externalRef).toBe(c.externalRef)
    expect(got.reports.map((r: any) => r.externalRef)).toContain(viaHotline.externalRef)
    const pf = got.procuracyFile
    expect(pf.externalRef).toBe(file.externalRef)
    expect(ms(pf.acceptedAt)).toBe(file.acceptedAt.getTime())
    // the procuracy's defendants are the police suspects, by reference
    expect(pf.defendants.map((d: any) => d.person.personRef)).toEqual([...c.suspectRefs].sort())
    expect(got.suspects.map((s: any) => s.person.personRef).sort()).toEqual([...c.suspectRefs].sort())
    for (const d of pf.defendants) expect(typeof d.person.knownToPolice).toBe('boolean')
    for (const ch of pf.indictment.charges) expect(ch.article).toBe(c.codeArticle)
    const cf = pf.indictment.courtFile
    expect(cf.status).toBe('TRIED_FIRST_INSTANCE')
    // police transfer → procuracy acceptance → indictment → court acceptance → trial
    const chain = [got.openedAt, got.transferredAt, pf.acceptedAt, pf.indictment.indictedAt, cf.acceptedAt, cf.trial.triedAt].map(ms)
    expect([...chain].sort((a, b) => a - b)).toEqual(chain)
    expect(new Set(chain).size).toBe(chain.length)
    expect(cf.verdicts.map((v: any) => v.defendant.personRef).sort()).toEqual(pf.indictment.charges.map((ch: any) => ch.defendant.personRef).sort())
    for (const v of cf.verdicts) {
      expect(ms(v.decidedAt)).toBe(ms(cf.trial.triedAt))
      if (v.outcome === 'CONVICTED') expect(v.article).toBe(c.codeArticle)
    }
  })

  it('lets the procuracy and then the court write a new case’s chain, visible in the same query', async () => {
    const c = world.cases.find((x) => !world.procuracyFiles.some((f) => f.caseId === x.id))!
    const acceptInput = {
      externalRef: `VKS-GW-${c.externalRef}`,
      caseId: c.id,
      acceptedAt: new Date(c.openedAt.getTime() + 90 * 86_400_000).toISOString(),
      unitCode: c.unitCode,
      defendants: c.suspectRefs,
    }
    const filed = await written(
      callers.procuracy,
      'mutation($input: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $input) { id status } }',
      acceptInput,
    )
    // a replay (the procuracy's system retrying) returns the same file
    expect(
      (await written(callers.procuracy, 'mutation($input: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $input) { id } }', acceptInput)).id,
    ).toBe(filed.id)
    const indictedAt = new Date(c.openedAt.getTime() + 150 * 86_400_000)
    const ind = await written(callers.procuracy, 'mutation($input: IndictInput!) { indict(input: $input) { id } }', {
      externalRef: `CT-GW-${c.externalRef}`,
      procuracyFileId: filed.id,
      indictedAt: indictedAt.toISOString(),
      charges: c.suspectRefs.map((personRef) => ({ personRef, article: c.codeArticle, clause: 1 })),
    })
    const cf = await written(callers.court, 'mutation($input: AcceptCourtFileInput!) { acceptCourtFile(input: $input) { id } }', {
      externalRef: `TA-GW-${c.externalRef}`,
      indictmentId: ind.id,
      acceptedAt: new Date(indictedAt.getTime() + 20 * 86_400_000).toISOString(),
    })
    const triedAt = new Date(indictedAt.getTime() + 80 * 86_400_000)
    await written(callers.court, 'mutation($input: RecordTrialInput!) { recordTrial(input: $input) { id } }', {
      judgmentRef: `BA-GW-${c.externalRef}`,
      courtFileId: cf.id,
      triedAt: triedAt.toISOString(),
      kind: 'MODEL_TRIAL',
      verdicts: c.suspectRefs.map((personRef, i) =>
        i === 0
          ? { personRef, outcome: 'ACQUITTED' }
          : { personRef, outcome: 'CONVICTED', article: c.codeArticle, clause: 1, sentenceKind: 'IMPRISONMENT', sentenceMonths: 60 + i },
      ),
    })
    const { body } = await net.query(CHAIN, { id: c.id })
    expect(body.errors).toBeUndefined()
    const pf = body.data.criminalCase.procuracyFile
    expect(pf).toMatchObject({
      externalRef: `VKS-GW-${c.externalRef}`,
      status: 'INDICTED',
      indictment: { externalRef: `CT-GW-${c.externalRef}`, indictedAt: indictedAt.toISOString() },
    })
    expect(pf.indictment.courtFile).toMatchObject({
      externalRef: `TA-GW-${c.externalRef}`,
      status: 'TRIED_FIRST_INSTANCE',
      trial: { judgmentRef: `BA-GW-${c.externalRef}`, triedAt: triedAt.toISOString(), kind: 'MODEL_TRIAL', venueUnitCode: null },
    })
    const byRef = new Map(pf.indictment.courtFile.verdicts.map((v: any) => [v.defendant.personRef, v]))
    c.suspectRefs.forEach(
      (ref, i) =>
        void expect(byRef.get(ref)).toMatchObject(
          i === 0
            ? { outcome: 'ACQUITTED', sentenceMonths: null }
            : { outcome: 'CONVICTED', article: c.codeArticle, sentenceKind: 'IMPRISONMENT', sentenceMonths: 60 + i },
        ),
    )
  })

  it('refuses a write from the wrong office, bad input and a conflicting replay with typed errors', async () => {
    const file = world.procuracyFiles.find((f) => f.indictedAt)!
    const asPolice = await net.query('mutation($input: ChangeProcuracyStatusInput!) { changeProcuracyStatus(input: $input) { id } }', {
      input: { decisionRef: 'QD-GW-1', procuracyFileId: file.id, status: 'DROPPED', at: '2025-12-01T09:00:00+07:00', version: 1 },
    })
    expect(asPolice.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'changeProcuracyStatus' })
    const indictment = await net.query('query($id: ID!) { procuracyFile(id: $id) { indictment { id } } }', { id: file.id })
    const courtByProcuracy = await callers.procuracy('mutation($input: AcceptCourtFileInput!) { acceptCourtFile(input: $input) { id } }', {
      input: { externalRef: 'TA-GW-X', indictmentId: indictment.body.data.procuracyFile.indictment.id, acceptedAt: '2025-12-01T09:00:00+07:00' },
    })
    expect(courtByProcuracy.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'acceptCourtFile' })
    const future = await callers.procuracy('mutation($input: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $input) { id } }', {
      input: { externalRef: 'VKS-GW-F', caseId: randomUUID(), acceptedAt: '2099-01-01T00:00:00+07:00', unitCode: '99801', defendants: ['d'.repeat(64)] },
    })
    expect(future.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.acceptedAt' })
    const reused = await callers.procuracy('mutation($input: IndictInput!) { indict(input: $input) { id } }', {
      input: {
        externalRef: world.procuracyFiles.find((f) => f.indictedAt)!.externalRef.replace('VKS', 'CT'),
        procuracyFileId: file.id,
        indictedAt: '2025-12-01T09:00:00+07:00',
        charges: [{ personRef: 'e'.repeat(64), article: 150, clause: 1 }],
      },
    })
    expect(reused.body.errors?.[0].extensions).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
  })

  it('serves defendants only with a declared purpose, to record roles, and notes each read with its purpose for auditors', async () => {
    const file = world.procuracyFiles.find((f) => f.indictedAt)!
    const READ = 'query($id: ID!) { procuracyFile(id: $id) { externalRef defendants { id personRef } } }'
    const { purpose: _omit, ...courtWithoutPurpose } = TEST_OFFICERS.court
    const withoutPurpose = await (await net.as(courtWithoutPurpose))(READ, { id: file.id })
    expect(withoutPurpose.body.errors?.length).toBeGreaterThan(0)
    for (const e of withoutPurpose.body.errors!) expect(e.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'ProcuracyFile.defendants' }) // refused on the field leading to them, before it runs
    const analyst: Identity = { sub: 'gw-analyst', agency: 'steering_committee', role: 'analyst', unit: '99' }
    expect((await (await net.as(analyst))(READ, { id: file.id })).body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'procuracyFile' })

    const read = await callers.court(READ, { id: file.id })
    expect(read.body.errors).toBeUndefined()
    const defendantIds = read.body.data.procuracyFile.defendants.map((d: any) => d.id).sort()
    const LOG =
      '{ prosecutionsAuditLog(first: 500) { entries { actorSub agency role purpose operation recordType recordRefs fields } nextAfterSeq verification { ok } } }'
    const auditor = await net.as({ sub: 'gw-committee-auditor', agency: 'steering_committee', role: 'auditor', unit: '99' })
    const { body } = await auditor(LOG)
    expect(body.errors).toBeUndefined()
    const log = body.data.prosecutionsAuditLog
    expect(log.nextAfterSeq).toBeNull()
    expect(log.verification.ok).toBe(true)
    expect(log.entries.filter((e: any) => e.actorSub === TEST_OFFICERS.court.sub && e.operation === 'read procuracyFile')).toEqual([
      {
        actorSub: TEST_OFFICERS.court.sub,
        agency: 'court',
        role: 'officer',
        purpose: 'adjudication',
        operation: 'read procuracyFile',
        recordType: 'Defendant',
        recordRefs: defendantIds,
        fields: ['id', 'personRef'],
      },
    ])
    // the refused reads were not noted; the log itself is for auditors only
    expect(log.entries.filter((e: any) => e.actorSub === 'gw-analyst' || e.purpose === '(không khai báo / none)')).toEqual([])
    expect((await net.query(LOG)).body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'prosecutionsAuditLog' })
  })

  it('filters by period and unit and pages through every procuracy file once', async () => {
    const year = await net.query('{ verdicts(first: 200, filter: { decidedIn: { kind: YEAR, year: 2024 } }) { totalCount edges { node { decidedAt } } } }')
    expect(year.body.errors).toBeUndefined()
    for (const e of year.body.data.verdicts.edges) {
      expect(ms(e.node.decidedAt)).toBeGreaterThanOrEqual(vn(2024, 1, 1).getTime())
      expect(ms(e.node.decidedAt)).toBeLessThan(vn(2025, 1, 1).getTime())
    }
    let quarters = 0
    for (const index of [1, 2, 3, 4]) {
      const q = await net.query('query($i: Int!) { verdicts(filter: { decidedIn: { kind: QUARTER, year: 2024, index: $i } }) { totalCount } }', { i: index })
      quarters += q.body.data.verdicts.totalCount
    }
    expect(year.body.data.verdicts.totalCount).toBeGreaterThan(0)
    expect(quarters).toBe(year.body.data.verdicts.totalCount)
    const province = await net.query('{ courtFiles(filter: { unitCode: "99" }) { totalCount } }')
    const all = await net.query('{ courtFiles { totalCount } }')
    expect(province.body.data.courtFiles.totalCount).toBe(all.body.data.courtFiles.totalCount)

    const pages = await everyPage(
      net.query,
      'query($after: String) { procuracyFiles(first: 25, after: $after) { edges { node { externalRef } } pageInfo { hasNextPage endCursor } } }',
      'procuracyFiles',
    )
    const seen: string[] = pages.nodes.map((n) => n.externalRef)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.filter((r) => r.startsWith('VKS-2')).sort()).toEqual(world.procuracyFiles.map((f) => f.externalRef).sort())
  })
})
