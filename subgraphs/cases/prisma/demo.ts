// The police's slice of the shared demo world, as rows: reports (most not leading to a case,
// some not about trafficking), the demo world's cases with their investigation history,
// suspects, victims (consent from the world; personal fields obviously fabricated), rescue
// operations and the 2024 peak campaign. Deterministic: the world plus a fixed seed of our own.
import { demoId, demoWorld, Random, type DemoCase, DEMO_YEARS } from '@lienthong/kit'
import { adminUnits, vietnamDay, vietnamMidnight } from '@lienthong/schema'
import type {
  CaseInvestigationStatus,
  IncomingReportChannel,
  IncomingReportKind,
  IncomingReportStatus,
  RecruitmentMethod,
  SuspectArrestStatus,
  SuspectRole,
} from '../src/generated/sqlite/enums.ts'

export const POLICE_DEMO_SEED = 150_2024
const DAY = 86_400_000
const plus = (d: Date, days: number) => new Date(d.getTime() + days * DAY)

/** The 2024 peak campaign (Ninh Bình Plan 22/KH-BCĐ §II.3): 1 July – 30 September 2024. */
export const PEAK_2024 = {
  id: demoId('CD-2024-CAO-DIEM'),
  externalRef: 'CD-2024-CAO-DIEM',
  name: 'Đợt cao điểm phòng, chống mua bán người 2024',
  startsOn: '2024-07-01',
  endsOn: '2024-09-30',
}
const inPeak = (at: Date) => {
  const d = vietnamDay(at)
  return d >= PEAK_2024.startsOn && d <= PEAK_2024.endsOn
}

/** The unit's code on a day: itself, else the predecessor or successor in force then, else the province. */
export function unitOn(code: string, at: Date): string {
  const units = adminUnits()
  if (units.isValidOn(code, at)) return code
  const u = units.get(code)
  const candidates = [...(u?.predecessors ?? []), ...(u?.successor ? [u.successor] : [])]
  return candidates.find((c) => units.isValidOn(c, at)) ?? units.province().code
}

