// The police's own breakdown helpers (the common ones, enumLines and unitLines, are the kit's):
// sex and citizenship lines of a person count, the "unknown" line of a person breakdown, and
// destination countries most first. Labels are the SDL's (domain/labels.ts).
import { enumLines, type CountByKey, type Figures } from '@lienthong/kit'
import { countryName } from '@lienthong/schema'
import { labelsOf } from '../domain/labels.ts'

/** Adds to `unknownKey` the persons of `total` that no grouped line holds (no police record, no value). */
export function withUnknown(counts: Map<string, number>, total: number, unknownKey: string): Map<string, number> {
  const known = [...counts.values()].reduce((a, b) => a + b, 0)
  counts.set(unknownKey, (counts.get(unknownKey) ?? 0) + (total - known))
  return counts
}

/** Lines for destination countries present: most first, then by code; labelled with the country's Vietnamese name. */
export function countryLines(counts: ReadonlyMap<string, number>): CountByKey[] {
  return [...counts]
    .filter(([k, n]) => n > 0 && k !== 'null')
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key, count]) => ({ key, labelVi: countryName(key, 'vi'), count }))
}

/** Sex lines of a person count (arm `<name>BySex`); persons without a police record are UNKNOWN. */
export const bySex = (f: Figures, name: string, total: number): CountByKey[] =>
  enumLines(labelsOf('Sex').vi, withUnknown(f.groups(`${name}BySex`), total, 'UNKNOWN'))

/** Citizenship lines of a person count (arm `<name>ByCitizenship`); persons without a police record are UNDETERMINED. */
export const byCitizenship = (f: Figures, name: string, total: number): CountByKey[] =>
  enumLines(labelsOf('Citizenship').vi, withUnknown(f.groups(`${name}ByCitizenship`), total, 'UNDETERMINED'))
