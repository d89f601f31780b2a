// DataLoader helpers: every entity or relation fetch is one query per batch, whatever the
// number of keys, with results put back in the order of the keys.
import DataLoader from 'dataloader'

/** One row per key (or null): `fetch` must run a single `findMany({ where: { key: { in: keys } } })`. */
export function entityLoader<K extends string | number, V>(fetch: (keys: K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const rows = await fetch([...new Set(keys)])
      const byKey = new Map(rows.map((r) => [keyOf(r), r] as const))
      return keys.map((k) => byKey.get(k) ?? null)
    },
    { maxBatchSize: 1000 },
  )
}

/** Many rows per key (a one-to-many relation): one query for all keys, grouped by key. */
export function relationLoader<K extends string | number, V>(fetch: (keys: K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const rows = await fetch([...new Set(keys)])
      const byKey = new Map<K, V[]>()
      for (const r of rows) {
        const k = keyOf(r)
        const list = byKey.get(k)
        if (list) list.push(r)
        else byKey.set(k, [r])
      }
      return keys.map((k) => byKey.get(k) ?? [])
    },
    { maxBatchSize: 1000 },
  )
}

/** Loads many keys and keeps the rows that exist, in key order (for list fields). */
export async function loadPresent<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<V[]> {
  const rows = await loader.loadMany(keys)
  return rows.filter((r): r is V => r != null && !(r instanceof Error))
}

/** A Prisma model (its delegate, e.g. `db.defendant`): read with a `where` on one column. */
export interface KeyedModel<V> {
  // biome-ignore lint/suspicious/noExplicitAny: any model's where and orderBy (each model types its own)
  findMany(args: { where: any; orderBy?: any }): Promise<V[]>
}

/** One row per value of `key` (the model's id or another unique column): an entityLoader over the model. */
export const byKeyLoader = <V, K extends keyof V & string>(model: KeyedModel<V>, key: K) =>
  entityLoader(
    (keys: string[]) => model.findMany({ where: { [key]: { in: keys } } }),
    (row) => row[key] as string,
  )

/** The rows of each value of `key` (a parent's id, a person reference) in `orderBy`'s order: a relationLoader over the model. */
export const byParentLoader = <V, K extends keyof V & string>(model: KeyedModel<V>, key: K, orderBy: object | object[]) =>
  relationLoader(
    (keys: string[]) => model.findMany({ where: { [key]: { in: keys } }, orderBy }),
    (row) => row[key] as string,
  )
