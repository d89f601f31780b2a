// NET-6, police part, through the gateway over HTTP: the police figures, K1–K3, victims counted
// once across police, Social Affairs and the Border Guard (consent exclusions as their own line)
// and the justice funnel, for records this test creates through the agencies' mutations —
// including items crossing the quarter's boundaries (Vietnam midnight) and records of old
// communes asked by their old district. The police subgraph's SQL statements for the whole
// statistics query do not grow when the records do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { publishedProblems, testProviders } from '@lienthong/kit/testing'
import { statementCounter } from '@lienthong/kit/testing'
import { startNetwork, TEST_OFFICERS, type Query, type TestNetwork } from '../network.ts'

const ref = (tag: string) => createHash('sha256').update(`gw-stat:${tag}`).digest('hex')
const V1 = ref('v1'),
  V2 = ref('v2'),
  V3 = ref('v3'),
  U1 = ref('u1'),
  U2 = ref('u2'),
  S1 = ref('s1'),
  S2 = ref('s2'),
  S3 = ref('s3'),
  X1 = ref('x1')
const L = '{ key count }'
const P = `{ total bySex ${L} byCitizenship ${L} }`
const QUERY = `query($u: AdminUnitCode) { provincialStatistics(period: { kind: QUARTER, year: 2024, index: 3 }, unitCode: $u) {
  periodCode unitName kpis { code numerator denominator met }
  police { reportsReceived reportsByKind ${L} reportsByChannel ${L} reportsClassified reportsTraffickingRelated reportsResolvedByOutcome ${L}
    casesOpened casesByArticle ${L} casesByForm ${L} casesByRoute ${L} casesByDestination ${L} casesByUnit ${L} casesOrganisedRing casesOnlineRecruitment casesInPeakCampaign casesSolved
    suspects suspectsBySex ${L} suspectsByCitizenship ${L} suspectsArrested suspectsWanted rescueOperations personsRescued }
  victims { total excludedForConsent bySex ${L} byAgeBand ${L} byCitizenship ${L} byForm ${L} byRoute ${L} byDestination ${L} byAgency ${L} byUnit ${L} }
  justiceFunnel { reportsReceived casesOpened casesIndicted casesTried convictedPersons suspects ${P} indicted ${P} convicted ${P} } } }`

/** Only the non-zero lines of a breakdown, as { key: count } (zeros are checked by the line count). */
const nz = (lines: { key: string; count: number }[]) => Object.fromEntries(lines.filter((l) => l.count).map((l) => [l.key, l.count]))

