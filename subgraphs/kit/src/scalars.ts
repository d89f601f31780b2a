// Resolvers of the shared scalars declared in schema/vocabulary.graphql.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql'
import type { z } from 'zod'
import { AdminUnitCodeSchema, CalendarDateSchema, CountryCodeSchema, PersonRefSchema, vietnamDay } from '@lienthong/schema'

function stringScalar(name: string, description: string, schema: z.ZodType<string>): GraphQLScalarType {
  const check = (value: unknown): string => {
    const r = schema.safeParse(value)
    if (!r.success) throw new GraphQLError(`${name}: ${r.error.issues[0]?.message ?? 'invalid'}`, { extensions: { code: 'BAD_USER_INPUT' } })
    return r.data
  }
  return new GraphQLScalarType({
    name, description,
    serialize: (v) => check(v),
    parseValue: (v) => check(v),
    parseLiteral: (ast: ValueNode) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  })
}

/** Date: a calendar day in Vietnam time. Serialises Date instants or YYYY-MM-DD strings; parses to YYYY-MM-DD. */
const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => (v instanceof Date ? vietnamDay(v) : CalendarDateSchema.parse(v)),
  parseValue: (v) => parseDay(v),
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
})
function parseDay(v: unknown): string {
  const r = CalendarDateSchema.safeParse(v)
  if (!r.success) throw new GraphQLError(`Date: ${r.error.issues[0]?.message ?? 'invalid'}`, { extensions: { code: 'BAD_USER_INPUT' } })
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
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
})
function parseInstant(v: unknown): Date {
  const ok = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v)
  const d = ok ? new Date(v) : new Date(NaN)
  if (Number.isNaN(d.getTime())) {
    throw new GraphQLError('DateTime: thời điểm ISO 8601 có múi giờ / an ISO 8601 instant with offset, e.g. 2024-07-01T08:00:00+07:00', { extensions: { code: 'BAD_USER_INPUT' } })
  }
  return d
}

export const scalarResolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  CountryCode: stringScalar('CountryCode', 'ISO 3166-1 alpha-2 country code', CountryCodeSchema),
  AdminUnitCode: stringScalar('AdminUnitCode', 'Administrative unit code', AdminUnitCodeSchema),
  PersonRef: stringScalar('PersonRef', 'Pseudonymous person reference', PersonRefSchema),
}
