// Published aggregates: every person count (fields marked `@personCount` in a subgraph's SDL:
// scalar totals and breakdowns) reaches analysts and integrators through the cell-key method
// (./cellKey.ts): counts below k, zero included, suppressed (`null`, and `suppressed: true` on a
// breakdown line, never a fake zero), the others perturbed consistently (the same persons always
// give the same published value). Officers, supervisors and auditors see the exact counts.
// A section hands its record keys to this wrapper with `personCount(value, recordKeys)`: the
// same field built from `Figures.recordKeys()` (a breakdown's lines matched by key). k comes from
// LT_SUPPRESSION_K (default 5), the secret from LT_CELL_KEY_SECRET.
import { defaultFieldResolver, type GraphQLSchema } from 'graphql'
import { isObjectTypeLike } from '../graphqlTypes.ts'
import { z } from 'zod'
import { ConfigError } from '../config.ts'
import type { Identity } from '../identity/claims.ts'
import { PUBLISHED_ROLES } from '../authz/policy.ts'
import { DEFAULT_K } from './suppression.ts'
import { cellKeySecret, publishCount } from './cellKey.ts'

export const PERSON_COUNT_DIRECTIVE = 'personCount'

export interface CountByKeyRow {
  key: string
  labelVi: string
  count: number | null
  suppressed?: boolean
}

/** The suppression threshold from the environment (a whole number ≥ 2). */
export function suppressionK(env: Record<string, string | undefined> = process.env): number {
  if (env.LT_SUPPRESSION_K == null || env.LT_SUPPRESSION_K === '') return DEFAULT_K
  const r = z.coerce.number().int().min(2).max(100).safeParse(env.LT_SUPPRESSION_K)
  if (!r.success) throw new ConfigError(`LT_SUPPRESSION_K: must be a whole number from 2 to 100 (default ${DEFAULT_K})`)
  return r.data
}

const PERSON_COUNT = Symbol('personCount')
/** A person count with its record keys (the same shape, each count replaced by its record key). */
export interface PersonCount<T> {
  [PERSON_COUNT]: true
  value: T
  recordKeys: T
}

/** What a section returns for a `@personCount` field: the exact value and its record keys. */
export const personCount = <T extends number | readonly CountByKeyRow[]>(value: T, recordKeys: T): PersonCount<T> => ({
  [PERSON_COUNT]: true,
  value,
  recordKeys,
})

const isPersonCount = (x: unknown): x is PersonCount<unknown> => typeof x === 'object' && x !== null && PERSON_COUNT in x

const keyOf = (n: number | null | undefined): number | undefined => (n == null || Number.isNaN(n) ? undefined : n)

/** The breakdown as published: each line by its count and its record key (the line of `recordKeys` with the same key). */
export function publishRows(
  rows: readonly CountByKeyRow[],
  recordKeys: readonly CountByKeyRow[] | undefined,
  k: number,
  secret = cellKeySecret(),
): CountByKeyRow[] {
  const keys = new Map((recordKeys ?? []).map((r) => [r.key, r.count]))
  return rows.map((r) => {
    const p = publishCount(r.count ?? 0, keyOf(keys.get(r.key)), k, secret)
    return { ...r, count: p.value, suppressed: p.suppressed }
  })
}

/** Wraps every `@personCount` field: published roles get the published value, the others the exact one. */
export function applyPublication(schema: GraphQLSchema, k = suppressionK(), secret = cellKeySecret()): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectTypeLike(type) || type.name.startsWith('__')) continue
    for (const field of Object.values(type.getFields())) {
      if (!field.astNode?.directives?.some((d) => d.name.value === PERSON_COUNT_DIRECTIVE)) continue
      const resolve = field.resolve ?? defaultFieldResolver
      field.resolve = async (parent, args, ctx: { identity?: Identity }, info) => {
        const got: unknown = await resolve(parent, args, ctx, info)
        const { value, recordKeys } = isPersonCount(got) ? got : { value: got, recordKeys: undefined }
        if (!ctx.identity || !PUBLISHED_ROLES.has(ctx.identity.role) || value == null) return value
        if (Array.isArray(value)) return publishRows(value as CountByKeyRow[], recordKeys as CountByKeyRow[] | undefined, k, secret)
        return publishCount(value as number, keyOf(recordKeys as number | undefined), k, secret).value
      }
    }
  }
  return schema
}
