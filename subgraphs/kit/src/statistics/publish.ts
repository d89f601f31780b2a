// Published aggregates: analysts and integrators see every person-count breakdown (fields marked
// `@personCount` in a subgraph's SDL) with small cells suppressed (./suppression.ts); suppressed
// cells say so (`suppressed: true`, `count: null`), never a fake zero. Officers, supervisors and
// auditors see the exact counts. k comes from LT_SUPPRESSION_K (default 5).
import { defaultFieldResolver, type GraphQLSchema } from 'graphql'
import { isObjectTypeLike } from '../graphqlTypes.ts'
import { z } from 'zod'
import { ConfigError } from '../config.ts'
import type { Identity } from '../identity/claims.ts'
import { PUBLISHED_ROLES } from '../authz/policy.ts'
import { DEFAULT_K, suppressAgainstPublicTotal } from './suppression.ts'

export const PERSON_COUNT_DIRECTIVE = 'personCount'

export interface CountByKeyRow { key: string; labelVi: string; count: number | null; suppressed?: boolean }

/** The suppression threshold from the environment (a whole number ≥ 2). */
export function suppressionK(env: Record<string, string | undefined> = process.env): number {
  if (env.LT_SUPPRESSION_K == null || env.LT_SUPPRESSION_K === '') return DEFAULT_K
  const r = z.coerce.number().int().min(2).max(100).safeParse(env.LT_SUPPRESSION_K)
  if (!r.success) throw new ConfigError(`LT_SUPPRESSION_K: must be a whole number from 2 to 100 (default ${DEFAULT_K})`)
  return r.data
}

export function publishRows(rows: readonly CountByKeyRow[], k: number): CountByKeyRow[] {
  const cells = suppressAgainstPublicTotal(rows.map((r) => r.count ?? 0), { k })
  return rows.map((r, i) => ({ ...r, count: cells[i]!.value, suppressed: cells[i]!.suppressed }))
}

/** Wraps every `@personCount` field so published roles get the suppressed breakdown. */
export function applyPublication(schema: GraphQLSchema, k = suppressionK()): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectTypeLike(type) || type.name.startsWith('__')) continue
    for (const field of Object.values(type.getFields())) {
      if (!field.astNode?.directives?.some((d) => d.name.value === PERSON_COUNT_DIRECTIVE)) continue
      const resolve = field.resolve ?? defaultFieldResolver
      field.resolve = async (parent, args, ctx: { identity?: Identity }, info) => {
        const rows = (await resolve(parent, args, ctx, info)) as CountByKeyRow[]
        return ctx.identity && PUBLISHED_ROLES.has(ctx.identity.role) ? publishRows(rows, k) : rows
      }
    }
  }
  return schema
}
