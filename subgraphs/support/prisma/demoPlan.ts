// The support demo data derived from kit's demo world: the world's support cases (same ids and
// person references as the other agencies), with screening, needs, services, referrals,
// follow-ups, and the hotline contacts behind the police's hotline reports. Deterministic (own
// seed); built through the mutations' own schemas so a replay of any demo write is recognised.
import { adminUnits, vietnamDay } from '@lienthong/schema'
import { DEV_PII_KEY, demoId, demoWorld, keyedDigest, Random } from '@lienthong/kit'
import type { ConsentStatus, SupportArrival as Arrival, SupportReferralStatus as ReferralStatus, SupportServiceType as ServiceType } from '../src/db.ts'
import { ReceiveSupportCaseSchema } from '../src/validation/supportCase.ts'
import { RecordSupportServiceSchema } from '../src/validation/supportService.ts'
import { RecordFollowUpSchema } from '../src/validation/followUp.ts'
import { ReferSupportCaseSchema } from '../src/validation/referral.ts'
import { RecordHotlineContactSchema } from '../src/validation/hotlineContact.ts'
import { followUpRow, hotlineContactRow, referralRow, serviceRow, supportCaseRow } from '../src/domain/rows.ts'
import { REFERRAL_STATUS_DATE } from '../src/domain/statuses.ts'

export const SUPPORT_DEMO_SEED = 4_2021
const DAY = 86_400_000
type DemoSupportCase = ReturnType<typeof demoWorld>['supportCases'][number]
const HOUR = 3_600_000
const STILL_SHELTERED_FROM = new Date('2025-10-01T00:00:00+07:00')