describe.each(await testProviders())('police statistics through the gateway on %s', (provider) => {
  let net: TestNetwork
  const counter = statementCounter()
  let seq = 0
  /** Runs an operation as the police officer, or as the caller `as` returns. */
  const ok = async (query: string, variables: Record<string, unknown>, caller: Query = net.query) => {
    const r = await caller(query, variables)
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined()
    return r.body.data
  }
  const as = (agency: 'social_affairs' | 'border_guard' | 'procuracy' | 'court') => net.as(TEST_OFFICERS[agency])
  const report = async (receivedAt: string, unitCode: string, kind: string, channel: string) =>
    (
      await ok(`mutation($i: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $i) { id } }`, {
        i: { externalRef: `GW-TB-${++seq}`, kind, channel, receivedAt, receivedByUnitCode: '99', unitCode },
      })
    ).receiveIncomingReport.id as string
  const classify = (id: string, traffickingRelated: boolean, classifiedAt: string) =>
    ok(`mutation($id: ID!, $i: ClassifyIncomingReportInput!) { classifyIncomingReport(id: $id, input: $i) { id } }`, {
      id,
      i: { traffickingRelated, classifiedAt },
    })
  const status = (id: string, s: string, at: string) =>
    ok(`mutation($id: ID!, $i: ChangeIncomingReportStatusInput!) { changeIncomingReportStatus(id: $id, input: $i) { id } }`, { id, i: { status: s, at } })
  const openCase = async (i: Record<string, unknown>) =>
    (await ok(`mutation($i: OpenCriminalCaseInput!) { openCriminalCase(input: $i) { id } }`, { i: { externalRef: `GW-CA-${++seq}`, codeArticle: 150, ...i } }))
      .openCriminalCase.id as string
  const caseStatus = (id: string, s: string, at: string) =>
    ok(`mutation($id: ID!, $i: ChangeCriminalCaseStatusInput!) { changeCriminalCaseStatus(id: $id, input: $i) { id } }`, { id, i: { status: s, at } })
  const suspect = (caseId: string, personRef: string, i: Record<string, unknown>) =>
    ok(`mutation($i: RecordSuspectInput!) { recordSuspect(input: $i) { id } }`, {
      i: { externalRef: `GW-DT-${++seq}`, caseId, personRef, role: 'RECRUITER', ...i },
    })
  const victim = (personRef: string, i: Record<string, unknown>) =>
    ok(`mutation($i: RecordVictimInput!) { recordVictim(input: $i) { externalRef } }`, {
      i: { externalRef: `GW-NN-${++seq}`, personRef, recruitmentMethod: 'FAKE_JOB_OFFER', consentToShare: 'GIVEN', citizenship: 'VIETNAMESE', ...i },
    })

  /** A quarter's worth of police records in district 992 (Biên Giang); `n` scales the volume. */
  async function policeRecords(n: number, tag: string) {
    for (let k = 0; k < n; k++) {
      const r = await report('2024-08-05T09:00:00+07:00', '99202', 'CRIME_REPORT', 'ONLINE')
      await classify(r, true, '2024-08-06T09:00:00+07:00')
      await status(r, 'VERIFYING', '2024-08-06T10:00:00+07:00')
      const c = await openCase({
        openedAt: '2024-08-10T09:00:00+07:00',
        unitCode: '99202',
        routeKind: 'CROSS_BORDER',
        destinationCountry: 'CN',
        forms: ['FORCED_MARRIAGE'],
        reportIds: [r],
      })
      await suspect(c, ref(`${tag}-s${k}`), { sex: 'MALE', citizenship: 'VIETNAMESE', arrestStatus: 'AT_LARGE' })
      await victim(ref(`${tag}-v${k}`), {
        caseId: c,
        status: 'IDENTIFIED',
        recordedAt: '2024-08-10T10:00:00+07:00',
        identifiedAt: '2024-08-11T10:00:00+07:00',
        sex: 'FEMALE',
        birthYear: 2000,
        forms: ['FORCED_MARRIAGE'],
        consentToCount: 'GIVEN',
      })
    }
  }

  beforeAll(async () => {
    net = await startNetwork(provider, { seed: false, onStatement: { cases: counter.record } })
    // reports: R1 received in June (Vietnam time, last hour) and concluded in July; R2 received in the first hour of July;
    // R3 in another district; R4 in the last hour of September, never classified; R5 in the first hour of October
    const r1 = await report('2024-06-30T23:30:00+07:00', '99201', 'CRIME_REPORT', 'IN_PERSON')
    await classify(r1, true, '2024-07-02T09:00:00+07:00')
    await status(r1, 'VERIFYING', '2024-07-02T10:00:00+07:00')
    await status(r1, 'NO_CASE_OPENED', '2024-07-05T10:00:00+07:00')
    const r2 = await report('2024-07-01T00:30:00+07:00', '99201', 'DENUNCIATION', 'HOTLINE_TRANSFER')
    await classify(r2, true, '2024-07-01T10:00:00+07:00')
    await status(r2, 'VERIFYING', '2024-07-01T11:00:00+07:00')
    const r3 = await report('2024-08-10T09:00:00+07:00', '99101', 'DENUNCIATION', 'ONLINE')
    await classify(r3, false, '2024-08-11T09:00:00+07:00')
    await report('2024-09-30T23:00:00+07:00', '99202', 'PROSECUTION_RECOMMENDATION', 'AGENCY_TRANSFER')
    await report('2024-10-01T00:10:00+07:00', '99202', 'CRIME_REPORT', 'IN_PERSON')
    // cases: C1 opened in the quarter from R2; C2 opened in Q1 and solved in the quarter; C3 closed unsolved before it
    const c1 = await openCase({
      openedAt: '2024-07-20T09:00:00+07:00',
      unitCode: '99201',
      routeKind: 'CROSS_BORDER',
      destinationCountry: 'CN',
      forms: ['FORCED_MARRIAGE', 'SEXUAL_EXPLOITATION'],
      organisedRing: true,
      reportIds: [r2],
    })
    const c2 = await openCase({
      openedAt: '2024-03-10T09:00:00+07:00',
      unitCode: '99202',
      routeKind: 'DOMESTIC',
      forms: ['FORCED_LABOUR'],
      onlineRecruitment: true,
    })
    await caseStatus(c2, 'SOLVED', '2024-07-15T09:00:00+07:00')
    const c3 = await openCase({ openedAt: '2024-02-01T09:00:00+07:00', unitCode: '99202', routeKind: 'DOMESTIC', forms: ['OTHER'] })
    await caseStatus(c3, 'CLOSED', '2024-05-01T09:00:00+07:00')
    await suspect(c1, S1, { sex: 'MALE', citizenship: 'VIETNAMESE', arrestStatus: 'ARRESTED', arrestedAt: '2024-07-21T09:00:00+07:00' })
    await suspect(c1, S2, { sex: 'FEMALE', citizenship: 'FOREIGN', citizenshipCountry: 'CN', arrestStatus: 'AT_LARGE', wanted: true })
    await suspect(c2, S3, { sex: 'MALE', citizenship: 'VIETNAMESE', arrestStatus: 'DETAINED', arrestedAt: '2024-07-15T10:00:00+07:00' })
    const rescue = (
      await ok(`mutation($i: RecordRescueOperationInput!) { recordRescueOperation(input: $i) { id } }`, {
        i: { externalRef: 'GW-GC-1', name: 'Giải cứu thử', startedAt: '2024-07-24T09:00:00+07:00', unitCode: '99201', destinationCountry: 'CN', caseId: c1 },
      })
    ).recordRescueOperation.id
    // victims: V1 identified in the quarter (16 at its end), rescued; V2 identified but refuses to be counted; V3 only presumed
    await victim(V1, {
      caseId: c1,
      status: 'IDENTIFIED',
      recordedAt: '2024-07-24T10:00:00+07:00',
      identifiedAt: '2024-07-25T10:00:00+07:00',
      sex: 'FEMALE',
      birthYear: 2008,
      forms: ['FORCED_MARRIAGE'],
      consentToCount: 'GIVEN',
      rescueOperationId: rescue,
    })
    await victim(V2, {
      caseId: c1,
      status: 'IDENTIFIED',
      recordedAt: '2024-07-24T10:00:00+07:00',
      identifiedAt: '2024-07-26T10:00:00+07:00',
      sex: 'FEMALE',
      birthYear: 1990,
      forms: ['SEXUAL_EXPLOITATION'],
      consentToCount: 'REFUSED',
    })
    await victim(V3, {
      caseId: c2,
      status: 'PRESUMED',
      recordedAt: '2024-07-16T10:00:00+07:00',
      sex: 'MALE',
      birthYear: 2012,
      forms: ['FORCED_LABOUR'],
      consentToCount: 'NOT_ASKED',
    })
    // Social Affairs sees V1, V2 and U1 (unknown to the police); the Border Guard U1, U2 and V3
    const social = await as('social_affairs')
    for (const [k, personRef] of [V1, V2, U1].entries()) {
      await ok(
        `mutation($i: ReceiveSupportCaseInput!) { receiveSupportCase(input: $i) { id } }`,
        {
          i: {
            externalRef: `GW-HT-${k}`,
            personRef,
            receivedAt: `2024-08-0${k + 1}T09:00:00+07:00`,
            facility: 'SOCIAL_PROTECTION_CENTRE',
            unitCode: '99201',
            arrival: 'POLICE',
          },
        },
        social,
      )
    }
    await ok(
      `mutation($i: RecordBorderIncidentInput!) { recordBorderIncident(input: $i) { id } }`,
      {
        i: {
          externalRef: 'GW-BP-1',
          occurredAt: '2024-08-15T09:00:00+07:00',
          placeType: 'LAND_BORDER',
          incidentType: 'SUSPECTED_TRAFFICKING',
          unitCode: '99201',
          otherCountry: 'CN',
          persons: [
            { personRef: U1, role: 'PRESUMED_VICTIM' },
            { personRef: U2, role: 'PRESUMED_VICTIM' },
            { personRef: V3, role: 'PRESUMED_VICTIM' },
          ],
        },
      },
      await as('border_guard'),
    )
    // C2 goes to the procuracy and the court: S3 and X1 (unknown to the police) indicted, S3 convicted, X1 acquitted
    const procuracy = await as('procuracy')
    const court = await as('court')
    const file = (
      await ok(
        `mutation($i: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $i) { id } }`,
        { i: { externalRef: 'GW-VKS-1', caseId: c2, acceptedAt: '2024-07-20T09:00:00+07:00', unitCode: '99202', defendants: [S3, X1] } },
        procuracy,
      )
    ).acceptProcuracyFile.id
    const ind = (
      await ok(
        `mutation($i: IndictInput!) { indict(input: $i) { id } }`,
        {
          i: {
            externalRef: 'GW-CT-1',
            procuracyFileId: file,
            indictedAt: '2024-08-01T09:00:00+07:00',
            charges: [S3, X1].map((personRef) => ({ personRef, article: 150, clause: 1 })),
          },
        },
        procuracy,
      )
    ).indict.id
    const cf = (
      await ok(
        `mutation($i: AcceptCourtFileInput!) { acceptCourtFile(input: $i) { id } }`,
        { i: { externalRef: 'GW-TA-1', indictmentId: ind, acceptedAt: '2024-08-10T09:00:00+07:00' } },
        court,
      )
    ).acceptCourtFile.id
    await ok(
      `mutation($i: RecordTrialInput!) { recordTrial(input: $i) { id } }`,
      {
        i: {
          judgmentRef: 'GW-BA-1',
          courtFileId: cf,
          triedAt: '2024-09-10T09:00:00+07:00',
          kind: 'MODEL_TRIAL',
          verdicts: [
            { personRef: S3, outcome: 'CONVICTED', article: 150, clause: 1, sentenceKind: 'IMPRISONMENT', sentenceMonths: 84 },
            { personRef: X1, outcome: 'ACQUITTED' },
          ],
        },
      },
      court,
    )
  }, 120_000)
  afterAll(() => net?.stop())

  it('the old district 992 in Q3 2024: every figure as recounted from the records above', async () => {
    const s = (await ok(QUERY, { u: '992' })).provincialStatistics
    expect(s.periodCode).toBe('2024-Q3')
    // R2 and R4 received (R1 in June, R5 in October, R3 elsewhere); R1 and R2 classified and concluded in the quarter
    expect(s.police).toMatchObject({
      reportsReceived: 2,
      reportsClassified: 2,
      reportsTraffickingRelated: 2,
      casesOpened: 1,
      casesOrganisedRing: 1,
      casesOnlineRecruitment: 0,
      casesInPeakCampaign: 0,
      casesSolved: 1,
      suspects: 2,
      suspectsArrested: 1,
      suspectsWanted: 1,
      rescueOperations: 1,
      personsRescued: 1,
    })
    expect(nz(s.police.reportsByKind)).toEqual({ DENUNCIATION: 1, PROSECUTION_RECOMMENDATION: 1 })
    expect(s.police.reportsByKind.map((l: any) => l.key)).toEqual(['DENUNCIATION', 'CRIME_REPORT', 'PROSECUTION_RECOMMENDATION'])
    expect(nz(s.police.reportsByChannel)).toEqual({ HOTLINE_TRANSFER: 1, AGENCY_TRANSFER: 1 })
    expect(s.police.reportsResolvedByOutcome).toEqual([
      { key: 'CASE_OPENED', count: 1 },
      { key: 'NO_CASE_OPENED', count: 1 },
      { key: 'TRANSFERRED', count: 0 },
      { key: 'SUSPENDED', count: 0 },
    ])
    expect(nz(s.police.casesByArticle)).toEqual({ 150: 1 })
    expect(nz(s.police.casesByForm)).toEqual({ FORCED_MARRIAGE: 1, SEXUAL_EXPLOITATION: 1 })
    expect(s.police.casesByForm).toHaveLength(8)
    expect(nz(s.police.casesByRoute)).toEqual({ CROSS_BORDER: 1 })
    expect(s.police.casesByDestination).toEqual([{ key: 'CN', count: 1 }])
    expect(s.police.casesByUnit).toEqual([{ key: '99201', count: 1 }])
    expect(nz(s.police.suspectsBySex)).toEqual({ MALE: 1, FEMALE: 1 })
    expect(nz(s.police.suspectsByCitizenship)).toEqual({ VIETNAMESE: 1, FOREIGN: 1 })
    // K1: R1, R2, R4 pending, R1 and R2 classified; K2: R1, R2 resolved; K3: C1 and C2 pending (C3 closed before), C2 solved
    expect(s.kpis.slice(0, 3)).toEqual([
      { code: 'K1', numerator: 2, denominator: 3, met: false },
      { code: 'K2', numerator: 2, denominator: 2, met: true },
      { code: 'K3', numerator: 1, denominator: 2, met: false },
    ])
    // K4, K5 arrive from the procuracy and the court (@requires): C2's file accepted and indicted, its court file accepted and tried in the quarter
    expect(s.kpis.slice(3)).toEqual([
      { code: 'K4', numerator: 1, denominator: 1, met: true },
      { code: 'K5', numerator: 1, denominator: 1, met: true },
    ])
    // victims: {V1, V2} ∪ {V1, V2, U1} ∪ {U1, U2, V3} = 5 persons, V2 left out for consent
    const v = s.victims
    expect({ total: v.total, excludedForConsent: v.excludedForConsent }).toEqual({ total: 4, excludedForConsent: 1 })
    expect(nz(v.bySex)).toEqual({ FEMALE: 1, MALE: 1, UNKNOWN: 2 })
    expect(nz(v.byAgeBand)).toEqual({ FROM_16_TO_17: 1, UNDER_16: 1, UNKNOWN: 2 })
    expect(nz(v.byCitizenship)).toEqual({ VIETNAMESE: 2, UNDETERMINED: 2 })
    expect(nz(v.byForm)).toEqual({ FORCED_MARRIAGE: 1, FORCED_LABOUR: 1, UNKNOWN: 2 })
    expect(v.byRoute).toEqual(
      [
        { key: 'DOMESTIC', count: 1 },
        { key: 'CROSS_BORDER', count: 1 },
        { key: 'NONE', count: 2 },
      ].map((l) => ({ ...l })),
    )
    expect(v.byDestination).toEqual([{ key: 'CN', count: 1 }])
    expect(v.byAgency).toEqual([
      { key: 'POLICE', count: 1 },
      { key: 'SUPPORT', count: 2 },
      { key: 'BORDER', count: 3 },
    ])
    expect(v.byUnit).toEqual([
      { key: '99201', count: 1 },
      { key: '99202', count: 1 },
    ])
    // the funnel: C2 indicted (S3 and X1) and tried in the quarter, S3 convicted; persons by the police record
    const f = s.justiceFunnel
    expect(f).toMatchObject({ reportsReceived: 2, casesOpened: 1, casesIndicted: 1, casesTried: 1, convictedPersons: 1 })
    expect([f.indicted.total, nz(f.indicted.bySex), nz(f.indicted.byCitizenship)]).toEqual([2, { MALE: 1, UNKNOWN: 1 }, { VIETNAMESE: 1, UNDETERMINED: 1 }])
    expect([f.convicted.total, nz(f.convicted.bySex), nz(f.convicted.byCitizenship)]).toEqual([1, { MALE: 1 }, { VIETNAMESE: 1 }])
    expect(f.suspects.total).toBe(2)
    expect(nz(f.suspects.bySex)).toEqual({ MALE: 1, FEMALE: 1 })
    expect(nz(f.suspects.byCitizenship)).toEqual({ VIETNAMESE: 1, FOREIGN: 1 })
  })

  it('the post-reform commune 99803 includes the old communes 99201 and 99202; district 991 has only R3', async () => {
    const a = (await ok(QUERY, { u: '99803' })).provincialStatistics
    expect({ reports: a.police.reportsReceived, cases: a.police.casesOpened, victims: a.victims.total }).toEqual({ reports: 2, cases: 1, victims: 4 })
    const b = (await ok(QUERY, { u: '991' })).provincialStatistics
    expect({ reports: b.police.reportsReceived, classified: b.police.reportsClassified, cases: b.police.casesOpened, victims: b.victims.total }).toEqual({
      reports: 1,
      classified: 1,
      cases: 0,
      victims: 0,
    })
  })

  it('gives analysts and integrators the person counts by the cell-key method (small ones suppressed), other counts exact (NET-7)', async () => {
    const exact = (await ok(QUERY, { u: '992' })).provincialStatistics
    const PERSON_COUNTS = [
      'police.suspects',
      'police.suspectsBySex',
      'police.suspectsByCitizenship',
      'police.suspectsArrested',
      'police.suspectsWanted',
      'police.personsRescued',
      'justiceFunnel.convictedPersons',
      ...['total', 'excludedForConsent', 'bySex', 'byAgeBand', 'byCitizenship', 'byForm', 'byRoute', 'byDestination', 'byAgency', 'byUnit'].map(
        (f) => `victims.${f}`,
      ),
      ...['suspects', 'indicted', 'convicted'].flatMap((s) => ['total', 'bySex', 'byCitizenship'].map((f) => `justiceFunnel.${s}.${f}`)),
    ]
    const at = (o: any, path: string) => path.split('.').reduce((x, k) => x[k], o)
    const withoutPersons = (s: any) => {
      const c = structuredClone(s)
      for (const path of PERSON_COUNTS) {
        const [head, ...rest] = path.split('.')
        const last = rest.pop()!
        delete rest.reduce((x, k) => x[k], c[head!])[last]
      }
      return c
    }
    for (const role of ['analyst', 'integrator'] as const) {
      const published = (await ok(QUERY, { u: '992' }, await net.as({ sub: `t-committee-${role}`, agency: 'steering_committee', role, unit: '99' })))
        .provincialStatistics
      for (const path of PERSON_COUNTS) expect(publishedProblems(path, at(exact, path), at(published, path)), path).toEqual([])
      // four victims, one convicted man: below k, suppressed (they were published exactly)
      expect([exact.victims.total, published.victims.total]).toEqual([4, null])
      expect([exact.justiceFunnel.convicted.total, published.justiceFunnel.convicted.total]).toEqual([1, null])
      expect(published.victims.bySex.map((l: any) => l.count)).toEqual([null, null, null])
      // what does not count persons (reports, cases, KPIs) is exact
      expect(withoutPersons(published)).toEqual(withoutPersons(exact))
    }
  })

  it('the police subgraph answers the whole statistics query with the same SQL statements for 10× the records', async () => {
    counter.reset()
    await ok(QUERY, { u: '99' })
    const before = counter.count
    await policeRecords(10, 'more')
    counter.reset()
    const s = (await ok(QUERY, { u: '99' })).provincialStatistics
    expect(counter.count).toBe(before)
    expect(before).toBeGreaterThan(0)
    expect(s.police.reportsReceived).toBe(3 + 10)
    expect(s.police.casesOpened).toBe(1 + 10)
    expect(s.victims.total).toBe(4 + 10)
  })
})
