// Breakdown lines (CountByKey) from grouped counts: every value of an enum in the vocabulary's
// order, zeros included, so tables have stable rows.
import { adminUnits } from '@lienthong/schema'

export interface CountByKey { key: string; labelVi: string; count: number }

/** Every key of `labels` in order, with the count found in `counts` (0 otherwise). */
export function enumLines<K extends string>(labels: Record<K, string>, counts: ReadonlyMap<string, number>): CountByKey[] {
  return (Object.keys(labels) as K[]).map((key) => ({ key, labelVi: labels[key], count: counts.get(key) ?? 0 }))
}

/** Adds to `unknownKey` the persons of `total` that no grouped line holds (no police record, no value). */
export function withUnknown(counts: Map<string, number>, total: number, unknownKey: string): Map<string, number> {
  const known = [...counts.values()].reduce((a, b) => a + b, 0)
  counts.set(unknownKey, (counts.get(unknownKey) ?? 0) + (total - known))
  return counts
}

/** Lines for administrative units present (by code), labelled with the unit's name. */
export function unitLines(counts: ReadonlyMap<string, number>): CountByKey[] {
  return [...counts].filter(([, n]) => n > 0).sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => ({ key, labelVi: adminUnits().get(key)?.name ?? key, count }))
}

/** Lines for destination countries present: most first, then by code; the label is the ISO code. */
export function countryLines(counts: ReadonlyMap<string, number>): CountByKey[] {
  return [...counts].filter(([k, n]) => n > 0 && k !== 'null').sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key, count]) => ({ key, labelVi: key, count }))
}
