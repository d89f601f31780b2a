// The columns of an import file, derived from the API schema (never written by hand): for each
// record type, the input type of the gateway mutation that writes it. A scalar or enum field is one
// column named by its path; a nested input object gives dotted columns (`personal.fullName`); a
// list of scalars is one cell (values separated by `;`); a list of input objects (charges,
// verdicts, persons) takes one row per item, the rows of one record sharing its key; a parent's
// `…Id`/`…Ids` becomes `…Ref`/`…Refs`, the parent's own reference, looked up through the gateway.
// Headings and labels come from the field and enum value descriptions ("Vietnamese — English").
// Docs and XLSX templates read RECORD_TYPES and columnsOf().
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql'
import { apiSchemaOf, labelsOf } from '@lienthong/gateway/exports/reportQuery'
import { headingOf } from '@lienthong/schema'
import { RECORD_TYPES, type RecordType, recordType } from './recordTypes.ts'

export { RECORD_TYPES, recordType, type RecordType } from './recordTypes.ts'

/** Where a parent's id is found from its reference: the list query (filter `{ externalRefs }`, ≤ 100) or, for `all`, a plain list matched on externalRef. */
export interface ParentLookup {
  query: string
  all?: boolean
  nameVi: string
  nameEn: string
}

/** Parent id fields of the mutations' inputs, by field name. */
export const PARENTS: Readonly<Record<string, ParentLookup>> = {
  caseId: { query: 'criminalCases', nameVi: 'vụ án', nameEn: 'criminal case' },
  reportIds: { query: 'incomingReports', nameVi: 'nguồn tin', nameEn: 'incoming report' },
  peakCampaignId: { query: 'peakCampaigns', all: true, nameVi: 'đợt cao điểm', nameEn: 'peak campaign' },
  rescueOperationId: { query: 'rescueOperations', nameVi: 'cuộc giải cứu', nameEn: 'rescue operation' },
  procuracyFileId: { query: 'procuracyFiles', nameVi: 'hồ sơ Viện kiểm sát', nameEn: 'procuracy file' },
  indictmentId: { query: 'indictments', nameVi: 'cáo trạng', nameEn: 'indictment' },
  courtFileId: { query: 'courtFiles', nameVi: 'hồ sơ Tòa án', nameEn: 'court file' },
  supportCaseId: { query: 'supportCases', nameVi: 'hồ sơ hỗ trợ', nameEn: 'support case' },
  incidentId: { query: 'borderIncidents', nameVi: 'vụ việc biên giới', nameEn: 'border incident' },
  repatriationId: { query: 'repatriations', nameVi: 'việc tiếp nhận người trở về', nameEn: 'repatriation' },
}

export type ColumnKind = 'string' | 'int' | 'float' | 'boolean' | 'enum' | 'date' | 'dateTime' | 'id' | 'parentRef'

export interface EnumValue {
  code: string
  labelVi: string
  labelEn: string
}

export interface Column {
  /** Column name in a file: the field's path in the input (`personal.fullName`), a parent's `caseRef`. */
  path: string
  headingVi: string
  headingEn: string
  descriptionVi: string
  descriptionEn: string
  /** A value is required (in every item, for the columns of a list of items). */
  required: boolean
  kind: ColumnKind
  /** GraphQL scalar or enum name behind the column (`DateTime`, `AdminUnitCode`, `Sex`…). */
  graphqlType: string
  /** One cell holds several values separated by `;`. */
  list?: boolean
  enumValues?: EnumValue[]
  /** One row per item of the list named `itemsOf` (charges, verdicts, persons). */
  repeatsPerItem?: boolean
  itemsOf?: string
  /** The input field this column fills (`caseId` for `caseRef`, `charges.article`…), dotted from the input's root. */
  field: string
  /** A parent's reference, resolved to its id through the gateway. */
  parentRef?: ParentLookup
}

const require = createRequire(import.meta.url)
let apiSchema: GraphQLSchema | undefined
/** The gateway's API schema (the composed supergraph, what callers see). */
export function importSchema(): GraphQLSchema {
  apiSchema ??= apiSchemaOf(readFileSync(require.resolve('@lienthong/schema/supergraph.graphql'), 'utf8'))
  return apiSchema
}

const KINDS: Record<string, ColumnKind> = { Int: 'int', Float: 'float', Boolean: 'boolean', Date: 'date', DateTime: 'dateTime', ID: 'id' }

