// Social Affairs records built for the statistics tests (NOT the demo seed), written through the
// subgraph's own mutations, and the test's independent recount of every figure from them (plain
// JS over the plan; the code under test is never called). Dates straddle quarter, half-year, year
// and 2025-reform boundaries (1 July 2025, communes merged); persons are received more than once.
import { Random } from '@lienthong/kit'
import { publishedProblems } from '@lienthong/kit/testing'

const VN = (s: string) => new Date(`${s}+07:00`)
const DAY = 86_400_000
const REFORM = VN('2025-07-01T00:00:00')
/** The Vietnam calendar day of an instant (UTC+7, no daylight saving). */
const vnDay = (t: Date) => new Date(t.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)

const INSTANTS = [
  '2024-06-30T23:30:00',
  '2024-07-01T00:00:00',
  '2024-08-15T10:00:00',
  '2024-09-30T23:59:00',
  '2024-10-01T00:00:00',
  '2024-12-31T22:00:00',
  '2025-01-01T00:00:00',
  '2025-03-10T08:00:00',
  '2025-06-30T23:00:00',
  '2025-07-01T00:00:00',
  '2025-07-01T09:00:00',
  '2025-09-05T12:00:00',
  '2025-12-31T23:59:00',
].map(VN)
const DELAYS = [0.5, 3, 20, 45, 100, 200]
// writes refuse future instants: anything later than this is left out of the plan
const LATEST = VN('2026-06-01T00:00:00').getTime()

/** Communes valid before and after the reform (99201 and 99202 merged into 99803; 99401 into 99807). */
const COMMUNES = { pre: ['99201', '99202', '99203', '99401'], post: ['99803', '99804', '99807'] }
/** What each unit holds, as the test knows the register (not from adminUnits()). */
export const UNIT_COMMUNES: Record<string, readonly string[]> = {
  '99': [...COMMUNES.pre, ...COMMUNES.post],
  '992': ['99201', '99202', '99203', '99803', '99804'],
  '99803': ['99803', '99201', '99202'],
  '99201': ['99201'],
  '994': ['99401', '99807'],
}
/** Periods as the test knows them: first and last day (Vietnam). */
export const PERIODS: Record<string, { first: string; last: string }> = {
  '2024-Q3': { first: '2024-07-01', last: '2024-09-30' },
  '2024-Q4': { first: '2024-10-01', last: '2024-12-31' },
  '2024': { first: '2024-01-01', last: '2024-12-31' },
  '2025-H1': { first: '2025-01-01', last: '2025-06-30' },
  '2025-M07': { first: '2025-07-01', last: '2025-07-31' },
  '2025': { first: '2025-01-01', last: '2025-12-31' },
  '2026-Q1': { first: '2026-01-01', last: '2026-03-31' },
  '2024-07-01..2024-09-30': { first: '2024-07-01', last: '2024-09-30' },
}
export const SCOPES = Object.keys(PERIODS).flatMap((periodCode) => Object.keys(UNIT_COMMUNES).map((unitCode) => ({ periodCode, unitCode })))

export const FACILITIES = ['SOCIAL_PROTECTION_CENTRE', 'VICTIM_SUPPORT_FACILITY', 'OTHER'] as const
export const ARRIVALS = ['SELF_REFERRED', 'RETURNED_FROM_ABROAD', 'HOTLINE', 'POLICE', 'BORDER_GUARD', 'COMMUNITY', 'OTHER'] as const
export const SCREENING = ['PRESUMED_VICTIM', 'NOT_VICTIM', 'UNCLEAR', 'NOT_SCREENED'] as const
export const SERVICE_TYPES = [
  'ESSENTIAL_INITIAL_SUPPORT',
  'SHELTER',
  'MEDICAL_CARE',
  'PSYCHOLOGICAL_SUPPORT',
  'LEGAL_AID',
  'EDUCATION',
  'VOCATIONAL_TRAINING',
  'LOAN',
  'EMPLOYMENT_SUPPORT',
  'COMMUNITY_REINTEGRATION',
] as const
export const REFERRAL_STATUSES = ['IN_PROGRESS', 'ACCEPTED', 'REJECTED', 'DONE', 'REVOKED'] as const
export const OUTCOMES = ['REINTEGRATED', 'IN_PROGRESS', 'AT_RISK', 'RETRAFFICKED', 'LOST_CONTACT'] as const
const PATHS = [[], ['ACCEPTED'], ['REJECTED'], ['REVOKED'], ['ACCEPTED', 'DONE'], ['ACCEPTED', 'REVOKED']] as const

