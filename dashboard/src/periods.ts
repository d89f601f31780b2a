// The period picker's logic: what the user picked → the API's PeriodInput and period code (the
// same codes the export endpoint takes), the period's days, and the 12 months ending with it
// (the KPI sparklines and trends). Days are Vietnam calendar days, as the API counts them.
import type { Lang } from './i18n.ts'

export type CalendarKind = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR'
export type PeriodSelection = { kind: CalendarKind; year: number; index: number } | { kind: 'CUSTOM'; from: string; to: string; campaign?: string | undefined }

export interface MonthSelection {
  kind: 'MONTH'
  year: number
  index: number
}

/** What the API takes (`PeriodInput`). */
export interface PeriodInputValue {
  kind: CalendarKind | 'CUSTOM'
  year?: number
  index?: number
  from?: string
  to?: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const PARTS: Record<CalendarKind, number> = { MONTH: 12, QUARTER: 4, HALF_YEAR: 2, YEAR: 1 }
const MONTHS_PER: Record<CalendarKind, number> = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 }

/** How many periods of a kind a year has (12 months, 4 quarters, 2 halves, 1 year). */
export const partsOf = (kind: CalendarKind) => PARTS[kind]

export function toPeriodInput(p: PeriodSelection): PeriodInputValue {
  if (p.kind === 'CUSTOM') return { kind: 'CUSTOM', from: p.from, to: p.to }
  return p.kind === 'YEAR' ? { kind: 'YEAR', year: p.year } : { kind: p.kind, year: p.year, index: p.index }
}

/** The period code of the API and the export endpoint: 2024-M07, 2024-Q3, 2024-H2, 2024, 2024-07-01..2024-09-30. */
export function periodCode(p: PeriodSelection): string {
  switch (p.kind) {
    case 'MONTH':
      return `${p.year}-M${pad(p.index)}`
    case 'QUARTER':
      return `${p.year}-Q${p.index}`
    case 'HALF_YEAR':
      return `${p.year}-H${p.index}`
    case 'YEAR':
      return String(p.year)
    case 'CUSTOM':
      return `${p.from}..${p.to}`
  }
}

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** First and last calendar day (YYYY-MM-DD, inclusive). */
export function daysOf(p: PeriodSelection): { first: string; last: string } {
  if (p.kind === 'CUSTOM') return { first: p.from, last: p.to }
  const span = MONTHS_PER[p.kind]
  const firstMonth = p.kind === 'YEAR' ? 1 : (p.index - 1) * span + 1
  const lastMonth = firstMonth + span - 1
  return { first: `${p.year}-${pad(firstMonth)}-01`, last: `${p.year}-${pad(lastMonth)}-${pad(lastDayOfMonth(p.year, lastMonth))}` }
}

/** The `count` months ending with the month of the period's last day, oldest first. */
export function trailingMonths(p: PeriodSelection, count = 12): MonthSelection[] {
  const [y, m] = daysOf(p).last.split('-').map(Number) as [number, number]
  const out: MonthSelection[] = []
  for (let i = count - 1; i >= 0; i--) {
    const total = y * 12 + (m - 1) - i
    out.push({ kind: 'MONTH', year: Math.floor(total / 12), index: (total % 12) + 1 })
  }
  return out
}

/** Which kind of periodic report the compliance grid shows for a selection (a year or a window: its months). */
export function complianceKind(p: PeriodSelection): CalendarKind {
  return p.kind === 'CUSTOM' || p.kind === 'YEAR' ? 'MONTH' : p.kind
}

/** The year whose reports the compliance grid shows. */
export const complianceYear = (p: PeriodSelection) => Number(daysOf(p).last.slice(0, 4))

/** A short label of one period of a kind, for axes and columns: T7/2024, Q3/2024, H2/2024, 2024 (Jul 2024… in English). */
export function shortLabel(lang: Lang, kind: CalendarKind, year: number, index: number): string {
  if (kind === 'YEAR') return String(year)
  if (kind === 'MONTH')
    return lang === 'vi'
      ? `T${index}/${year}`
      : `${new Date(Date.UTC(year, index - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${year}`
  const roman = ['I', 'II', 'III', 'IV'][index - 1]
  if (kind === 'QUARTER') return lang === 'vi' ? `Quý ${roman}/${year}` : `Q${index} ${year}`
  return lang === 'vi' ? `6 tháng ${index === 1 ? 'đầu' : 'cuối'} ${year}` : `H${index} ${year}`
}

/** The period code's parts, for a period code the API returned (2024-M07 → MONTH 2024 7). */
export function parsePeriodCode(code: string): { kind: CalendarKind; year: number; index: number } | null {
  const m = /^(\d{4})(?:-(M|Q|H)(\d{1,2}))?$/.exec(code)
  if (!m) return null
  const year = Number(m[1])
  if (!m[2]) return { kind: 'YEAR', year, index: 1 }
  return { kind: m[2] === 'M' ? 'MONTH' : m[2] === 'Q' ? 'QUARTER' : 'HALF_YEAR', year, index: Number(m[3]) }
}

/** The latest whole period of a kind before `today` (the default pick: the last quarter that ended). */
export function latestEnded(kind: CalendarKind, today: Date): PeriodSelection {
  const monthsSince = today.getUTCFullYear() * 12 + today.getUTCMonth() - MONTHS_PER[kind]
  const year = Math.floor(monthsSince / 12)
  const month = (monthsSince % 12) + 1
  return { kind, year, index: kind === 'YEAR' ? 1 : Math.floor((month - 1) / MONTHS_PER[kind]) + 1 }
}
