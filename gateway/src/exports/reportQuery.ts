// The provincial periodic report is whatever the supergraph's ProvincialStatistics offers: the
// selection is built from the API schema (every figure, breakdown and KPI, never a person
// reference), and every label comes from the field's description, written "Vietnamese — English"
// (the rows: ./reportRows.ts).
import { Supergraph, printSchema as printFederationSchema } from '@apollo/federation-internals'
import {
  buildSchema,
  getNamedType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isEnumType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql'

export const REPORT_TYPE = 'ProvincialStatistics'
/** Scalars that identify persons: never exported. */
const PERSONAL_SCALARS = new Set(['PersonRef'])
/** Raw inputs of other figures (K4/K5 counts feed `kpis`). */
const SKIPPED_FIELDS = new Set(['prosecutionKpiCounts'])
const MAX_DEPTH = 4

/** The API schema of a supergraph, built with this module's graphql (the federation packages load graphql's CommonJS build). */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildSchema(printFederationSchema(Supergraph.build(supergraphSdl).apiSchema()))
}

export interface Labels {
  vi: string
  en: string
}
/** "Nguồn tin tiếp nhận — incoming reports received" → { vi, en }; the field name when undocumented. */
export function labelsOf(field: { name: string; description?: string | null | undefined }): Labels {
  const d = (field.description ?? '').replace(/\s+/g, ' ').trim()
  const i = d.indexOf(' — ')
  if (i > 0) return { vi: d.slice(0, i).trim(), en: d.slice(i + 3).trim() }
  return { vi: d || field.name, en: d || field.name }
}

const isPersonal = (f: GraphQLField<unknown, unknown>) => PERSONAL_SCALARS.has(getNamedType(f.type).name)
/** Fetched and exported: not a person reference, not a raw input of another figure, no required argument. */
export const exportable = (f: GraphQLField<unknown, unknown>) => !isPersonal(f) && !SKIPPED_FIELDS.has(f.name) && f.args.every((a) => !isNonNullType(a.type))

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