export function policeDemo(networkKey: string, now = new Date()) {
  const world = demoWorld(networkKey)
  const r = new Random(POLICE_DEMO_SEED)
  const province = adminUnits().province().code
  const past = (d: Date) => d.getTime() <= now.getTime()
  const filed = new Map(world.procuracyFiles.map((f) => [f.caseId, f]))

  const cases = world.cases.map((c) => ({
    ...caseHistory(r, c, filed.get(c.id)?.acceptedAt ?? null, past),
    peakCampaignId: inPeak(c.openedAt) ? PEAK_2024.id : null,
  }))

  type Report = {
    id: string
    externalRef: string
    kind: IncomingReportKind
    channel: IncomingReportChannel
    receivedAt: Date
    receivedByUnitCode: string
    unitCode: string
    traffickingRelated: boolean | null
    classifiedAt: Date | null
    status: IncomingReportStatus
    resolvedAt: Date | null
    caseId: string | null
  }
  const reports: Report[] = []
  const kind = () =>
    r.weighted<IncomingReportKind>([
      ['DENUNCIATION', 40],
      ['CRIME_REPORT', 45],
      ['PROSECUTION_RECOMMENDATION', 15],
    ])
  for (const c of world.cases) {
    for (
      let k = 1;
      k <=
      r.weighted([
        [1, 75],
        [2, 25],
      ]);
      k++
    ) {
      const receivedAt = plus(c.openedAt, -r.int(5, 60))
      const unitCode = unitOn(c.unitCode, receivedAt)
      const externalRef = `${c.externalRef}-NT${k}`
      reports.push({
        id: demoId(externalRef),
        externalRef,
        kind: kind(),
        receivedAt,
        unitCode,
        receivedByUnitCode: r.chance(0.5) ? province : unitCode,
        channel: r.weighted<IncomingReportChannel>([
          ['IN_PERSON', 35],
          ['POLICE_HOTLINE', 20],
          ['ONLINE', 10],
          ['AGENCY_TRANSFER', 25],
          ['PROVINCE_TRANSFER', 10],
        ]),
        traffickingRelated: true,
        classifiedAt: plus(receivedAt, r.int(1, 4)),
        status: 'CASE_OPENED',
        resolvedAt: c.openedAt,
        caseId: c.id,
      })
    }
  }
  const opened = new Map(world.cases.map((c) => [c.id, c.openedAt]))
  for (const h of world.hotlineReports) {
    const outcome = h.caseId ? null : noCaseOutcome(r, h.receivedAt, past)
    const caseAt = h.caseId ? opened.get(h.caseId)! : null
    reports.push({
      id: h.reportId,
      externalRef: h.externalRef,
      kind: 'CRIME_REPORT',
      channel: 'HOTLINE_TRANSFER',
      receivedAt: h.receivedAt,
      receivedByUnitCode: province,
      unitCode: h.unitCode,
      ...(caseAt
        ? {
            traffickingRelated: true,
            classifiedAt: new Date(Math.min(plus(h.receivedAt, 1).getTime(), caseAt.getTime())),
            status: 'CASE_OPENED' as const,
            resolvedAt: caseAt,
            caseId: h.caseId,
          }
        : { ...outcome!, caseId: null }),
    })
  }
  for (const year of DEMO_YEARS) {
    for (let k = 1; k <= 60; k++) {
      const externalRef = `NT-${year}-${String(k).padStart(4, '0')}`
      const receivedAt = new Date(vietnamMidnight(year, 1, 1).getTime() + r.int(0, 364) * DAY + r.int(8, 17) * 3600_000)
      const unitCode = r.pick(adminUnits().unitsOn('COMMUNE', receivedAt)).code
      reports.push({
        id: demoId(externalRef),
        externalRef,
        kind: kind(),
        receivedAt,
        unitCode,
        receivedByUnitCode: r.chance(0.6) ? province : unitCode,
        channel: r.weighted<IncomingReportChannel>([
          ['IN_PERSON', 35],
          ['POLICE_HOTLINE', 25],
          ['ONLINE', 15],
          ['AGENCY_TRANSFER', 15],
          ['PROVINCE_TRANSFER', 10],
        ]),
        ...noCaseOutcome(r, receivedAt, past),
        caseId: null,
      })
    }
  }

  const roles: [SuspectRole, number][] = [
    ['RECRUITER', 30],
    ['BROKER', 20],
    ['TRANSPORTER', 15],
    ['ORGANISER', 10],
    ['HARBOURER', 8],
    ['SELLER', 8],
    ['BUYER', 5],
    ['EXPLOITER', 4],
  ]
  const suspects = world.cases.flatMap((c, i) =>
    c.suspectRefs.map((personRef, k) => {
      const prosecuted = cases[i]!.status === 'TRANSFERRED_FOR_PROSECUTION'
      const arrestStatus = prosecuted
        ? r.weighted<SuspectArrestStatus>([
            ['DETAINED', 70],
            ['ARRESTED', 15],
            ['SURRENDERED', 10],
            ['RELEASED', 5],
          ])
        : r.weighted<SuspectArrestStatus>([
            ['AT_LARGE', 35],
            ['ARRESTED', 35],
            ['DETAINED', 20],
            ['SURRENDERED', 10],
          ])
      const externalRef = `${c.externalRef}-DT${k + 1}`
      return {
        id: demoId(externalRef),
        externalRef,
        caseId: c.id,
        personRef,
        role: k === 0 ? r.weighted(roles.slice(0, 4)) : r.weighted(roles),
        arrestStatus,
        arrestedAt: arrestStatus === 'AT_LARGE' ? null : plus(c.openedAt, r.int(0, 30)),
        wanted: arrestStatus === 'AT_LARGE' && r.chance(0.5),
      }
    }),
  )

  const rescues = world.cases
    .filter((c) => (c.routeKind === 'CROSS_BORDER' ? r.chance(0.5) : r.chance(0.2)))
    .map((c) => {
      const startedAt = plus(c.openedAt, r.int(-20, 60))
      const externalRef = `GC-${c.externalRef.slice(3)}`
      return {
        id: demoId(externalRef),
        externalRef,
        name: `Giải cứu nạn nhân vụ ${c.externalRef}`,
        startedAt: past(startedAt) ? startedAt : c.openedAt,
        unitCode: unitOn(c.unitCode, startedAt),
        destinationCountry: c.destinationCountry,
        caseId: c.id,
        peakCampaignId: inPeak(startedAt) ? PEAK_2024.id : null,
      }
    })
  const rescuedBy = new Map<string, string>()
  for (const op of rescues) for (const v of world.cases.find((c) => c.id === op.caseId)!.victimRefs) if (!rescuedBy.has(v)) rescuedBy.set(v, op.id)

  const firstCase = new Map<string, DemoCase>()
  for (const c of [...world.cases].sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime()))
    for (const v of c.victimRefs) if (!firstCase.has(v)) firstCase.set(v, c)
  const victims = world.persons
    .map((p, i) => ({ p, i, c: firstCase.get(p.personRef) }))
    .filter((x) => x.c)
    .map(({ p, i, c }) => {
      const recordedAt = plus(c!.openedAt, -r.int(0, 10))
      const identified = r.chance(0.9)
      const n = String(i + 1).padStart(3, '0')
      return {
        personRef: p.personRef,
        externalRef: `NN-${n}`,
        status: identified ? ('IDENTIFIED' as const) : ('PRESUMED' as const),
        identifiedAt: identified ? plus(c!.openedAt, r.int(0, 15)) : null,
        recordedAt,
        forms: c!.forms,
        recruitmentMethod: r.weighted<RecruitmentMethod>([
          ['FAKE_JOB_OFFER', 40],
          ['ONLINE_CONTACT', 20],
          ['MARRIAGE_BROKERING', 12],
          ['ACQUAINTANCE', 15],
          ['DEBT_BONDAGE', 5],
          ['ABDUCTION', 3],
          ['UNKNOWN', 5],
        ]),
        rescueOperationId: rescuedBy.get(p.personRef) ?? null,
        consentToCount: p.consentToCount,
        consentToShare: p.consentToShare,
        // obviously fabricated personal fields; the national ID is not recorded in the demo
        personal: { fullName: `Nạn nhân Mẫu ${n}`, dateOfBirth: `${p.birthYear}-01-01`, address: `Địa chỉ mẫu số ${n}`, phone: `0900000${n}` },
      }
    })
  const personRefs = new Set([...world.cases.flatMap((c) => [...c.victimRefs, ...c.suspectRefs])])
  const persons = [...world.persons, ...world.suspects]
    .filter((p) => personRefs.has(p.personRef))
    .map(({ personRef, sex, birthYear, citizenship, citizenshipCountry }) => ({ personRef, sex, birthYear, citizenship, citizenshipCountry }))
  return { world, campaign: { ...PEAK_2024, unitCodes: [province] }, cases, reports, suspects, victims, rescues, persons }
}

