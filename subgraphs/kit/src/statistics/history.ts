// The agencies' accounting of pending work (thụ lý cũ + thụ lý mới) read from each record's status
// history, as at a period's boundaries, so that resuming, re-suspending or re-opening a record
// never changes the figures of the periods before (only a change effective in them does).
//
// A subgraph keeps one history table of this shape (see `StatusHistoryRow`, kit statusHistory.ts):
// "entityType", "entityId", "fromStatus", "toStatus", "effectiveAt", "recordedAt", ordered by
// "effectiveAt" then "seq". A record's status as at instant t is its latest change effective
// before t (NULL before its first: not yet received). For a period [start, end):
// - pending during the period: pending as at its start, or entering a pending status during it
//   (received, resumed, re-opened, re-accepted);
// - resolved by its end: pending during it, and not pending as at its end.
// A record resolved, resumed and resolved again inside one period counts once in each.
import type { Period } from '@lienthong/schema'
import { raw } from '@prisma/client/runtime/client'
import { inList, inPeriod, sql, type Sql } from './figures.ts'
import type { StatisticsScope } from './scope.ts'

export interface StatusHistory {
  /** The subgraph's history table. */
  table: string
  /** The kind of record, as written in "entityType". */
  entityType: string
  /** The statuses in which a record is pending (open); every other status resolves it. */
  pending: readonly string[]
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/
const name = (n: string): Sql => {
  if (!IDENTIFIER.test(n)) throw new Error(`name ${n} must be an identifier`)
  return raw(`"${n}"`)
}
const changesOf = (h: StatusHistory, id: Sql): Sql => sql`FROM ${name(h.table)} sc WHERE sc."entityType" = ${h.entityType} AND sc."entityId" = ${id}`

/** The status of record `id` as at instant `t`: its latest change effective before t (NULL before the first). */
export const statusAsAt = (h: StatusHistory, id: Sql, t: Date): Sql =>
  sql`(SELECT sc."toStatus" ${changesOf(h, id)} AND sc."effectiveAt" < ${t} ORDER BY sc."effectiveAt" DESC, sc."seq" DESC LIMIT 1)`

/** Record `id` entered one of `statuses` by a change effective during the period. */
export const enteredDuring = (h: StatusHistory, id: Sql, statuses: readonly string[], s: StatisticsScope): Sql =>
  sql`EXISTS (SELECT 1 ${changesOf(h, id)} AND sc."toStatus" IN ${inList(statuses)} AND ${inPeriod(sql`sc."effectiveAt"`, s)})`

/**
 * A statement table `name` of the records of the statement table `records` (a column "id") with
 * "atStart" and "atEnd" (their status as at the period's boundaries) and "pending" (1 when pending
 * at some instant of the period, else 0), computed once per statement (materialised). Join it on
 * "id" and read it with `wasPending` and `resolvedAtEnd`.
 */
export function statusesOfPeriod(table: string, records: string, h: StatusHistory, s: StatisticsScope): Sql {
  const p: Pick<Period, 'start' | 'end'> = s.period
  const boundaries = sql`SELECT x."id", ${statusAsAt(h, sql`x."id"`, p.start)} AS "atStart", ${statusAsAt(h, sql`x."id"`, p.end)} AS "atEnd" FROM ${name(records)} x`
  const pending = sql`CASE WHEN b."atStart" IN ${inList(h.pending)} OR ${enteredDuring(h, sql`b."id"`, h.pending, s)} THEN 1 ELSE 0 END`
  return sql`${name(table)} AS MATERIALIZED (SELECT b."id", b."atStart", b."atEnd", ${pending} AS "pending" FROM (${boundaries}) b)`
}

/** The record (alias `a` of a statusesOfPeriod table) was pending during the period (thụ lý cũ + mới). */
export const wasPending = (a: string): Sql => sql`${name(a)}."pending" = 1`

/** Pending during the period and resolved as at its end. */
export const resolvedAtEnd = (a: string, h: StatusHistory): Sql => sql`${name(a)}."pending" = 1 AND ${name(a)}."atEnd" NOT IN ${inList(h.pending)}`