interface CasePlan {
  externalRef: string
  personRef: string
  receivedAt: Date
  unitCode: string
  facility: string
  arrival: string
  consent: 'GIVEN' | 'REFUSED' | 'NOT_ASKED'
  screening: { result: string; at: Date } | null
  services: { externalRef: string; type: string; startedOn: string; endedOn: string | null }[]
  referrals: { externalRef: string; referredAt: Date; steps: { status: string; at: Date }[] }[]
  followUps: { externalRef: string; at: Date; outcome: string }[]
}
interface ContactPlan {
  externalRef: string
  receivedAt: Date
  unitCode: string
  trafficking: boolean
  forwardedAt: Date | null
  reportId: string
}
export interface Plan {
  cases: CasePlan[]
  contacts: ContactPlan[]
}

const later = (r: Random, t: Date) => new Date(t.getTime() + r.pick(DELAYS) * DAY)
const inPast = (t: Date) => t.getTime() <= LATEST

/** `n` support cases (persons drawn from a pool of n/2, so some are received twice) and `n` hotline contacts. */
export function buildPlan(prefix: string, n: number, seed: number): Plan {
  const r = new Random(seed)
  const hex = prefix.toLowerCase().replace(/[^0-9a-f]/g, 'a')
  const pool = Array.from({ length: Math.max(2, Math.floor(n / 2)) }, (_, k) => `${hex}${String(k).padStart(3, '0')}`.padEnd(64, 'c'))
  const cases: CasePlan[] = []
  for (let k = 0; k < n; k++) {
    const receivedAt = r.pick(INSTANTS)
    const unitCode = r.pick(receivedAt < REFORM ? COMMUNES.pre : COMMUNES.post)
    const screenedAt = later(r, receivedAt)
    const screening = r.chance(0.8) ? { result: r.pick(SCREENING.slice(0, 3)), at: screenedAt } : null
    const c: CasePlan = {
      externalRef: `${prefix}-SC-${k}`,
      personRef: r.pick(pool),
      receivedAt,
      unitCode,
      facility: r.pick(FACILITIES),
      arrival: r.pick(ARRIVALS),
      consent: r.pick(['GIVEN', 'REFUSED', 'NOT_ASKED'] as const),
      screening,
      services: [],
      referrals: [],
      followUps: [],
    }
    for (let j = r.int(0, 3); j > 0; j--) {
      const start = later(r, receivedAt)
      const end = r.chance(0.5) ? later(r, new Date(start.getTime() + DAY)) : null
      if (!inPast(start)) continue
      const type = r.chance(0.35) ? 'SHELTER' : r.pick(SERVICE_TYPES)
      c.services.push({ externalRef: `${c.externalRef}-DV${j}`, type, startedOn: vnDay(start), endedOn: end && inPast(end) ? vnDay(end) : null })
    }
    for (let j = r.int(0, 2); j > 0; j--) {
      const referredAt = later(r, receivedAt)
      if (!inPast(referredAt)) continue
      const steps: { status: string; at: Date }[] = []
      let t = referredAt
      for (const status of r.pick(PATHS)) {
        t = later(r, t)
        if (!inPast(t)) break
        steps.push({ status, at: t })
      }
      c.referrals.push({ externalRef: `${c.externalRef}-CT${j}`, referredAt, steps })
    }
    let t = receivedAt
    for (let j = 0, m = r.int(0, 3); j < m; j++) {
      t = later(r, t)
      if (!inPast(t)) break
      c.followUps.push({ externalRef: `${c.externalRef}-TD${j}`, at: t, outcome: r.pick(OUTCOMES) })
    }
    cases.push(c)
  }
  const contacts: ContactPlan[] = []
  for (let k = 0; k < n; k++) {
    const receivedAt = r.pick(INSTANTS)
    const trafficking = r.chance(0.6)
    const forwardedAt = trafficking && r.chance(0.6) ? later(r, receivedAt) : null
    contacts.push({
      externalRef: `${prefix}-DD-${k}`,
      receivedAt,
      unitCode: r.pick(receivedAt < REFORM ? COMMUNES.pre : COMMUNES.post),
      trafficking,
      forwardedAt: forwardedAt && inPast(forwardedAt) ? forwardedAt : null,
      reportId: `${prefix}-NT-${k}`,
    })
  }
  return { cases, contacts }
}

