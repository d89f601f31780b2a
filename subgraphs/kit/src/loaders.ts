// DataLoader helpers: every entity or relation fetch is one query per batch, whatever the
// number of keys, with results put back in the order of the keys.
import DataLoader from 'dataloader'

/** One row per key (or null): `fetch` must run a single `findMany({ where: { key: { in: keys } } })`. */
export function entityLoader<K extends string | number, V>(fetch: (keys: K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch([...new Set(keys)])
    const byKey = new Map(rows.map((r) => [keyOf(r), r] as const))
    return keys.map((k) => byKey.get(k) ?? null)
  }, { maxBatchSize: 1000 })
}

/** Many rows per key (a one-to-many relation): one query for all keys, grouped by key. */
export function relationLoader<K extends string | number, V>(fetch: (keys: K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch([...new Set(keys)])
    const byKey = new Map<K, V[]>()
    for (const r of rows) {
      const k = keyOf(r)
      const list = byKey.get(k)
      if (list) list.push(r)
      else byKey.set(k, [r])
    }
    return keys.map((k) => byKey.get(k) ?? [])
  }, { maxBatchSize: 1000 })
}

/** Loads many keys and keeps the rows that exist, in key order (for list fields). */
export async function loadPresent<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<V[]> {
  const rows = await loader.loadMany(keys)
  return rows.filter((r): r is V => r != null && !(r instanceof Error))
}
