// The provincial periodic report is whatever the supergraph's ProvincialStatistics offers: the
// selection is built from the API schema (every figure, breakdown and KPI, never a person
// reference), and every label comes from the field's description, written "Vietnamese — English".
import { Supergraph, printSchema as printFederationSchema } from '@apollo/federation-internals'
import {
  buildSchema, getNamedType, isListType, isNonNullType, isObjectType, isScalarType, isEnumType,
  type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type GraphQLType,
} from 'graphql'

export const REPORT_TYPE = 'ProvincialStatistics'
/** Scalars that identify persons: never exported. */
const PERSONAL_SCALARS = new Set(['PersonRef'])
/** Raw inputs of other figures (K4/K5 counts feed `kpis`). */
const SKIPPED_FIELDS = new Set(['prosecutionKpiCounts'])
/** Fetched for the title, not repeated as rows. */
const TITLE_FIELDS = new Set(['periodLabelVi', 'periodLabelEn'])
const MAX_DEPTH = 4

/** The API schema of a supergraph, built with this module's graphql (the federation packages load graphql's CommonJS build). */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildSchema(printFederationSchema(Supergraph.build(supergraphSdl).apiSchema()))
}

export interface Labels { vi: string; en: string }
/** "Nguồn tin tiếp nhận — incoming reports received" → { vi, en }; the field name when undocumented. */
export function labelsOf(field: { name: string; description?: string | null | undefined }): Labels {
  const d = (field.description ?? '').replace(/\s+/g, ' ').trim()
  const i = d.indexOf(' — ')
  if (i > 0) return { vi: d.slice(0, i).trim(), en: d.slice(i + 3).trim() }
  return { vi: d || field.name, en: d || field.name }
}

const unwrap = (t: GraphQLType): GraphQLType => (isNonNullType(t) ? t.ofType : t)
const isPersonal = (f: GraphQLField<unknown, unknown>) => PERSONAL_SCALARS.has(getNamedType(f.type).name)
const exportable = (f: GraphQLField<unknown, unknown>) => !isPersonal(f) && !SKIPPED_FIELDS.has(f.name) && f.args.every((a) => !isNonNullType(a.type))

function selection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = []
  for (const f of Object.values(type.getFields())) {
    if (!exportable(f)) continue
    const named = getNamedType(f.type)
    if (isScalarType(named) || isEnumType(named)) parts.push(f.name)
    else if (isObjectType(named) && depth < MAX_DEPTH) {
      const inner = selection(named, depth + 1)
      if (inner) parts.push(`${f.name} { ${inner} }`)
    }
  }
  return parts.join(' ')
}

/** The GraphQL operation that fetches the whole report for one period and unit. */
export function reportOperation(schema: GraphQLSchema): string {
  const type = schema.getType(REPORT_TYPE)
  if (!type || !isObjectType(type)) throw new Error(`the supergraph has no ${REPORT_TYPE} type`)
  return `query ProvincialReport($period: PeriodInput!, $unitCode: AdminUnitCode) { provincialStatistics(period: $period, unitCode: $unitCode) { ${selection(type, 0)} } }`
}

export interface ReportRow {
  section: Labels; figure: Labels; detail: Labels | null; value: string | number | boolean | null
  /** A person count (a total or a breakdown line) suppressed for the caller's role (published aggregates): shown as such, never as 0 or as "nothing pending". */
  suppressed?: boolean
}

const SECTION_HEADER: Labels = { vi: 'Thông tin chung', en: 'General' }

/** Flattens the report result into rows: section (top-level field), figure, detail (a breakdown key or a KPI part), value. */
export function reportRows(schema: GraphQLSchema, data: Record<string, unknown>): ReportRow[] {
  const type = schema.getType(REPORT_TYPE) as GraphQLObjectType
  const rows: ReportRow[] = []
  const walk = (t: GraphQLObjectType, value: Record<string, unknown>, section: Labels, prefix: Labels | null) => {
    for (const f of Object.values(t.getFields())) {
      if (!(f.name in value) || !exportable(f)) continue
      const v = value[f.name]
      const label = labelsOf(f)
      const figure = prefix ? { vi: `${prefix.vi} — ${label.vi}`, en: `${prefix.en} — ${label.en}` } : label
      const named = getNamedType(f.type)
      if (isScalarType(named) || isEnumType(named)) {
        // a null Int of a section is a person count suppressed for the caller (the only nullable counts: @personCount)
        rows.push({ section, figure, detail: null, value: Array.isArray(v) ? v.join(', ') : (v as ReportRow['value']), suppressed: v === null && named.name === 'Int' })
      } else if (isListType(unwrap(f.type)) && isObjectType(named)) {
        for (const item of (v as Record<string, unknown>[] | null) ?? []) {
          if ('count' in item && 'key' in item) rows.push({ section, figure, detail: { vi: String(item.labelVi ?? item.key), en: String(item.key) }, value: item.count as number | null, suppressed: item.suppressed === true })
          else if ('code' in item && 'numerator' in item) {
            const kpi = { vi: `${item.code} ${item.nameVi}`, en: `${item.code} ${item.nameEn}` }
            for (const [part, vi, en] of [['numerator', 'Tử số', 'Numerator'], ['denominator', 'Mẫu số', 'Denominator'], ['value', 'Tỷ lệ', 'Value'], ['targetPercent', 'Chỉ tiêu (%)', 'Target (%)'], ['met', 'Đạt', 'Met']] as const) {
              rows.push({ section, figure: kpi, detail: { vi, en }, value: item[part] as ReportRow['value'] })
            }
          } else walk(named, item, section, figure)
        }
      } else if (isObjectType(named) && v) {
        walk(named, v as Record<string, unknown>, section, figure)
      }
    }
  }
  for (const f of Object.values(type.getFields())) {
    if (!(f.name in data) || !exportable(f) || TITLE_FIELDS.has(f.name)) continue
    const named = getNamedType(f.type)
    if (isObjectType(named) && !isListType(unwrap(f.type))) {
      if (data[f.name] != null) walk(named, data[f.name] as Record<string, unknown>, labelsOf(f), null) // null: e.g. no periodic report for a custom window
    } else walk(type, { [f.name]: data[f.name] }, isObjectType(named) ? labelsOf(f) : SECTION_HEADER, null)
  }
  return rows
}
