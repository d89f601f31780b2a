// Breakdowns of a set of persons by the police person record (sex, citizenship, age band), as
// grouped counts in the database. Persons the police hold no record of are added to the
// "unknown" line (Sex UNKNOWN, Citizenship UNDETERMINED, AgeBand UNKNOWN) so each breakdown
// adds up to the set's total.
import { ageBandOf, LABELS_VI } from '@lienthong/schema'
import type { Db, Prisma } from '../db.ts'
import { countsOf, enumLines, type CountByKey } from './breakdown.ts'

function withUnknown(counts: Map<string, number>, total: number, unknownKey: string): Map<string, number> {
  const known = [...counts.values()].reduce((a, b) => a + b, 0)
  counts.set(unknownKey, (counts.get(unknownKey) ?? 0) + (total - known))
  return counts
}

export async function bySex(db: Db, where: Prisma.PersonWhereInput, total: number): Promise<CountByKey[]> {
  const rows = await db.person.groupBy({ by: ['sex'], where, _count: { _all: true } })
  return enumLines(LABELS_VI.Sex, withUnknown(countsOf(rows, 'sex'), total, 'UNKNOWN'))
}

export async function byCitizenship(db: Db, where: Prisma.PersonWhereInput, total: number): Promise<CountByKey[]> {
  const rows = await db.person.groupBy({ by: ['citizenship'], where, _count: { _all: true } })
  return enumLines(LABELS_VI.Citizenship, withUnknown(countsOf(rows, 'citizenship'), total, 'UNDETERMINED'))
}

/** Age band on `at` from the birth year (grouped by birth year in the database, bands here). */
export async function byAgeBand(db: Db, where: Prisma.PersonWhereInput, total: number, at: Date): Promise<CountByKey[]> {
  const rows = await db.person.groupBy({ by: ['birthYear'], where, _count: { _all: true } })
  const counts = new Map<string, number>()
  for (const r of rows) { const band = ageBandOf(r.birthYear, at); counts.set(band, (counts.get(band) ?? 0) + r._count._all) }
  return enumLines(LABELS_VI.AgeBand, withUnknown(counts, total, 'UNKNOWN'))
}
