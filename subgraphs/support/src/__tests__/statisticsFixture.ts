// The test's independent recount of every Social Affairs figure from the records of its plan
// (statisticsPlan.ts, NOT the demo seed; plain JS, the code under test is never called), the
// selections asked, the scopes (periods and units across the 2025 reform) and the publication check.
import { DAY_MS as DAY, publishedProblems, vnTime as VN } from '@lienthong/kit/testing'
import { ARRIVALS, COMMUNES, FACILITIES, OUTCOMES, REFERRAL_STATUSES, SCREENING, SERVICE_TYPES, type CasePlan, type Plan } from './statisticsPlan.ts'

export { applyPlan, buildPlan, type Plan } from './statisticsPlan.ts'

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
