// Reporting obligations of the provincial plans: which periodic reports each agency owes, when
// each is due, and how a submission is classified (the committee's view, as DHIS2 computes
// reporting and on-time rates). Due dates (Vietnam time, end of the day):
// - monthly: the 15th of the next month;
// - quarterly: the 15th of the quarter's last month (Q1 by 15 March, Q3 by 15 September);
// - six-monthly: 15 June and 15 December;
// - annual: 15 December of the year.
import { resolvePeriod, vietnamMidnight, type Period } from './periods.ts'
import type { PeriodKind } from './vocabulary.ts'
import { AGENCY_REGISTRY, type AgencyId } from './agencies.ts'

/** The agencies that owe periodic reports (the registry's entries with a calendar). */
export const REPORTING_AGENCIES: AgencyId[] = AGENCY_REGISTRY.filter((a) => a.reports.length > 0).map((a) => a.id)
export type ReportingAgency = AgencyId
export const PERIODIC_KINDS = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as const satisfies readonly PeriodKind[]
export type PeriodicKind = (typeof PERIODIC_KINDS)[number]

/** The instant a report for `period` is due: the end (24:00, Vietnam time) of its due day. */
export function dueAt(period: Period): Date {
  const [y, m] = period.firstDay.split('-').map(Number) as [number, number]
  switch (period.kind) {
    case 'MONTH':
      return vietnamMidnight(y, m + 1, 16) // 15th of the next month, inclusive
    case 'QUARTER':
      return vietnamMidnight(y, m + 2, 16)
    case 'HALF_YEAR':
      return vietnamMidnight(y, m + 5, 16)
    case 'YEAR':
      return vietnamMidnight(y, 12, 16)
    default:
      throw new RangeError('only monthly, quarterly, six-monthly and annual reports are scheduled')
  }
}

/** The periodic reports of a kind that a year holds, in order. */
export function periodsOfYear(kind: PeriodicKind, year: number): Period[] {
  const n = { MONTH: 12, QUARTER: 4, HALF_YEAR: 2, YEAR: 1 }[kind]
  return Array.from({ length: n }, (_, i) => resolvePeriod(kind === 'YEAR' ? { kind, year } : { kind, year, index: i + 1 }))
}

export type SubmissionStatus = 'ON_TIME' | 'LATE' | 'MISSING' | 'NOT_DUE'

/** A period's status for one agency, from its first submission (revisions do not change it). */
export function submissionStatus(period: Period, firstSubmittedAt: Date | null, now: Date): SubmissionStatus {
  const due = dueAt(period)
  if (firstSubmittedAt) return firstSubmittedAt < due ? 'ON_TIME' : 'LATE'
  return now < due ? 'NOT_DUE' : 'MISSING'
}

export interface ComplianceRates {
  /** Reports whose due date has passed (DHIS2's "expected reports"). */
  expected: number
  submitted: number
  onTime: number
  /** submitted / expected, null when nothing was expected yet. */
  reportingRate: number | null
  /** on time / expected, null when nothing was expected yet. */
  onTimeRate: number | null
}

/** Rates over a set of statuses; submissions made before their due date count even when not yet due. */
export function complianceRates(statuses: readonly SubmissionStatus[]): ComplianceRates {
  const expected = statuses.filter((s) => s !== 'NOT_DUE').length
  const submitted = statuses.filter((s) => s === 'ON_TIME' || s === 'LATE').length
  const onTime = statuses.filter((s) => s === 'ON_TIME').length
  return {
    expected,
    submitted,
    onTime,
    reportingRate: expected ? Math.min(submitted, expected) / expected : null,
    onTimeRate: expected ? Math.min(onTime, expected) / expected : null,
  }
}

/** Figures that differ between two revisions of a report (flattened paths → old and new values). */
export function changedFigures(before: unknown, after: unknown): { path: string; before: unknown; after: unknown }[] {
  const flat = (v: unknown, prefix: string, out: Map<string, unknown>) => {
    if (Array.isArray(v))
      v.forEach((x, i) => void flat(x, `${prefix}[${(x as { key?: string; code?: string })?.key ?? (x as { code?: string })?.code ?? i}]`, out))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) flat(x, prefix ? `${prefix}.${k}` : k, out)
    else out.set(prefix, v)
    return out
  }
  const a = flat(before, '', new Map())
  const b = flat(after, '', new Map())
  return [...new Set([...a.keys(), ...b.keys()])]
    .sort()
    .filter((p) => a.get(p) !== b.get(p))
    .map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }))
}