/** Investigation history of a demo case, consistent with the procuracy's file when there is one. */
function caseHistory(r: Random, c: DemoCase, acceptedAt: Date | null, past: (d: Date) => boolean) {
  const base = {
    organisedRing: r.chance(0.35),
    onlineRecruitment: r.chance(0.45),
    solvedAt: null as Date | null,
    suspendedAt: null as Date | null,
    closedAt: null as Date | null,
    transferredAt: null as Date | null,
  }
  if (acceptedAt) {
    return {
      ...base,
      status: 'TRANSFERRED_FOR_PROSECUTION' as CaseInvestigationStatus,
      solvedAt: plus(c.openedAt, r.int(10, 40)),
      transferredAt: plus(acceptedAt, -r.int(1, 5)),
    }
  }
  const roll = r.int(1, 4)
  const at = plus(c.openedAt, r.int(60, 180))
  if (!past(at) || roll === 1) return { ...base, status: 'INVESTIGATING' as CaseInvestigationStatus }
  if (roll === 2) return { ...base, status: 'SUSPENDED' as CaseInvestigationStatus, suspendedAt: at }
  if (roll === 3) return { ...base, status: 'CLOSED' as CaseInvestigationStatus, closedAt: at }
  return { ...base, status: 'SOLVED' as CaseInvestigationStatus, solvedAt: at }
}

/** Outcome of a report that led to no case: classified or not, resolved or still open. */
function noCaseOutcome(r: Random, receivedAt: Date, past: (d: Date) => boolean) {
  const related = r.weighted<boolean | null>([
    [true, 50],
    [false, 42],
    [null, 8],
  ])
  if (related == null) return { traffickingRelated: null, classifiedAt: null, status: 'RECEIVED' as IncomingReportStatus, resolvedAt: null }
  const classifiedAt = plus(receivedAt, r.int(1, 10))
  const resolvedAt = plus(classifiedAt, r.int(5, 60))
  const status = related
    ? r.weighted<IncomingReportStatus>([
        ['NO_CASE_OPENED', 55],
        ['TRANSFERRED', 15],
        ['SUSPENDED', 15],
        ['VERIFYING', 15],
      ])
    : r.weighted<IncomingReportStatus>([
        ['NO_CASE_OPENED', 65],
        ['TRANSFERRED', 35],
      ])
  if (status === 'VERIFYING' || !past(resolvedAt))
    return { traffickingRelated: related, classifiedAt, status: 'VERIFYING' as IncomingReportStatus, resolvedAt: null }
  return { traffickingRelated: related, classifiedAt, status, resolvedAt }
}
