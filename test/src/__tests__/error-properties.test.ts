// Property: whatever malformed request reaches the gateway (a broken document, bad variables, a
// malformed date, an unknown enum value, a wrong type, an oversized string), against any query or
// mutation root, the answer is a well-formed GraphQL error with a known code and a 4xx status,
// quotes no submitted value, and writes nothing. Roots and argument types are read from the
// gateway's own schema (introspection), so a new root is covered without touching this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isLeafType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql'
import { ERROR_CODES } from '@lienthong/kit'
import { testProviders } from '@lienthong/kit/testing'
import { startNetwork, type TestNetwork } from '../network.ts'
import { rowCounts } from '../rowCounts.ts'

/** Requests per provider: enough to visit every root several times, bounded for a busy 2-core CI machine. */
const RUNS = Number(process.env.RUNS ?? 120)

type Bad = 'date' | 'enum' | 'type' | 'oversized' | 'scalar'
interface Root {
  operation: 'query' | 'mutation'
  field: GraphQLField<unknown, unknown>
}
interface Leaf {
  path: (string | number)[]
  type: GraphQLInputType
}
/** What is sent, and the submitted values that must never come back. */
interface Attempt {
  query: string
  variables?: unknown
  operationName?: string
  secrets: string[]
}

const VALID: Record<string, unknown> = {
  Int: 1,
  Float: 1.5,
  Boolean: true,
  Date: '2024-07-01',
  DateTime: '2024-07-01T08:00:00+07:00',
  CountryCode: 'LA',
  AdminUnitCode: '99',
  PersonRef: 'a'.repeat(64),
}

function rootsOf(schema: GraphQLSchema): Root[] {
  const roots: Root[] = []
  for (const [operation, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) if (!field.name.startsWith('_')) roots.push({ operation, field })
  }
  return roots
}

/** Every leaf an argument can reach (input objects to depth 3, a list's first item). */
function leavesOf(type: GraphQLInputType, path: (string | number)[] = [], depth = 0): Leaf[] {
  const inner = getNullableType(type) as GraphQLInputType
  if (isListType(inner)) return leavesOf(inner.ofType, [...path, 0], depth)
  if (isInputObjectType(inner)) {
    if (depth >= 3) return []
    return [{ path, type: inner }, ...Object.values(inner.getFields()).flatMap((f) => leavesOf(f.type, [...path, f.name], depth + 1))]
  }
  return [{ path, type: inner }]
}

/** Which malformations fit a leaf of this type. */
function badsFor(type: GraphQLInputType): Bad[] {
  const named = getNamedType(type)
  if (isInputObjectType(named)) return ['type']
  if (isEnumType(named)) return ['enum', 'type']
  if (named.name === 'Date' || named.name === 'DateTime') return ['date', 'type']
  if (named.name === 'String' || named.name === 'ID') return ['oversized', 'type']
  if (isScalarType(named) && !['Int', 'Float', 'Boolean'].includes(named.name)) return ['scalar', 'type', 'oversized']
  return ['type']
}

const digits = fc.stringMatching(/^[0-9]{9}$/)
/** A national ID-like marker: distinctive enough that finding it in a response means it was echoed. */
const marker = digits.map((d) => `001${d}`)

function badValue(bad: Bad, type: GraphQLInputType): fc.Arbitrary<{ value: unknown; secret?: string; literal?: string }> {
  const named = getNamedType(type)
  switch (bad) {
    case 'date':
      return fc
        .oneof(
          fc.constantFrom(
            'yesterday',
            '2026-11-20 10:00',
            '2024-02-30',
            '2024-13-01',
            '20240701',
            '2024-02-30T10:00:00+07:00',
            '2024-07-01T25:00:00Z',
            '01/07/2024',
          ),
          marker.map((m) => `${m.slice(0, 4)}-${m.slice(4, 6)}-${m.slice(6, 8)}x${m}`),
        )
        .map((v) => ({ value: v, secret: v }))
    case 'enum':
      return fc.stringMatching(/^ZQ[A-Z]{4,10}$/).map((v) => ({ value: v, secret: v, literal: v }))
    case 'scalar':
      return marker.map((m) => ({ value: `ZZ-${m}`, secret: m }))
    case 'oversized':
      return fc.tuple(marker, fc.integer({ min: 10_001, max: 20_000 })).map(([m, n]) => ({ value: `${m}${'x'.repeat(n)}`, secret: m }))
    case 'type':
      return marker.map((m) => ({
        // a value of another kind than the type takes (not a number for ID or Float: they accept one)
        value: isInputObjectType(named) || ['Int', 'Float', 'Boolean'].includes(named.name) ? m : { nested: m },
        secret: m,
      }))
  }
}

