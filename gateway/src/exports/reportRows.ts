// The report's rows in one language: section (a top-level field of ProvincialStatistics, in the
// plans' order), figure, detail (a breakdown key or a KPI part) and value. Every label is a field's
// or an enum value's description ("Vietnamese — English"), a unit's or a country's name, or the
// KPI catalogue's text served by the API: no code reaches the file.
import {
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql'
import { AGENCY_REGISTRY, reportingFieldsOf } from '@lienthong/schema'
import { keyLabels, type KeyLabels } from './keyLabels.ts'
import { exportable, labelsOf, REPORT_TYPE, type Labels } from './reportQuery.ts'

export type Lang = 'vi' | 'en'
export interface ReportRow {
  section: string
  figure: string
  detail: string
  value: string | number
}

/**
 * Sections in the order of the plans: the KPIs, then each agency's figures (in the agency
 * registry's order: police, procuracy, court, social affairs, border guard), the figures
 * consolidated across agencies, and each agency's periodic report. A section the list does not name follows, in the supergraph's order.
 */
export const SECTION_ORDER: readonly string[] = [
  'kpis',
  ...AGENCY_REGISTRY.map((a) => a.statisticsSection),
  'victims',
  'justiceFunnel',
  ...AGENCY_REGISTRY.map((a) => reportingFieldsOf(a).period),
]

/** Shown in the title (period, unit) or raw inputs of other figures (the justice funnel's counts), not as rows. */
const NOT_ROWS = new Set(['periodCode', 'unitCode', 'periodLabelVi', 'periodLabelEn', 'unitName', 'casesIndicted', 'casesTried'])
/** Fields of a periodic report that repeat the section (agency, period) or hold snapshots (the revisions): not rows. */
const NOT_REPORT_ROWS = new Set(['agency', 'periodCode', 'unitCode', 'revisions'])

const WORDS: Record<string, Labels> = {
  general: { vi: 'Thông tin chung', en: 'General' },
  suppressed: { vi: 'Ẩn (số nhỏ)', en: 'Suppressed (small count)' },
  nothingPending: { vi: 'Không phát sinh', en: 'Nothing pending' },
  met: { vi: 'Đạt', en: 'Met' },
  notMet: { vi: 'Không đạt', en: 'Not met' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  none: { vi: 'Không có', en: 'None' },
}
const KPI_PARTS: [string, Labels][] = [
  ['numerator', { vi: 'Tử số', en: 'Numerator' }],
  ['denominator', { vi: 'Mẫu số', en: 'Denominator' }],
  ['value', { vi: 'Tỷ lệ', en: 'Rate' }],
  ['targetPercent', { vi: 'Chỉ tiêu', en: 'Target' }],
  ['met', { vi: 'Kết quả', en: 'Result' }],
  ['definition', { vi: 'Cách tính', en: 'Definition' }],
]

/** English labels start with a capital, as the Vietnamese ones do. */
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const say = (l: Labels, lang: Lang) => capitalised(l[lang])

/** A published person count as a file shows it: the number, or the protected marking (null or `suppressed`), never 0. */
export const personCell = (count: unknown, suppressed: unknown, lang: Lang): string | number =>
  suppressed === true || typeof count !== 'number' ? say(WORDS.suppressed!, lang) : count
/** A section's title: its field's label up to the first explanation ("(…", ":", ";"). */
const titleOf = (l: Labels): Labels => ({ vi: l.vi.split(/ \(|: |; /)[0]!, en: l.en.split(/ \(|: |; /)[0]! })

/** A rate as the plans state targets: a whole percent, rounded down (met is decided on the exact counts). */
export const percent = (rate: number) => `${Math.floor(rate * 100 + 1e-9)}%`
const SIGN: Record<string, string> = { AT_LEAST: '≥', MORE_THAN: '>' }

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** A calendar day (YYYY-MM-DD) as people write it: 15/12/2024, 15 December 2024. */
export function dayLabel(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return lang === 'vi' ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`
}
/** An instant as its day in Vietnam time; a deadline (`dueAt`, the instant it ends) as its last day. */
const instantDay = (iso: string, deadline: boolean) => new Date(new Date(iso).getTime() - (deadline ? 1 : 0) + 7 * 3600_000).toISOString().slice(0, 10)

const unwrap = (t: GraphQLType): GraphQLType => (isNonNullType(t) ? t.ofType : t)

export function reportRows(schema: GraphQLSchema, data: Record<string, unknown>, lang: Lang): ReportRow[] {
  const keys: KeyLabels = keyLabels(schema)
  const type = schema.getType(REPORT_TYPE) as GraphQLObjectType
  const rows: ReportRow[] = []
  const scalar = (f: GraphQLField<unknown, unknown>, v: unknown): string | number => {
    const named = getNamedType(f.type)
    // a null count is a person count protected for the caller's role (published aggregates): never 0 nor "none"
    if ((v === null || v === undefined) && named.name === 'Int') return say(WORDS.suppressed!, lang)
    if (v === null || v === undefined) return say(WORDS.none!, lang)
    if (Array.isArray(v)) return v.map((x) => scalar(f, x)).join(', ')
    if (isEnumType(named)) return say(keys.enumValue(named.name, String(v)), lang)
    if (named.name === 'Date') return dayLabel(String(v), lang)
    if (named.name === 'DateTime') return dayLabel(instantDay(String(v), f.name === 'dueAt'), lang)
    if (typeof v === 'boolean') return say(v ? WORDS.yes! : WORDS.no!, lang)
    return v as string | number
  }
  const kpiRows = (section: string, item: Record<string, unknown>) => {
    const figure = `${item.code} ${lang === 'vi' ? item.nameVi : item.nameEn}`
    for (const [part, label] of KPI_PARTS) {
      let value: string | number
      if (part === 'value') value = item.value == null ? say(WORDS.nothingPending!, lang) : percent(item.value as number)
      else if (part === 'met') value = say(item.met == null ? WORDS.nothingPending! : item.met ? WORDS.met! : WORDS.notMet!, lang)
      else if (part === 'targetPercent') value = `${SIGN[String(item.comparator)] ?? ''} ${item.targetPercent}%`.trim()
      else if (part === 'definition') value = String((lang === 'vi' ? item.definitionVi : item.definitionEn) ?? '')
      else value = item[part] as number
      if (part === 'definition' && !value) continue
      rows.push({ section, figure, detail: say(label, lang), value })
    }
  }
  const walk = (t: GraphQLObjectType, value: Record<string, unknown>, section: string, prefix: string | null, skip: ReadonlySet<string>) => {
    for (const f of Object.values(t.getFields())) {
      if (!(f.name in value) || !exportable(f) || skip.has(f.name)) continue
      const v = value[f.name]
      const own = say(labelsOf(f), lang)
      const figure = prefix ? `${prefix} — ${own}` : own
      const named = getNamedType(f.type)
      if (isScalarType(named) || isEnumType(named)) {
        rows.push({ section, figure, detail: '', value: scalar(f, v) })
      } else if (isListType(unwrap(f.type)) && isObjectType(named)) {
        const items = (v as Record<string, unknown>[] | null) ?? []
        if (items.length > 0 && 'count' in items[0]! && 'key' in items[0]!) {
          const labels = keys.lines(items as { key: string; labelVi?: unknown }[])
          items.forEach(
            (item, i) =>
              void rows.push({
                section,
                figure,
                detail: say(labels[i]!, lang),
                value: personCell(item.count, item.suppressed, lang),
              }),
          )
        } else {
          for (const item of items) walk(named, item, section, say(titleOf(labelsOf(f)), lang), skip)
        }
      } else if (isObjectType(named) && v) {
        walk(named, v as Record<string, unknown>, section, say(titleOf(labelsOf(f)), lang), skip)
      }
    }
  }
  const general = say(WORDS.general!, lang)
  const sections = Object.values(type.getFields())
    .filter((f) => f.name in data && exportable(f) && !NOT_ROWS.has(f.name))
    .sort((a, b) => orderOf(a) - orderOf(b))
  for (const f of sections) {
    const named = getNamedType(f.type)
    const v = data[f.name]
    if (!isObjectType(named)) {
      walk(type, { [f.name]: v }, general, null, NOT_ROWS)
    } else if (f.name === 'kpis') {
      for (const item of (v as Record<string, unknown>[] | null) ?? []) kpiRows(say(titleOf(labelsOf(f)), lang), item)
    } else if (v != null) {
      // null: e.g. no periodic report for a custom window
      walk(named, v as Record<string, unknown>, say(titleOf(labelsOf(f)), lang), null, named.name === 'PeriodReporting' ? NOT_REPORT_ROWS : new Set())
    }
  }
  return rows
}

/** General figures (scalars) first, then the plans' order, then any other section. */
function orderOf(f: GraphQLField<unknown, unknown>): number {
  if (!isObjectType(getNamedType(f.type))) return 0
  const i = SECTION_ORDER.indexOf(f.name)
  return i >= 0 ? i + 1 : SECTION_ORDER.length + 1
}