/** The input object type of a record type's mutation. */
export function inputTypeOf(type: RecordType, schema = importSchema()): GraphQLInputObjectType {
  const field = schema.getMutationType()?.getFields()[type.mutation]
  const input = field?.args.find((a) => a.name === 'input')
  const named = input && getNamedType(input.type)
  if (!named || !isInputObjectType(named)) throw new Error(`the API schema has no mutation ${type.mutation}(input: …)`)
  return named
}

function describe(f: GraphQLInputField, fallback: { description?: string | null }) {
  const own = labelsOf(f)
  const d = f.description ? own : labelsOf({ name: f.name, description: fallback.description })
  return { vi: d.vi, en: d.en }
}

interface Above {
  prefix: string
  required: boolean
  itemsOf?: string
  /** The headings of the enclosing field, prefixed to the nested ones. */
  vi?: string
  en?: string
}

function columnsOfInput(input: GraphQLInputObjectType, above: Above): Column[] {
  const { prefix, itemsOf } = above
  const out: Column[] = []
  for (const f of Object.values(input.getFields())) {
    const path = prefix + f.name
    const required = above.required && isNonNullType(f.type)
    const unwrapped = isNonNullType(f.type) ? f.type.ofType : f.type
    const list = isListType(unwrapped)
    const named = getNamedType(f.type as GraphQLInputType)
    if (isInputObjectType(named)) {
      if (list && itemsOf) throw new Error(`${path}: a list of items inside a list of items cannot be one row per item`)
      const l = describe(f, named)
      const nested = { prefix: `${path}.`, required, vi: l.vi === f.name ? path : headingOf(l.vi), en: l.en === f.name ? path : headingOf(l.en) }
      out.push(...columnsOfInput(named, { ...nested, ...((list ? path : itemsOf) ? { itemsOf: list ? path : itemsOf } : {}) }))
      continue
    }
    const labels = describe(f, isEnumType(named) ? named : {})
    const parent = PARENTS[f.name]
    const base = parent ? path.replace(/Ids?$/, (m) => (m === 'Ids' ? 'Refs' : 'Ref')) : path
    const column: Column = {
      path: base,
      headingVi: heading(above.vi, labels.vi === f.name ? base : labels.vi),
      headingEn: heading(above.en, labels.en === f.name ? base : labels.en),
      descriptionVi: f.description ? labels.vi : '',
      descriptionEn: f.description ? labels.en : '',
      required,
      kind: parent ? 'parentRef' : isEnumType(named) ? 'enum' : (KINDS[named.name] ?? 'string'),
      graphqlType: named.name,
      field: path,
    }
    if (list) column.list = true
    if (isEnumType(named)) column.enumValues = named.getValues().map((v) => ({ code: v.name, ...labelsPair(v) }))
    if (itemsOf) Object.assign(column, { repeatsPerItem: true, itemsOf })
    if (parent) column.parentRef = parent
    out.push(column)
  }
  return out
}

const heading = (outer: string | undefined, own: string) => (outer ? `${outer}: ${headingOf(own)}` : headingOf(own))

function labelsPair(v: { name: string; description?: string | null }): { labelVi: string; labelEn: string } {
  const l = labelsOf(v)
  return { labelVi: l.vi, labelEn: l.en }
}

const cache = new Map<string, Column[]>()
/** The columns of a record type's file, in the input's field order. */
export function columnsOf(type: string | RecordType, schema?: GraphQLSchema): Column[] {
  const r = typeof type === 'string' ? recordType(type) : type
  if (!r) throw new Error(`unknown record type ${String(type)}: one of ${RECORD_TYPES.map((x) => x.name).join(', ')}`)
  const hit = schema ? undefined : cache.get(r.name)
  if (hit) return hit
  const columns = columnsOfInput(inputTypeOf(r, schema), { prefix: '', required: true })
  // a heading two columns share (undocumented fields of nested types) is replaced by the path
  for (const lang of ['headingVi', 'headingEn'] as const) {
    const seen = new Map<string, number>()
    for (const c of columns) seen.set(c[lang], (seen.get(c[lang]) ?? 0) + 1)
    for (const c of columns) if (seen.get(c[lang])! > 1) c[lang] = c.path
  }
  if (!schema) cache.set(r.name, columns)
  return columns
}
