// k-anonymity of a microdata release by full-domain generalisation, then suppression (Sweeney's
// Datafly): while more than `maxSuppressed` records sit in equivalence classes smaller than k (a
// class: the records sharing every quasi-identifier's released value), the quasi-identifier with
// the most distinct released values is generalised one level for every record; the records still
// in classes smaller than k are then suppressed. Pure: no database, no clock, no randomness.

/** A quasi-identifier and its generalisation ladder. */
export interface QuasiIdentifier<R> {
  field: string
  /** `levels[0]` is the value as recorded, each next level coarser; the last is null (unknown) for every record. */
  levels: readonly ((record: R) => string | null)[]
  /** What each level keeps, for the release's report. */
  descriptions: readonly string[]
}

export interface Anonymised<R> {
  /** Records released, with their quasi-identifiers' released values. */
  released: { record: R; values: Record<string, string | null> }[]
  /** Records left out because their class stayed smaller than k. */
  suppressed: R[]
  /** Level applied to each quasi-identifier (by field). */
  levels: Record<string, number>
}

/** The key of a record's equivalence class. */
export const classKey = (values: readonly (string | null)[]): string => JSON.stringify(values)

function classSizes(rows: readonly (string | null)[][]): Map<string, number> {
  const sizes = new Map<string, number>()
  for (const row of rows) {
    const key = classKey(row)
    sizes.set(key, (sizes.get(key) ?? 0) + 1)
  }
  return sizes
}

/**
 * Generalises and suppresses `records` until every released class holds at least `k` records.
 * `maxSuppressed` (default k, as Datafly) is how many records may be suppressed instead of
 * generalising further; once every ladder is at its last level, whatever remains below k is suppressed.
 */
export function kAnonymise<R>(records: readonly R[], qis: readonly QuasiIdentifier<R>[], k: number, maxSuppressed = k): Anonymised<R> {
  if (!Number.isInteger(k) || k < 1) throw new Error('k must be a positive integer')
  const levels = qis.map(() => 0)
  const valuesAt = () => records.map((r) => qis.map((q, i) => q.levels[levels[i]!]!(r)))
  let rows = valuesAt()
  for (;;) {
    const sizes = classSizes(rows)
    const outliers = rows.filter((row) => sizes.get(classKey(row))! < k).length
    const open = qis.map((_q, i) => i).filter((i) => levels[i]! < qis[i]!.levels.length - 1)
    if (outliers <= maxSuppressed || open.length === 0) break
    // Datafly: the attribute with the most distinct values first (the first listed on a tie)
    const distinct = (i: number) => new Set(rows.map((row) => row[i])).size
    const next = open.reduce((best, i) => (distinct(i) > distinct(best) ? i : best))
    levels[next]! += 1
    rows = valuesAt()
  }
  const sizes = classSizes(rows)
  const released: Anonymised<R>['released'] = []
  const suppressed: R[] = []
  rows.forEach((row, n) => {
    if (sizes.get(classKey(row))! < k) suppressed.push(records[n]!)
    else released.push({ record: records[n]!, values: Object.fromEntries(qis.map((q, i) => [q.field, row[i]!])) })
  })
  return { released, suppressed, levels: Object.fromEntries(qis.map((q, i) => [q.field, levels[i]!])) }
}
