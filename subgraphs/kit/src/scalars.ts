// Resolvers of the shared scalars declared in schema/vocabulary.graphql. A value that does not
// parse is BAD_USER_INPUT with the scalar's fixed reason ("Date: … / …"), never the value itself.
// The gateway runs the same checks on its API schema (checkScalarsOf) so a malformed date is
// refused before any subgraph is called.
import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped, type GraphQLSchema, type ValueNode } from 'graphql'
import type { z } from 'zod'
import { AdminUnitCodeSchema, CalendarDateSchema, CountryCodeSchema, PersonRefSchema, vietnamDay } from '@lienthong/schema'

/** What each shared scalar accepts, in Vietnamese and English (the reason of its BAD_USER_INPUT). */
export const SCALAR_REASONS = {
  Date: { vi: 'ngày dạng YYYY-MM-DD có thật trên lịch', en: 'a calendar date YYYY-MM-DD that exists, e.g. 2024-07-01' },
  DateTime: { vi: 'thời điểm ISO 8601 có múi giờ', en: 'an ISO 8601 instant with offset, e.g. 2024-07-01T08:00:00+07:00' },
  CountryCode: { vi: 'mã nước ISO 3166-1 alpha-2', en: 'an ISO 3166-1 alpha-2 country code, e.g. LA' },
  AdminUnitCode: { vi: 'mã đơn vị hành chính', en: 'an administrative unit code (digits), e.g. 99' },
  PersonRef: { vi: 'mã tham chiếu người (64 ký tự hex)', en: 'a person reference (64 hex characters)' },
} as const
export type SharedScalar = keyof typeof SCALAR_REASONS

function refused(name: SharedScalar): GraphQLError {
  const r = SCALAR_REASONS[name]
  return new GraphQLError(`${name}: ${r.vi} / ${r.en}`, { extensions: { code: 'BAD_USER_INPUT' } })
}

/**
 * A literal in the document is checked by GraphQL's validation, which names where it sits only
 * for a plain Error (a GraphQLError would be reported without its location).
 */
function literal<T>(parse: (v: unknown) => T): (ast: ValueNode) => T {
  return (ast) => {
    try {
      return parse(ast.kind === Kind.STRING ? ast.value : undefined)
    } catch (e) {
      throw new Error((e as Error).message)
    }
  }
}

function stringScalar(name: SharedScalar, description: string, schema: z.ZodType<string>): GraphQLScalarType {
  const check = (value: unknown): string => {
    const r = schema.safeParse(value)
    if (!r.success) throw refused(name)
    return r.data
  }
  return new GraphQLScalarType({
    name,
    description,
    serialize: (v) => check(v),
    parseValue: (v) => check(v),
    parseLiteral: literal(check),
  })
}

/** Date: a calendar day in Vietnam time. Serialises Date instants or YYYY-MM-DD strings; parses to YYYY-MM-DD. */
const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => (v instanceof Date ? vietnamDay(v) : CalendarDateSchema.parse(v)),
  parseValue: (v) => parseDay(v),
  parseLiteral: literal(parseDay),
})
function parseDay(v: unknown): string {
  const r = CalendarDateSchema.safeParse(v)
  if (!r.success) throw refused('Date')
  return r.data
}

const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => {
    const d = v instanceof Date ? v : new Date(String(v))
    if (Number.isNaN(d.getTime())) throw new GraphQLError('DateTime: not a valid instant')
    return d.toISOString()
  },
  parseValue: (v) => parseInstant(v),
  parseLiteral: literal(parseInstant),
})
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
function parseInstant(v: unknown): Date {
  const m = typeof v === 'string' ? INSTANT.exec(v) : null
  const d = m ? new Date(v as string) : new Date(NaN)
  // Date() rolls 2024-02-30 over to 1 March: the calendar day written must exist
  if (!m || Number.isNaN(d.getTime()) || CalendarDateSchema.safeParse(`${m[1]}-${m[2]}-${m[3]}`).success === false || Number(m[4]) > 23)
    throw refused('DateTime')
  return d
}

export const scalarResolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  CountryCode: stringScalar('CountryCode', 'ISO 3166-1 alpha-2 country code', CountryCodeSchema),
  AdminUnitCode: stringScalar('AdminUnitCode', 'Administrative unit code', AdminUnitCodeSchema),
  PersonRef: stringScalar('PersonRef', 'Pseudonymous person reference', PersonRefSchema),
}

/**
 * Gives the shared scalars of a schema built without resolvers (the gateway's API schema, whose
 * custom scalars accept anything) the subgraphs' checks. Values are checked, not converted: what
 * the caller sent is what the subgraphs receive.
 */
export function checkScalarsOf(schema: GraphQLSchema): void {
  for (const [name, scalar] of Object.entries(scalarResolvers)) {
    const type = schema.getType(name)
    // by tag, not instanceof: the gateway's schema may come from graphql's CommonJS build
    if (Object.prototype.toString.call(type) !== '[object GraphQLScalarType]') continue
    Object.assign(type as GraphQLScalarType, {
      parseValue: (v: unknown) => {
        scalar.parseValue(v)
        return v
      },
      parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) => {
        scalar.parseLiteral(ast, variables)
        return valueFromASTUntyped(ast, variables)
      },
    })
  }
}