type Exec = (query: string, variables: Record<string, unknown>) => Promise<any>
const centre = { name: 'Trung tâm Công tác xã hội tỉnh Hải Biên', type: 'SOCIAL_PROTECTION_CENTRE' }
const other = { name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Hải Biên', type: 'LEGAL_AID_CENTRE' }

/** Writes the plan through the mutations (a referral sharing data is tried on every case whose consent is REFUSED: refused, nothing written). */
export async function applyPlan(exec: Exec, plan: Plan, refused: (query: string, variables: Record<string, unknown>) => Promise<string | undefined>) {
  for (const c of plan.cases) {
    const {
      receiveSupportCase: { id },
    } = await exec(`mutation($i: ReceiveSupportCaseInput!) { receiveSupportCase(input: $i) { id } }`, {
      i: {
        externalRef: c.externalRef,
        personRef: c.personRef,
        receivedAt: c.receivedAt.toISOString(),
        facility: c.facility,
        unitCode: c.unitCode,
        arrival: c.arrival,
        consentToShare: c.consent,
        ...(c.screening ? { screening: { result: c.screening.result, screenedAt: c.screening.at.toISOString() } } : {}),
      },
    })
    for (const s of c.services) {
      await exec(`mutation($i: RecordSupportServiceInput!) { recordSupportService(input: $i) { id } }`, {
        i: {
          externalRef: s.externalRef,
          supportCaseId: id,
          type: s.type,
          provider: centre,
          startedOn: s.startedOn,
          endedOn: s.endedOn,
        },
      })
    }
    for (const f of c.referrals) {
      const {
        referSupportCase: { id: referralId },
      } = await exec(`mutation($i: ReferSupportCaseInput!) { referSupportCase(input: $i) { id } }`, {
        i: {
          externalRef: f.externalRef,
          supportCaseId: id,
          from: centre,
          to: other,
          reason: 'LEGAL_PROCEEDINGS',
          forService: 'LEGAL_AID',
          sharesPersonData: false,
          referredAt: f.referredAt.toISOString(),
        },
      })
      for (const st of f.steps)
        await exec(`mutation($i: ChangeSupportReferralStatusInput!) { changeSupportReferralStatus(input: $i) { id } }`, {
          i: { referralId, status: st.status, at: st.at.toISOString() },
        })
    }
    if (c.consent === 'REFUSED') {
      const code = await refused(`mutation($i: ReferSupportCaseInput!) { referSupportCase(input: $i) { id } }`, {
        i: {
          externalRef: `${c.externalRef}-CT-X`,
          supportCaseId: id,
          from: centre,
          to: other,
          reason: 'LEGAL_PROCEEDINGS',
          forService: 'LEGAL_AID',
          sharesPersonData: true,
          referredAt: c.receivedAt.toISOString(),
        },
      })
      if (code !== 'CONSENT_REQUIRED') throw new Error(`a data-sharing referral without consent answered ${code}`)
    }
    for (const f of c.followUps)
      await exec(`mutation($i: RecordReintegrationFollowUpInput!) { recordReintegrationFollowUp(input: $i) { id } }`, {
        i: {
          externalRef: f.externalRef,
          supportCaseId: id,
          followedUpAt: f.at.toISOString(),
          outcome: f.outcome,
        },
      })
  }
  for (const h of plan.contacts) {
    const {
      recordHotlineContact: { id },
    } = await exec(`mutation($i: RecordHotlineContactInput!) { recordHotlineContact(input: $i) { id } }`, {
      i: {
        externalRef: h.externalRef,
        receivedAt: h.receivedAt.toISOString(),
        unitCode: h.unitCode,
        channel: 'PHONE',
        concernsTrafficking: h.trafficking,
      },
    })
    if (h.forwardedAt)
      await exec(`mutation($i: ForwardHotlineContactInput!) { forwardHotlineContact(input: $i) { id } }`, {
        i: { contactId: id, reportId: h.reportId, forwardedAt: h.forwardedAt.toISOString() },
      })
  }
}

export const STATISTICS_SELECTION = `supportPersonRefs support { casesReceived casesByFacility { key count } casesByArrival { key count }
  casesByScreeningResult { key count } personsReceived personsSupported victimsByServiceType { key count } servicesStarted
  servicesByType { key count } shelterStaysStarted shelterStaysOngoingAtPeriodEnd referralsMade referralsAccepted
  referralsByStatusAtPeriodEnd { key count } reintegrationOutcomes { key count } hotlineContactsReceived
  hotlineContactsConcerningTrafficking hotlineContactsForwardedToPolice }`

const lines = (keys: readonly string[], count: (k: string) => number) => keys.map((key) => ({ key, count: count(key) }))
const distinct = <T>(xs: T[]) => new Set(xs).size

/** Every figure of one scope, recounted from the plans. */
export function recount(plans: readonly Plan[], scope: { periodCode: string; unitCode: string }) {
  const { first, last } = PERIODS[scope.periodCode]!
  const start = VN(`${first}T00:00:00`).getTime()
  const end = VN(`${last}T00:00:00`).getTime() + DAY
  const inP = (t: Date | null | undefined) => t != null && t.getTime() >= start && t.getTime() < end
  const inDay = (d: string) => d >= first && d <= last
  const units = new Set(UNIT_COMMUNES[scope.unitCode]!)
  const allCases = plans.flatMap((p) => p.cases).filter((c) => units.has(c.unitCode))
  const received = allCases.filter((c) => inP(c.receivedAt))
  const screening = (c: CasePlan) => c.screening?.result ?? 'NOT_SCREENED'
  const services = allCases.flatMap((c) => c.services.map((s) => ({ ...s, c })))
  const started = services.filter((s) => inDay(s.startedOn))
  const referrals = allCases.flatMap((c) => c.referrals)
  const made = referrals.filter((f) => inP(f.referredAt))
  const statusAtEnd = (f: CasePlan['referrals'][number]) => f.steps.filter((s) => s.at.getTime() < end).at(-1)?.status ?? 'IN_PROGRESS'
  const followed = allCases.map((c) => c.followUps.filter((f) => inP(f.at)).at(-1)).filter((f) => f !== undefined)
  const contacts = plans.flatMap((p) => p.contacts).filter((h) => units.has(h.unitCode))
  const contactsIn = contacts.filter((h) => inP(h.receivedAt))
  return {
    supportPersonRefs: [...new Set(received.filter((c) => screening(c) !== 'NOT_VICTIM').map((c) => c.personRef))].sort(),
    support: {
      casesReceived: received.length,
      casesByFacility: lines(FACILITIES, (k) => received.filter((c) => c.facility === k).length),
      casesByArrival: lines(ARRIVALS, (k) => received.filter((c) => c.arrival === k).length),
      casesByScreeningResult: lines(SCREENING, (k) => received.filter((c) => screening(c) === k).length),
      personsReceived: distinct(received.map((c) => c.personRef)),
      personsSupported: distinct(started.map((s) => s.c.personRef)),
      victimsByServiceType: lines(SERVICE_TYPES, (k) =>
        distinct(started.filter((s) => s.type === k && screening(s.c) !== 'NOT_VICTIM').map((s) => s.c.personRef)),
      ),
      servicesStarted: started.length,
      servicesByType: lines(SERVICE_TYPES, (k) => started.filter((s) => s.type === k).length),
      shelterStaysStarted: started.filter((s) => s.type === 'SHELTER').length,
      shelterStaysOngoingAtPeriodEnd: services.filter((s) => s.type === 'SHELTER' && s.startedOn <= last && (s.endedOn === null || s.endedOn > last)).length,
      referralsMade: made.length,
      referralsAccepted: referrals.filter((f) => inP(f.steps.find((s) => s.status === 'ACCEPTED')?.at)).length,
      referralsByStatusAtPeriodEnd: lines(REFERRAL_STATUSES, (k) => made.filter((f) => statusAtEnd(f) === k).length),
      reintegrationOutcomes: lines(OUTCOMES, (k) => followed.filter((f) => f.outcome === k).length),
      hotlineContactsReceived: contactsIn.length,
      hotlineContactsConcerningTrafficking: contactsIn.filter((h) => h.trafficking).length,
      hotlineContactsForwardedToPolice: contacts.filter((h) => inP(h.forwardedAt)).length,
    },
  }
}

/** The person-count breakdowns (`@personCount` in statistics.graphql): published by the cell-key method. */
export const PERSON_COUNT_FIELDS = ['casesByFacility', 'casesByArrival', 'casesByScreeningResult', 'victimsByServiceType', 'reintegrationOutcomes'] as const
/** Breakdowns of services and referrals: not person counts, published exactly. */
export const OTHER_COUNT_FIELDS = ['servicesByType', 'referralsByStatusAtPeriodEnd'] as const
/** Social Affairs' figures as an analyst reads them (with `suppressed`). */
export const PUBLISHED_SELECTION = `support { casesReceived personsReceived servicesStarted
  ${[...PERSON_COUNT_FIELDS, ...OTHER_COUNT_FIELDS].map((f) => `${f} { key count suppressed }`).join(' ')} }`

type Cell = { key: string; count: number | null; suppressed: boolean }
/**
 * What is wrong with a published person-count breakdown, against the exact lines (the cell-key
 * contract, kit testing `publishedProblems`): 0 exact, 1 ≤ count < k hidden (count null,
 * suppressed true), every other count within ±4 and never below k.
 */
export function publicationProblems(exact: readonly { key: string; count: number }[], published: readonly Cell[], k: number): string[] {
  return publishedProblems('', exact, published, k)
}
