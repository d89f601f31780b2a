// A section of statistics (the police's figures, the victims, K4–K5, …) counted as ONE SQL
// statement: every figure is an arm of a UNION ALL answering ("figure", "key", "n") rows, so the
// counting and grouping run in the database and a section costs one round trip.
//
// Why raw SQL here (measured, `npm run bench`): Prisma 6's client engine compiles every
// count/groupBy in Wasm, 0.6–1.6 ms per statement on the demo data, and the full provincial
// report needed 144 of them (~190 ms). A raw statement costs ~0.25 ms whatever its arms.
//
// The SQL is portable (SQLite and PostgreSQL): quoted identifiers, no dialect functions, every
// value a bound parameter; instants are compared as Prisma stores them. Keys are cast to TEXT so
// the arms share one column type; enum literals are written in the SQL (PostgreSQL compares
// them to its enum types, which a text parameter would not).
import { empty, join, raw, sqltag as sql, type Sql } from '@prisma/client/runtime/client'
import type { StatisticsScope } from './scope.ts'
import { recordValueSql } from './cellKey.ts'

export { empty, join, sql, type Sql }

/** What a subgraph's Prisma client offers for raw statements (either provider). */
export interface RawQueries {
  $queryRaw<T = unknown>(query: Sql): Promise<T>
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/
function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`name ${name} must be an identifier`)
  return name
}
const label = (figure: string): Sql => raw(`'${identifier(figure)}'`)
const where = (condition: Sql | undefined) => (condition ? sql`WHERE ${condition}` : empty)

const noRecords = sql`CAST(NULL AS BIGINT) AS "k"`
/** The "k" column: the sum of the record values of `record` (./cellKey.ts), or NULL when the arm does not count persons. */
const recordKey = (record: Sql | undefined) => (record ? sql`SUM(${recordValueSql(record)}) AS "k"` : noRecords)

/** COUNT(*) of the rows of `from` meeting `condition`; `record` names the person each row stands for (a person count). */
export const count = (figure: string, from: Sql, condition?: Sql, record?: Sql): Sql =>
  sql`SELECT ${label(figure)} AS "figure", CAST(NULL AS TEXT) AS "key", COUNT(*) AS "n", ${recordKey(record)} FROM ${from} ${where(condition)}`

/** The number of distinct values of `expr` (persons, files…) among the rows of `from` meeting `condition`, with their record key. */
export const countDistinct = (figure: string, expr: Sql, from: Sql, condition?: Sql): Sql =>
  sql`SELECT ${label(figure)} AS "figure", CAST(NULL AS TEXT) AS "key", COUNT(*) AS "n", ${recordKey(sql`d."e"`)}
    FROM (SELECT DISTINCT ${expr} AS "e" FROM ${from} WHERE ${expr} IS NOT NULL${condition ? sql` AND (${condition})` : empty}) d`

/** COUNT(*) per value of `key` (grouped in the database); `record` as for `count`. */
export const countBy = (figure: string, key: Sql, from: Sql, condition?: Sql, record?: Sql): Sql =>
  sql`SELECT ${label(figure)} AS "figure", CAST(${key} AS TEXT) AS "key", COUNT(*) AS "n", ${recordKey(record)} FROM ${from} ${where(condition)} GROUP BY ${key}`

/** Distinct values of `expr` per value of `key` (a person under each key they have), with their record keys. */
export const countDistinctBy = (figure: string, key: Sql, expr: Sql, from: Sql, condition?: Sql): Sql =>
  sql`SELECT ${label(figure)} AS "figure", CAST(d."g" AS TEXT) AS "key", COUNT(*) AS "n", ${recordKey(sql`d."e"`)}
    FROM (SELECT DISTINCT ${key} AS "g", ${expr} AS "e" FROM ${from} WHERE ${expr} IS NOT NULL${condition ? sql` AND (${condition})` : empty}) d GROUP BY d."g"`

/** The distinct values of `expr` (e.g. person references) as keys, read back sorted with `Figures.values`. */
export const distinctValues = (figure: string, expr: Sql, from: Sql, condition?: Sql): Sql => countBy(figure, expr, from, condition)

