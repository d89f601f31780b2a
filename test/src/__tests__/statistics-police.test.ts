// NET-6, police part, through the gateway over HTTP: the police figures, K1–K3, victims counted
// once across police, Social Affairs and the Border Guard (consent exclusions as their own line)
// and the justice funnel, for records this test creates through the agencies' mutations —
// including items crossing the quarter's boundaries (Vietnam midnight) and records of old
// communes asked by their old district. The police subgraph's SQL statements for the whole
// statistics query do not grow when the records do.
import { beforeAll, describe, expect, it } from 'vitest'
import { publishedProblems, statementCounter, testProviders } from '@lienthong/kit/testing'
import { ok } from '../answers.ts'
import { policeWrites, writeDistrictRecords, writePoliceQuarter, type PoliceWrites } from '../policeQuarter.ts'
import { useNetwork } from '../sharedNetwork.ts'

const L = '{ key count }'
const P = `{ total bySex ${L} byCitizenship ${L} }`
const QUERY = `query($u: AdminUnitCode) { provincialStatistics(period: { kind: QUARTER, year: 2024, index: 3 }, unitCode: $u) {
  periodCode unitName kpis { code numerator denominator met }
  police { reportsReceived reportsByKind ${L} reportsByChannel ${L} reportsClassified reportsTraffickingRelated reportsResolvedByOutcome ${L}
    casesOpened casesByArticle ${L} casesByForm ${L} casesByRoute ${L} casesByDestination ${L} casesByUnit ${L} casesOrganisedRing casesOnlineRecruitment casesInPeakCampaign casesSolved
    suspects suspectsBySex ${L} suspectsByCitizenship ${L} suspectsArrested suspectsWanted rescueOperations personsRescued }
  victims { total excludedForConsent bySex ${L} byAgeBand ${L} bySexAndAgeGroup ${L} byCitizenship ${L} byForm ${L} byRoute ${L} byDestination ${L} byAgency ${L} byUnit ${L} }
  justiceFunnel { reportsReceived casesOpened casesIndicted casesTried convictedPersons suspects ${P} indicted ${P} convicted ${P} } } }`

/** Only the non-zero lines of a breakdown, as { key: count } (zeros are checked by the line count). */
const nz = (lines: { key: string; count: number }[]) => Object.fromEntries(lines.filter((l) => l.count).map((l) => [l.key, l.count]))

describe.each(await testProviders())('police statistics through the gateway on %s', (provider) => {
  const counter = statementCounter()
  const { net } = useNetwork(provider, { seed: false, onStatement: { cases: counter.record } })
  /** Reads the statistics as the police officer, or as `caller`. */
  const statistics = async (unitCode: string, caller = net.query) => (await ok(caller, QUERY, { u: unitCode })).provincialStatistics
  let police: PoliceWrites
  beforeAll(async () => {
    police = policeWrites(net.query)
    await writePoliceQuarter(net, police)
  }, 120_000)

  it("the old district 992 in Q3 2024: every figure as recounted from the quarter's records (policeQuarter.ts)", async () => {
    const s = await statistics('992')
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
    const a = await statistics('99803')
    expect({ reports: a.police.reportsReceived, cases: a.police.casesOpened, victims: a.victims.total }).toEqual({ reports: 2, cases: 1, victims: 4 })
    const b = await statistics('991')
    expect({ reports: b.police.reportsReceived, classified: b.police.reportsClassified, cases: b.police.casesOpened, victims: b.victims.total }).toEqual({
      reports: 1,
      classified: 1,
      cases: 0,
      victims: 0,
    })
  })

  it('gives analysts and integrators the person counts by the cell-key method (small ones suppressed), other counts exact (NET-7)', async () => {
    const exact = await statistics('992')
    const PERSON_COUNTS = [
      ...['suspects', 'suspectsBySex', 'suspectsByCitizenship', 'suspectsArrested', 'suspectsWanted', 'personsRescued'].map((f) => `police.${f}`),
      'justiceFunnel.convictedPersons',
      ...[
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
      ].map((f) => `victims.${f}`),
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
      const published = await statistics('992', await net.as({ sub: `t-committee-${role}`, agency: 'steering_committee', role, unit: '99' }))
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
    await statistics('99')
    const before = counter.count
    await writeDistrictRecords(police, 10, 'more')
    counter.reset()
    const s = await statistics('99')
    expect(counter.count).toBe(before)
    expect(before).toBeGreaterThan(0)
    expect(s.police.reportsReceived).toBe(3 + 10)
    expect(s.police.casesOpened).toBe(1 + 10)
    expect(s.victims.total).toBe(4 + 10)
  })
})
