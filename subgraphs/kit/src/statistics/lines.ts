// Breakdown lines (CountByKey) from grouped counts, shared by every subgraph's statistics: enums
// list every value in the vocabulary's order, zeros included, so tables have stable rows; open
// keys (communes, countries) list the keys that occur, in code order.
import { adminUnits } from '@lienthong/schema'

export interface CountByKey {
  key: string
  labelVi: string
  count: number
}

/** Every key of `labels` in order, with the count found in `counts` (0 otherwise). */
export function enumLines(labels: Record<string, string>, counts: ReadonlyMap<string, number>): CountByKey[] {
  return Object.entries(labels).map(([key, labelVi]) => ({ key, labelVi, count: counts.get(key) ?? 0 }))
}

/** Open-ended keys: those that occur, in code order, labelled by `label`. */
export function occurringLines(counts: ReadonlyMap<string, number>, label: (key: string) => string): CountByKey[] {
  return [...counts]
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => ({ key, labelVi: label(key), count }))
}

/** Administrative units that occur (by code), labelled with the unit's name. */
export const unitLines = (counts: ReadonlyMap<string, number>): CountByKey[] => occurringLines(counts, (code) => adminUnits().get(code)?.name ?? code)
