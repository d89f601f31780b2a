// The cell-key method (as the Australian Bureau of Statistics' TableBuilder uses it) for every
// person count published to analysts and integrators (./publish.ts):
// - every counted record (a person reference, or the id of a record that stands for a person)
//   has a fixed record value, 1 + its first five hex digits (1 … 2^20), computed the same way in
//   SQL (`recordValueSql`, an arm's "k" column sums it, ./figures.ts) and here (`recordValue`);
// - a cell's key is its count with the sum of its records' values: the same set of persons
//   always has the same key, whichever period, unit or breakdown it was counted in;
// - the published value is looked up from the key through a keyed hash (HMAC-SHA256 under
//   LT_CELL_KEY_SECRET): a count below k, zero included, is suppressed (null: "0 to k−1"); a
//   count of k or more is published as count + p, p from PERTURBATION (|p| ≤ MAX_PERTURBATION),
//   never below k. No count is ever published as a fake zero or a fake small number.
// Without the secret nobody can tell which p a cell got, and two windows or two tables holding
// the same persons get the same answer, so subtracting them reveals nothing.
import { createHmac } from 'node:crypto'
import { z } from 'zod'
import { ConfigError } from '../config.ts'
import { raw, sqltag as sql, type Sql } from '@prisma/client/runtime/client'

/** Development secret: used outside production when LT_CELL_KEY_SECRET is not set. */
export const DEV_CELL_KEY_SECRET = 'lien-thong-development-cell-key-secret-not-for-production'

/** The secret of the cell keys (32+ characters; required in production). */
export function cellKeySecret(env: Record<string, string | undefined> = process.env): string {
  const v = env.LT_CELL_KEY_SECRET
  if (v == null || v === '') {
    if (env.NODE_ENV === 'production') throw new ConfigError('LT_CELL_KEY_SECRET: required in production (32+ characters, kept secret)')
    return DEV_CELL_KEY_SECRET
  }
  if (!z.string().min(32).safeParse(v).success) throw new ConfigError('LT_CELL_KEY_SECRET: must be at least 32 characters')
  return v
}

/**
 * The perturbation table: p with its weight out of 10 000. Mostly 0 or ±1; the extremes ±4
 * are rare, so the interval an analyst can derive by subtracting two published cells (each
 * within ±4 of the truth) almost never narrows to one value.
 */
export const PERTURBATION: readonly (readonly [p: number, weight: number])[] = [
  [-4, 5],
  [-3, 245],
  [-2, 900],
  [-1, 2350],
  [0, 3000],
  [1, 2350],
  [2, 900],
  [3, 245],
  [4, 5],
]
export const MAX_PERTURBATION = 4
const TOTAL_WEIGHT = PERTURBATION.reduce((a, [, w]) => a + w, 0)

const HEX_DIGITS = 5
/** A record's value: 1 + its first five hex digits (a person reference or a UUID; other characters count 0). */
export function recordValue(id: string): number {
  let v = 0
  for (let i = 0; i < HEX_DIGITS; i++) {
    const d = parseInt(id.charAt(i).toLowerCase(), 16)
    v = v * 16 + (Number.isNaN(d) ? 0 : d)
  }
  return v + 1
}

/** The sum of the record values of distinct references (a list held in memory, e.g. from @requires). */
export const recordValueSum = (ids: readonly string[]): number => [...new Set(ids)].reduce((a, id) => a + recordValue(id), 0)

const HEX_CASE = (position: number, expr: Sql): Sql =>
  sql`(CASE SUBSTR(LOWER(${expr}), ${raw(String(position))}, 1) ${raw([...'0123456789abcdef'].map((c, i) => `WHEN '${c}' THEN ${i}`).join(' '))} ELSE 0 END)`

/** `recordValue` of a text column, portable SQL (SQLite and PostgreSQL). */
export function recordValueSql(expr: Sql): Sql {
  const parts = Array.from({ length: HEX_DIGITS }, (_, i) => sql`${HEX_CASE(i + 1, expr)} * ${raw(String(16 ** (HEX_DIGITS - 1 - i)))}`)
  return sql`(1 + ${parts.reduce((a, b) => sql`${a} + ${b}`)})`
}

/** A published person count: the value (null when suppressed) and whether it was suppressed. */
export interface PublishedCount {
  value: number | null
  suppressed: boolean
}

/** The perturbation of a cell: a keyed hash of (count, sum of record values) into PERTURBATION. */
export function perturbation(count: number, recordKey: number, secret: string): number {
  const h = createHmac('sha256', secret).update(`${count}:${recordKey}`).digest()
  let u = h.readUInt32BE(0) % TOTAL_WEIGHT
  for (const [p, w] of PERTURBATION) {
    if (u < w) return p
    u -= w
  }
  return 0
}

/**
 * The published value of a person count with its record key (sum of its records' values;
 * undefined when the section could not say which records it counted: then every non-zero
 * count is suppressed — closed, not open).
 */
export function publishCount(count: number, recordKey: number | undefined, k: number, secret: string): PublishedCount {
  // zero included: were 0 published, a hidden cell would be known to hold one person at least,
  // and the province minus its districts (each hidden, so ≥ 1) would pin every one of them
  if (count < k || recordKey === undefined) return { value: null, suppressed: true }
  return { value: Math.max(k, count + perturbation(count, recordKey, secret)), suppressed: false }
}
