// Reporting periods (month, quarter, half-year, year, custom window) as half-open instants
// [start, end) in Vietnam time. Every subgraph filters with the same boundaries.
import { z } from 'zod'
import { PeriodKindSchema, VIETNAM_OFFSET_MS, type PeriodKind } from './vocabulary.ts'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date YYYY-MM-DD that exists (rejects 2024-02-30). */
export const CalendarDateSchema = z
  .string()
  .regex(ISO_DATE, 'ngày phải có dạng YYYY-MM-DD / date must be YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'ngày không tồn tại / no such calendar date')

const Year = z.number().int().min(2000, 'năm từ 2000 / year from 2000').max(2100, 'năm đến 2100 / year up to 2100')
const INDEX_MAX: Record<PeriodKind, number> = { MONTH: 12, QUARTER: 4, HALF_YEAR: 2, YEAR: 1, CUSTOM: 1 }

export const PeriodInputSchema = z
  .object({
    kind: PeriodKindSchema,
    year: Year.nullish(),
    index: z.number().int().nullish(),
    from: CalendarDateSchema.nullish(),
    to: CalendarDateSchema.nullish(),
  })
  .superRefine((p, ctx) => {
    const need = (path: 'year' | 'index' | 'from' | 'to', vi: string, en: string) => ctx.addIssue({ code: 'custom', path: [path], message: `${vi} / ${en}` })
    if (p.kind === 'CUSTOM') {
      if (!p.from) need('from', 'kỳ tuỳ chọn cần ngày bắt đầu', 'a custom period needs from')
      if (!p.to) need('to', 'kỳ tuỳ chọn cần ngày kết thúc', 'a custom period needs to')
      if (p.from && p.to && p.to < p.from) need('to', 'ngày kết thúc trước ngày bắt đầu', 'to is before from')
      return
    }
    if (p.year == null) need('year', 'cần năm của kỳ', 'the period needs a year')
    if (p.kind !== 'YEAR') {
      const max = INDEX_MAX[p.kind]
      if (p.index == null || p.index < 1 || p.index > max) need('index', `số thứ tự kỳ phải từ 1 đến ${max}`, `index must be 1..${max}`)
    }
  })
export type PeriodInput = z.input<typeof PeriodInputSchema>

export interface Period {
  kind: PeriodKind
  /** Stable code: 2024-M07, 2024-Q3, 2024-H2, 2024, 2024-07-01..2024-09-30 */
  code: string
  labelVi: string
  labelEn: string
  /** First instant of the period (inclusive). */
  start: Date
  /** First instant after the period (exclusive). */
  end: Date
  /** First and last calendar day, YYYY-MM-DD. */
  firstDay: string
  lastDay: string
}

/** Midnight (Vietnam time) at the start of a calendar day, as an instant. */
export function vietnamMidnight(year: number, month1: number, day: number): Date {
  return new Date(Date.UTC(year, month1 - 1, day) - VIETNAM_OFFSET_MS)
}
/** Calendar day (Vietnam time) of an instant, YYYY-MM-DD. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}
function dayParts(s: string): [number, number, number] {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number]
  return [y, m, d]
}
const pad = (n: number) => String(n).padStart(2, '0')

/** Resolves a validated period input into instants; throws a ZodError on bad input. */
export function resolvePeriod(input: PeriodInput): Period {
  const p = PeriodInputSchema.parse(input)
  if (p.kind === 'CUSTOM') {
    const [fy, fm, fd] = dayParts(p.from!)
    const [ty, tm, td] = dayParts(p.to!)
    return {
      kind: 'CUSTOM',
      code: `${p.from}..${p.to}`,
      labelVi: `Từ ${pad(fd)}/${pad(fm)}/${fy} đến ${pad(td)}/${pad(tm)}/${ty}`,
      labelEn: `${p.from} to ${p.to}`,
      start: vietnamMidnight(fy, fm, fd),
      end: vietnamMidnight(ty, tm, td + 1),
      firstDay: p.from!,
      lastDay: p.to!,
    }
  }
  const year = p.year!
  const index = p.index ?? 1
  const months = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 }[p.kind]
  const firstMonth = (index - 1) * months + 1
  const start = vietnamMidnight(year, firstMonth, 1)
  const end = vietnamMidnight(year, firstMonth + months, 1)
  const named = {
    MONTH: { code: `${year}-M${pad(index)}`, vi: `Tháng ${index}/${year}`, en: `${year}-${pad(index)}` },
    QUARTER: { code: `${year}-Q${index}`, vi: `Quý ${['I', 'II', 'III', 'IV'][index - 1]}/${year}`, en: `Q${index} ${year}` },
    HALF_YEAR: { code: `${year}-H${index}`, vi: `${index === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${year}`, en: `H${index} ${year}` },
    YEAR: { code: `${year}`, vi: `Năm ${year}`, en: `${year}` },
  }[p.kind]
  return {
    kind: p.kind,
    code: named.code,
    labelVi: named.vi,
    labelEn: named.en,
    start,
    end,
    firstDay: vietnamDay(start),
    lastDay: vietnamDay(new Date(end.getTime() - 1)),
  }
}

/** The months of a period, in order (for "a year by month" breakdowns). */
export function monthsOf(period: Period): Period[] {
  const out: Period[] = []
  let [y, m] = dayParts(period.firstDay)
  for (;;) {
    const month = resolvePeriod({ kind: 'MONTH', year: y, index: m })
    if (month.start >= period.end) return out
    out.push(month)
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
}

/** The period input a code names (2024-M07, 2024-Q3, 2024-H2, 2024, 2024-07-01..2024-09-30), or null. */
export function periodInputFromCode(code: string): PeriodInput | null {
  const m = /^(\d{4})(?:-(M|Q|H)(\d{1,2}))?$/.exec(code)
  const custom = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(code)
  const input: PeriodInput | null = custom
    ? { kind: 'CUSTOM', from: custom[1], to: custom[2] }
    : m
      ? m[2]
        ? { kind: ({ M: 'MONTH', Q: 'QUARTER', H: 'HALF_YEAR' } as const)[m[2] as 'M' | 'Q' | 'H'], year: Number(m[1]), index: Number(m[3]) }
        : { kind: 'YEAR', year: Number(m[1]) }
      : null
  if (!input || !PeriodInputSchema.safeParse(input).success) return null
  return resolvePeriod(input).code === code ? input : null
}

/** The period a code names, or null. */
export function periodFromCode(code: string): Period | null {
  const input = periodInputFromCode(code)
  return input ? resolvePeriod(input) : null
}