/** A value for `type` that is well formed, except at `target` (relative path) where `bad` goes. */
function build(type: GraphQLInputType, target: (string | number)[] | undefined, bad: unknown, secrets: string[]): unknown {
  if (target && target.length === 0) return bad
  const inner = getNullableType(type) as GraphQLInputType
  if (isListType(inner)) return [build(inner.ofType, target?.slice(1), bad, secrets)]
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {}
    for (const f of Object.values(inner.getFields())) {
      const aimed = target?.[0] === f.name
      if (aimed || (isNonNullType(f.type) && f.defaultValue === undefined)) out[f.name] = build(f.type, aimed ? target!.slice(1) : undefined, bad, secrets)
    }
    return out
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.value
  if (inner.name in VALID) return VALID[inner.name]
  const s = `S${Math.random().toString().slice(2, 14).padEnd(12, '7')}`
  secrets.push(s)
  return s
}

/** GraphQL literal of a built value (enum values unquoted where the type is an enum). */
function literal(value: unknown, type: GraphQLInputType | undefined, bare?: string): string {
  if (value === bare && bare !== undefined) return bare
  const inner = type && (getNullableType(type) as GraphQLInputType)
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, inner && isListType(inner) ? inner.ofType : undefined, bare)).join(', ')}]`
  if (value && typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {}
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type, bare)}`)
      .join(', ')} }`
  }
  if (typeof value === 'string' && inner && isEnumType(inner) && inner.getValue(value)) return value
  return JSON.stringify(value)
}

function selectionOf(root: Root): string {
  return isLeafType(getNamedType(root.field.type)) ? '' : ' { __typename }'
}

/** One malformed request against `root`. */
function attemptOn(root: Root): fc.Arbitrary<Attempt> {
  const args = root.field.args
  const targets = args.flatMap((a) => leavesOf(a.type, [a.name]).flatMap((leaf) => badsFor(leaf.type).map((bad) => ({ leaf, bad }))))
  const header = (vars: string) => `${root.operation}${vars ? `(${vars})` : ''}`
  const wellFormed = (secrets: string[]) => {
    const built = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => ({ a, v: build(a.type, undefined, undefined, secrets) }))
    return `${header('')} { ${root.field.name}${built.length ? `(${built.map(({ a, v }) => `${a.name}: ${literal(v, a.type)}`).join(', ')})` : ''}${selectionOf(root)} }`
  }
  const brokenDocument = fc.tuple(fc.nat(), fc.constantFrom('truncate', ' }', ' "open', ' ) ', 'operationName')).map(([at, how]): Attempt => {
    const secrets: string[] = []
    const doc = wellFormed(secrets)
    if (how === 'operationName') return { query: doc, operationName: 'ZqNoSuchOperation', secrets }
    return { query: how === 'truncate' ? doc.slice(0, at % doc.length) : doc + how, secrets }
  })
  const brokenVariables = fc.constantFrom('missing', 'null', 'array').map((how): Attempt => {
    const required = args.filter((a) => isNonNullType(a.type))
    const secrets: string[] = []
    const defs = args.map((a) => `$${a.name}: ${a.type}`).join(', ')
    const query = `${header(defs)} { ${root.field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}${selectionOf(root)} }`
    const variables = Object.fromEntries(args.map((a) => [a.name, build(a.type, undefined, undefined, secrets)]))
    if (how === 'array' || required.length === 0) return { query, variables: Object.values(variables), secrets }
    if (how === 'missing') delete variables[required[0]!.name]
    else variables[required[0]!.name] = null
    return { query, variables, secrets }
  })
  if (targets.length === 0) return fc.oneof(brokenDocument, brokenVariables)
  const badValueSomewhere = fc.tuple(fc.constantFrom(...targets), fc.boolean()).chain(([{ leaf, bad }, asVariables]) =>
    badValue(bad, leaf.type).map((b): Attempt => {
      const secrets = b.secret ? [b.secret] : []
      const [argName, ...rest] = leaf.path as [string, ...(string | number)[]]
      const sent = args
        .filter((a) => a.name === argName || (isNonNullType(a.type) && a.defaultValue === undefined))
        .map((a) => ({ a, v: build(a.type, a.name === argName ? rest : undefined, b.value, secrets) }))
      if (asVariables) {
        const defs = sent.map(({ a }) => `$${a.name}: ${a.type}`).join(', ')
        const query = `${header(defs)} { ${root.field.name}(${sent.map(({ a }) => `${a.name}: $${a.name}`).join(', ')})${selectionOf(root)} }`
        return { query, variables: Object.fromEntries(sent.map(({ a, v }) => [a.name, v])), secrets }
      }
      return {
        query: `${header('')} { ${root.field.name}(${sent.map(({ a, v }) => `${a.name}: ${literal(v, a.type, b.literal)}`).join(', ')})${selectionOf(root)} }`,
        secrets,
      }
    }),
  )
  return fc.oneof({ arbitrary: badValueSomewhere, weight: 4 }, { arbitrary: brokenDocument, weight: 1 }, { arbitrary: brokenVariables, weight: 1 })
}

describe.each(await testProviders())('malformed requests through the gateway on %s', (provider) => {
  let net: TestNetwork
  let roots: Root[]
  beforeAll(async () => {
    net = await startNetwork(provider, { seed: false })
    const { body } = await net.query(getIntrospectionQuery())
    roots = rootsOf(buildClientSchema(body.data as IntrospectionQuery))
  })
  afterAll(() => net?.stop())

  it('the schema has query and mutation roots to attack', () => {
    expect(roots.filter((r) => r.operation === 'mutation').length).toBeGreaterThan(10)
    expect(roots.filter((r) => r.operation === 'query').length).toBeGreaterThan(5)
  })

  it('every one is a 4xx typed error that quotes no submitted value, and nothing is written', async () => {
    const before = await rowCounts(net)
    const post = async (a: Attempt) => {
      const res = await fetch(net.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await net.token()}`, 'x-purpose-of-use': 'investigation' },
        body: JSON.stringify({ query: a.query, variables: a.variables, operationName: a.operationName }),
      })
      return { status: res.status, text: await res.text() }
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...roots).chain(attemptOn), async (a) => {
        const { status, text } = await post(a)
        const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { message: unknown; extensions?: { code?: unknown } }[] }
        const why = `${status} ${text.slice(0, 600)}\nquery: ${a.query.slice(0, 400)}`
        expect(status, why).toBeGreaterThanOrEqual(400)
        expect(status, why).toBeLessThan(500)
        expect(body.errors?.length, why).toBeGreaterThan(0)
        for (const e of body.errors!) {
          expect(typeof e.message, why).toBe('string')
          expect(Object.keys(ERROR_CODES), why).toContain(e.extensions?.code)
          expect(e.extensions?.code, why).not.toBe('INTERNAL_SERVER_ERROR')
        }
        expect(
          Object.values(body.data ?? {}).filter((v) => v != null),
          why,
        ).toEqual([])
        for (const secret of a.secrets) expect(text.includes(secret), `${secret} echoed: ${why}`).toBe(false)
      }),
      { numRuns: RUNS },
    )
    expect(await rowCounts(net)).toEqual(before)
  }, 600_000)
})
