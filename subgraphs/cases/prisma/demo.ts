// The police's slice of the shared demo world, as rows: reports (most not leading to a case,
// some not about trafficking), the demo world's cases with their investigation history,
// suspects, victims (consent from the world; personal fields obviously fabricated), rescue
// operations and the 2024 peak campaign. Deterministic: the world plus a fixed seed of our own.
import { demoId, demoWorld, Random, type DemoCase } from '@lienthong/kit'
import { adminUnits, vietnamDay } from '@lienthong/schema'
import type { CaseInvestigationStatus, RecruitmentMethod, SuspectArrestStatus, SuspectRole } from '../src/generated/sqlite/enums.ts'
import { demoReports, unitOn, weights } from './demoReports.ts'

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

  const reports = demoReports(r, world, past)

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
        ? r.weighted(weights<SuspectArrestStatus>({ DETAINED: 70, ARRESTED: 15, SURRENDERED: 10, RELEASED: 5 }))
        : r.weighted(weights<SuspectArrestStatus>({ AT_LARGE: 35, ARRESTED: 35, DETAINED: 20, SURRENDERED: 10 }))
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
        recruitmentMethod: r.weighted(
          weights<RecruitmentMethod>({
            FAKE_JOB_OFFER: 40,
            ONLINE_CONTACT: 20,
            MARRIAGE_BROKERING: 12,
            ACQUAINTANCE: 15,
            DEBT_BONDAGE: 5,
            ABDUCTION: 3,
            UNKNOWN: 5,
          }),
        ),
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