/** Organisations of the demo province (fabricated names, no person). */
export const ORGS = {
  centre: { name: 'Trung tâm Công tác xã hội tỉnh Hải Biên', type: 'SOCIAL_PROTECTION_CENTRE' },
  facility: { name: 'Cơ sở hỗ trợ nạn nhân bị mua bán Hải Biên', type: 'VICTIM_SUPPORT_FACILITY' },
  hospital: { name: 'Bệnh viện Đa khoa tỉnh Hải Biên', type: 'HEALTH_FACILITY' },
  legalAid: { name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Hải Biên', type: 'LEGAL_AID_CENTRE' },
  womensUnion: { name: 'Hội Liên hiệp Phụ nữ tỉnh Hải Biên', type: 'WOMENS_UNION' },
  college: { name: 'Trường Cao đẳng nghề Hải Biên', type: 'VOCATIONAL_TRAINING_CENTRE' },
  jobs: { name: 'Trung tâm Dịch vụ việc làm tỉnh Hải Biên', type: 'EMPLOYMENT_SERVICE_CENTRE' },
  commune: { name: 'UBND cấp xã nơi cư trú', type: 'COMMUNE_PEOPLES_COMMITTEE' },
  police: { name: 'Công an tỉnh Hải Biên', type: 'POLICE' },
} as const
type Org = (typeof ORGS)[keyof typeof ORGS]

const PROVIDER: Record<ServiceType, Org> = {
  ESSENTIAL_INITIAL_SUPPORT: ORGS.centre,
  SHELTER: ORGS.facility,
  MEDICAL_CARE: ORGS.hospital,
  PSYCHOLOGICAL_SUPPORT: ORGS.centre,
  LEGAL_AID: ORGS.legalAid,
  EDUCATION: ORGS.commune,
  VOCATIONAL_TRAINING: ORGS.college,
  LOAN: ORGS.womensUnion,
  EMPLOYMENT_SUPPORT: ORGS.jobs,
  COMMUNITY_REINTEGRATION: ORGS.commune,
}
/** The services a case may need later: every type but the two each case gets on arrival (essential initial support, shelter). */
const LATER = (Object.keys(PROVIDER) as ServiceType[]).slice(2)

const day = (at: Date) => vietnamDay(at)

export type SupportDemoPlan = ReturnType<typeof buildPlan>
const plans = new Map<string, SupportDemoPlan>()

/**
 * The demo's records for a network key; each row holds the digest of its input keyed with the
 * field key (`piiKey`, the subgraph's), as the mutations store it, so a replay of any demo write
 * through the API is recognised.
 */
export function supportDemoPlan(networkKey: string, piiKey = DEV_PII_KEY): SupportDemoPlan {
  const key = `${networkKey}\u0000${piiKey}`
  let plan = plans.get(key)
  if (!plan) plans.set(key, (plan = buildPlan(networkKey, (v) => keyedDigest(v, piiKey))))
  return plan
}

/** The keyed digest of a validated input. */
type Digest = (input: unknown) => string

function buildPlan(networkKey: string, d: Digest) {
  const world = demoWorld(networkKey)
  const r = new Random(SUPPORT_DEMO_SEED)
  const personOf = new Map([...world.persons, ...world.suspects].map((p) => [p.personRef, p]))
  const policeVictims = new Set(world.cases.flatMap((c) => c.victimRefs))
  const handedByBorder = new Set(world.borderIncidents.flatMap((i) => i.persons.map((p) => p.supportCaseId)))
  const cases = world.supportCases.map((s) => {
    const knownToPolice = policeVictims.has(s.personRef)
    const arrival = handedByBorder.has(s.id)
      ? ('BORDER_GUARD' as const)
      : knownToPolice
        ? r.weighted([
            ['POLICE', 75],
            ['RETURNED_FROM_ABROAD', 15],
            ['COMMUNITY', 10],
          ] as const)
        : r.weighted([
            ['SELF_REFERRED', 30],
            ['RETURNED_FROM_ABROAD', 30],
            ['HOTLINE', 25],
            ['COMMUNITY', 15],
          ] as const)
    return { id: s.id, ...supportCaseOf(r, d, s, arrival, personOf.get(s.personRef)?.consentToShare ?? 'NOT_ASKED', knownToPolice) }
  })
  const services = cases.flatMap((c) => servicesOf(r, d, c))
  const referrals = cases.flatMap((c) => referralsOf(r, d, c))
  const followUps = cases.flatMap((c) => followUpsOf(r, d, c))
  const hotlineContacts = hotlineContactsOf(r, d, world.hotlineReports)
  return { cases, services, referrals, followUps, hotlineContacts }
}

/** The row of a validated input, with its keyed digest. */
const rowOf = <V, R>(row: (v: V, digest: string) => R, v: V, d: Digest): R => row(v, d(v))

function supportCaseOf(r: Random, d: Digest, s: DemoSupportCase, arrival: Arrival, consent: ConsentStatus, knownToPolice: boolean) {
  const screening = {
    result: knownToPolice
      ? ('PRESUMED_VICTIM' as const)
      : r.weighted([
          ['PRESUMED_VICTIM', 70],
          ['UNCLEAR', 20],
          ['NOT_VICTIM', 10],
        ] as const),
    screenedAt: new Date(s.receivedAt.getTime() + r.int(1, 48) * HOUR),
  }
  const needs = ['ESSENTIAL_INITIAL_SUPPORT', 'SHELTER', ...r.sample(LATER, r.int(1, 4))] as ServiceType[]
  return rowOf(
    supportCaseRow,
    ReceiveSupportCaseSchema.parse({
      externalRef: s.externalRef,
      personRef: s.personRef,
      receivedAt: s.receivedAt,
      facility: s.facility,
      unitCode: s.unitCode,
      arrival,
      consentToShare: consent,
      screening,
      needsAssessment: screening.result === 'NOT_VICTIM' ? null : { needs, assessedAt: new Date(screening.screenedAt.getTime() + r.int(1, 72) * HOUR) },
    }),
    d,
  )
}

type PlannedCase = ReturnType<typeof supportCaseOf> & { id: string }

function servicesOf(r: Random, d: Digest, c: PlannedCase) {
  const needs = c.needs ? (c.needs.split(',') as ServiceType[]) : []
  let n = 0
  const service = (type: ServiceType, start: Date, end: Date | null) => {
    const externalRef = `${c.externalRef}-DV${++n}`
    return {
      id: demoId(externalRef),
      ...rowOf(
        serviceRow,
        RecordSupportServiceSchema.parse({ externalRef, supportCaseId: c.id, type, provider: PROVIDER[type], startedOn: day(start), endedOn: end && day(end) }),
        d,
      ),
    }
  }
  const t0 = c.receivedAt.getTime()
  return needs.map((type) => {
    if (type === 'ESSENTIAL_INITIAL_SUPPORT') return service(type, c.receivedAt, c.receivedAt)
    // persons received in the last weeks of the demo years may still be in the shelter
    if (type === 'SHELTER') return service(type, c.receivedAt, c.receivedAt >= STILL_SHELTERED_FROM ? null : new Date(t0 + r.int(7, 90) * DAY))
    const start = new Date(t0 + r.int(3, 60) * DAY)
    return service(type, start, new Date(start.getTime() + r.int(1, 120) * DAY))
  })
}

const OUTCOMES: [string, ReferralStatus[], number][] = [
  ['done', ['ACCEPTED', 'DONE'], 50],
  ['accepted', ['ACCEPTED'], 15],
  ['rejected', ['REJECTED'], 10],
  ['revoked', ['REVOKED'], 10],
  ['open', [], 15],
]

function referralsOf(r: Random, d: Digest, c: PlannedCase) {
  if (!r.chance(0.6)) return []
  const shares = c.consentToShare === 'GIVEN' && r.chance(0.8)
  const [, path] = r.weighted(OUTCOMES.map((o) => [o, o[2]] as const))
  const target = r.pick([ORGS.hospital, ORGS.legalAid, ORGS.college, ORGS.womensUnion, ORGS.jobs, ORGS.commune])
  const forService = (Object.keys(PROVIDER) as ServiceType[]).find((t) => PROVIDER[t] === target)!
  const externalRef = `${c.externalRef}-CT1`
  const referredAt = new Date(c.receivedAt.getTime() + r.int(2, 30) * DAY)
  const input = ReferSupportCaseSchema.parse({
    externalRef,
    supportCaseId: c.id,
    from: c.facility === 'VICTIM_SUPPORT_FACILITY' ? ORGS.facility : ORGS.centre,
    to: target,
    reason: target === ORGS.commune ? 'RETURN_TO_COMMUNITY' : target === ORGS.legalAid ? 'LEGAL_PROCEEDINGS' : 'SERVICE_NOT_AVAILABLE',
    forService,
    sharesPersonData: shares,
    referredAt,
  })
  const row = { id: demoId(externalRef), ...referralRow(input, d(input), c.consentToShare) }
  let at = referredAt
  const dates: Partial<Record<string, Date>> = {}
  for (const status of path) {
    at = new Date(at.getTime() + r.int(1, 30) * DAY)
    dates[REFERRAL_STATUS_DATE[status]] = at
    row.status = status
  }
  return [{ ...row, ...dates, statusChangedAt: at }]
}

function followUpsOf(r: Random, d: Digest, c: PlannedCase) {
  if (c.screeningResult === 'NOT_VICTIM') return []
  return [3, 6, 12].slice(0, r.int(0, 3)).map((months, i) => {
    const externalRef = `${c.externalRef}-TD${i + 1}`
    const outcome =
      months < 12
        ? r.weighted([
            ['IN_PROGRESS', 60],
            ['REINTEGRATED', 25],
            ['AT_RISK', 15],
          ] as const)
        : r.weighted([
            ['REINTEGRATED', 70],
            ['AT_RISK', 12],
            ['LOST_CONTACT', 12],
            ['RETRAFFICKED', 6],
          ] as const)
    return {
      id: demoId(externalRef),
      ...rowOf(
        followUpRow,
        RecordFollowUpSchema.parse({ externalRef, supportCaseId: c.id, followedUpAt: new Date(c.receivedAt.getTime() + months * 30 * DAY), outcome }),
        d,
      ),
    }
  })
}

function hotlineContactsOf(r: Random, d: Digest, reports: ReturnType<typeof demoWorld>['hotlineReports']) {
  // the contacts behind the police's hotline reports: received a few hours earlier, forwarded as those reports
  const forwarded = reports.map((rep) => {
    const receivedAt = new Date(rep.receivedAt.getTime() - r.int(1, 6) * HOUR)
    return {
      id: demoId(rep.contactExternalRef),
      status: 'FORWARDED' as const,
      forwardedReportId: rep.reportId,
      forwardedAt: rep.receivedAt,
      closedAt: null,
      ...rowOf(
        hotlineContactRow,
        RecordHotlineContactSchema.parse({
          externalRef: rep.contactExternalRef,
          receivedAt,
          unitCode: rep.unitCode,
          channel: r.weighted([
            ['PHONE', 80],
            ['TEXT_MESSAGE', 10],
            ['ONLINE', 10],
          ] as const),
          concernsTrafficking: true,
        }),
        d,
      ),
    }
  })
  // other contacts (advice, unrelated matters, unverifiable tips): closed without forwarding, or still open late in 2025
  const others = Array.from({ length: 36 }, (_, i) => {
    const externalRef = `DD-${String(reports.length + i + 1).padStart(4, '0')}`
    const year = r.pick([2021, 2022, 2023, 2024, 2025])
    const receivedAt = new Date(Date.UTC(year, 0, 1) - 7 * HOUR + r.int(0, 364) * DAY + r.int(7, 21) * HOUR)
    const concernsTrafficking = r.chance(0.3)
    const open = concernsTrafficking && receivedAt >= new Date('2025-11-01T00:00:00+07:00')
    const unitCode = r.pick(adminUnits().unitsOn('COMMUNE', receivedAt)).code
    return {
      id: demoId(externalRef),
      status: open ? ('RECEIVED' as const) : ('CLOSED' as const),
      forwardedReportId: null,
      forwardedAt: null,
      closedAt: open ? null : new Date(receivedAt.getTime() + r.int(1, 72) * HOUR),
      ...rowOf(
        hotlineContactRow,
        RecordHotlineContactSchema.parse({
          externalRef,
          receivedAt,
          unitCode,
          channel: r.weighted([
            ['PHONE', 70],
            ['TEXT_MESSAGE', 15],
            ['ONLINE', 15],
          ] as const),
          concernsTrafficking,
        }),
        d,
      ),
    }
  })
  return [...forwarded, ...others]
}
