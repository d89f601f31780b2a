// The agencies' accounting of pending work (thụ lý cũ + thụ lý mới), as SQL conditions so the
// counting runs in the database (arms of a statistics section, ./figures.ts). For a period [start, end):
// - pending during the period: received before its end and not resolved before its start
//   (received during it, or received earlier and still unresolved at its start);
// - resolved by its end: those of them resolved during the period.
import type { Period } from '@lienthong/schema'
import { sql, type Sql } from './figures.ts'

type Window = Pick<Period, 'start' | 'end'>

/** `column` is NULL or not before the period's start. */
export const notBeforeStart = (column: Sql, period: Window): Sql => sql`(${column} IS NULL OR ${column} >= ${period.start})`

export const pendingDuring = (period: Window, received: Sql, resolved: Sql): Sql => sql`${received} < ${period.end} AND ${notBeforeStart(resolved, period)}`

export const resolvedBy = (period: Window, received: Sql, resolved: Sql): Sql =>
  sql`${received} < ${period.end} AND ${resolved} >= ${period.start} AND ${resolved} < ${period.end}`