/** A bound IN list of codes or references (`''` keeps IN () valid and matches none). */
export const inList = (values: readonly string[]): Sql => sql`(${join([...values, ''])})`

/** `column >= start AND column < end` for the scope's period. */
export const inPeriod = (column: Sql, s: StatisticsScope): Sql => sql`${column} >= ${s.period.start} AND ${column} < ${s.period.end}`

/** `column IN (the scope's units)`: the unit itself and every district and commune under it. */
export const inUnit = (column: Sql, s: StatisticsScope): Sql => sql`${column} IN ${inList(s.units)}`

/**
 * A statement's table `name` of the rows of `table` whose "unitCode" is in the scope, computed once
 * (materialised): arms that read it do not re-filter by the units each time, which cost half a
 * section's time for the province.
 */
export const recordsOfUnit = (name: string, table: string, s: StatisticsScope): Sql =>
  sql`${raw(`"${identifier(name)}"`)} AS MATERIALIZED (SELECT * FROM ${raw(`"${identifier(table)}"`)} WHERE ${inUnit(sql`"unitCode"`, s)})`

type Answer = ReadonlyMap<string, ReadonlyMap<string | null, number>>

/**
 * The answer of one section: figure → key → count. `recordKeys()` is the same answer with, in
 * place of each count, the sum of its records' values (NaN where the arm named no record):
 * building a section's lines from it, with the same arithmetic, gives every line's record key
 * (sums and differences of disjoint or nested sets of persons add up like their counts).
 */
export class Figures {
  constructor(
    private readonly rows: Answer,
    private readonly keys: Answer = new Map(),
  ) {}
  /** A plain count (an arm made by `count` or `countDistinct`). */
  count(figure: string): number {
    const n = this.rows.get(figure)?.get(null)
    if (n === undefined) throw new Error(`figure ${figure} was not counted in this section`)
    return n
  }
  /** A grouped count by key (keys absent from the data are absent here). */
  groups(figure: string): Map<string, number> {
    const m = new Map<string, number>()
    for (const [k, n] of this.rows.get(figure) ?? []) if (k !== null) m.set(k, n)
    return m
  }
  /** The keys of a `distinctValues` figure, sorted for a stable answer. */
  values(figure: string): string[] {
    return [...this.groups(figure).keys()].sort()
  }
  /** The same figures, each count replaced by its record key (./cellKey.ts). */
  recordKeys(): Figures {
    return new Figures(this.keys)
  }
}

/** Runs the arms as one statement and reads the answer; `ctes` (e.g. `"x" AS (SELECT …)`) are shared by every arm. */
export async function countFigures(db: RawQueries, arms: readonly Sql[], ctes: readonly Sql[] = []): Promise<Figures> {
  const head = ctes.length ? sql`WITH ${join(ctes, ', ')} ` : empty
  type Row = { figure: string; key: string | null; n: number | bigint | null; k: number | bigint | null }
  const rows = await db.$queryRaw<Row[]>(sql`${head}${join(arms, ' UNION ALL ')}`)
  const counts = new Map<string, Map<string | null, number>>()
  const keys = new Map<string, Map<string | null, number>>()
  const add = (to: Map<string, Map<string | null, number>>, r: Row, v: number) => {
    let m = to.get(r.figure)
    if (!m) to.set(r.figure, (m = new Map()))
    m.set(r.key, (m.get(r.key) ?? 0) + v)
  }
  for (const r of rows) {
    const n = Number(r.n ?? 0)
    add(counts, r, n)
    add(keys, r, r.k == null ? (n === 0 ? 0 : NaN) : Number(r.k))
  }
  return new Figures(counts, keys)
}

// A section is counted once per request and scope: the scope object is built once per entity
// representation, so a weak map on it lives exactly as long as the request.
const sections = new WeakMap<StatisticsScope, Map<string, Promise<unknown>>>()

/** `run()` once per scope object and section name; every field of the section awaits the same answer. */
export function onceForScope<T>(s: StatisticsScope, section: string, run: () => Promise<T>): Promise<T> {
  let m = sections.get(s)
  if (!m) sections.set(s, (m = new Map()))
  if (!m.has(section)) m.set(section, run())
  return m.get(section) as Promise<T>
}
