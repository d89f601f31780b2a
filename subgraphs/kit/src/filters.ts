// List filters → Prisma conditions, shared by every subgraph: a reporting period (half-open
// instants in Vietnam time), an administrative unit with everything under it across the 2025
// reform (`adminUnits().unitsUnder`, the same rule as statistics) and the agencies' own references
// (bulk imports resolve them to ids, NET-11). Bad values are BAD_USER_INPUT naming the argument.
import { adminUnits, PeriodInputSchema, resolvePeriod } from '@lienthong/schema'
import { z } from 'zod'
import { parseInput } from './errors.ts'
import { KnownUnitSchema } from './validation.ts'

type Path = string | readonly string[]
const segments = (path: Path) => (typeof path === 'string' ? path.split('.') : path)

/** `{ gte, lt }` of a period argument, or undefined without one. */
export function periodRange(period: unknown, path: Path = 'filter.period'): { gte: Date; lt: Date } | undefined {
  if (period == null) return undefined
  const p = resolvePeriod(parseInput(PeriodInputSchema, period, segments(path)))
  return { gte: p.start, lt: p.end }
}

/**
 * `{ in: units }` of a unit and everything under it, or undefined without one: the unit itself,
 * the districts and communes (old and new) whose records count in it; never a unit above it.
 */
export function unitCodesUnder(code: string | null | undefined, path: Path = 'filter.unitCode'): { in: string[] } | undefined {
  if (code == null) return undefined
  const known = parseInput(KnownUnitSchema, code, segments(path))
  return { in: adminUnits().unitsUnder(known) }
}

/** At most this many agency references in one list filter (one batch of a bulk import). */
export const MAX_EXTERNAL_REFS = 100

const ExternalRefsSchema = z
  .array(z.string().trim())
  .max(MAX_EXTERNAL_REFS, `tối đa ${MAX_EXTERNAL_REFS} mã tham chiếu / at most ${MAX_EXTERNAL_REFS} references`)

/**
 * `{ in: refs }` of a filter's agency references (trimmed, as writes store them), or undefined
 * without them: one `IN` condition for the whole batch. An empty list matches nothing, a reference
 * no record has matches nothing; more than MAX_EXTERNAL_REFS is BAD_USER_INPUT naming the argument.
 */
export function externalRefsIn(refs: readonly string[] | null | undefined, path: Path = 'filter.externalRefs'): { in: string[] } | undefined {
  if (refs == null) return undefined
  return { in: [...new Set(parseInput(ExternalRefsSchema, refs, segments(path)))] }
}

/** The conditions of a list filter's period (on the records' `dated` field) and unit (on their `unitCode`). */
export function periodAndUnit<K extends string>(dated: K, filter: { period?: unknown; unitCode?: string | null } | null | undefined) {
  return { [dated]: periodRange(filter?.period), unitCode: unitCodesUnder(filter?.unitCode) } as { [P in K]: { gte: Date; lt: Date } | undefined } & {
    unitCode: { in: string[] } | undefined
  }
}

/** Drops null and undefined conditions (Prisma reads `null` as IS NULL, `undefined` as no condition). */
export function definedOnly<T extends Record<string, unknown>>(conditions: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(conditions).filter(([, v]) => v != null)) as { [K in keyof T]?: NonNullable<T[K]> }
}
