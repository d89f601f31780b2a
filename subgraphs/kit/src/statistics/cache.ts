// The statistics cache: a section's answer for a scope, kept in the subgraph's process under the
// data generation of the database it was counted from (./generation.ts), and served only while
// the database still says that generation. Exact by construction:
// - the generation is read in the section's own statement (one snapshot), so an answer is filed
//   under the generation of exactly the data it counted;
// - before serving, the request reads the generation once (one cheap statement per request and
//   scope); any write committed since (here, in another replica on the same database, or by hand)
//   has raised it, and the section is counted again.
// Kept per database client (a process may hold several, e.g. the tests' networks), bounded (the
// oldest answers go first). LT_STATISTICS_CACHE=off turns it off.
import type { Figures, RawQueries } from './figures.ts'
import { onceForScope } from './figures.ts'
import { readGeneration } from './generation.ts'
import type { StatisticsScope } from './scope.ts'

const MAX_ENTRIES = 5000
interface Entry {
  generation: number
  figures: Figures
}
const caches = new WeakMap<object, Map<string, Entry>>()
const enabled = () => process.env.LT_STATISTICS_CACHE !== 'off'

/** The database's generation as this request sees it: read once per request and scope. */
const generationOf = (db: RawQueries, s: StatisticsScope) => onceForScope(s, '#generation', () => readGeneration(db))

/**
 * The figures of section `name` for scope `s`: from the cache when counted at the database's
 * current generation, else `count()` (whose answer carries its own generation, figure "generation").
 */
export async function cachedFigures(db: RawQueries, s: StatisticsScope, name: string, count: () => Promise<Figures>): Promise<Figures> {
  if (!enabled()) return count()
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  const key = `${name}|${s.periodCode}|${s.unitCode}`
  const now = await generationOf(db, s)
  const hit = cache.get(key)
  if (hit && hit.generation === now) return hit.figures
  const figures = await count()
  const counted = figures.count('generation')
  cache.delete(key)
  cache.set(key, { generation: counted, figures })
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
  return figures
}
