// K4 and K5 of the catalogue (schema/src/kpi.ts) and the justice-funnel contributions, counted in
// this subgraph's database. Accounting as the agencies do it (thụ lý cũ + thụ lý mới), for a
// period [start, end) and the communes of the unit (a court file's unit is its procuracy file's):
// a file is pending during the period when it was ACCEPTED at its start (still unresolved: thụ lý
// cũ) or was accepted — first or again, after a return or a suspension — during it (thụ lý mới).
// - K4: procuracy files pending during the period; numerator: those indicted during it.
// - K5: court files pending during the period; numerator: those tried at first instance during it.
// (A file indicted or tried during the period was ACCEPTED just before, so it is pending.)
//
// "ACCEPTED at instant t" is counted without reading rows: each file's decisions alternate into
// and out of ACCEPTED, so (decisions into ACCEPTED before t) − (decisions out of ACCEPTED before t)
// is 1 for a file open at t and 0 otherwise; summed over files it is the number open at t.
import type { StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const during = (s: StatisticsScope) => ({ gte: s.period.start, lt: s.period.end })
export const fileInScope = (s: StatisticsScope) => ({ unitCode: { in: s.communes } })
const courtInScope = (s: StatisticsScope) => ({ indictment: { file: fileInScope(s) } })

/** Procuracy files open (ACCEPTED) at instant t, among those matching `file`. */
export async function procuracyOpenAt(db: Db, file: object, t: Date): Promise<number> {
  const [into, out] = await Promise.all([
    db.procuracyStatusChange.count({ where: { toStatus: 'ACCEPTED', at: { lt: t }, file } }),
    db.procuracyStatusChange.count({ where: { fromStatus: 'ACCEPTED', at: { lt: t }, file } }),
  ])
  return into - out
}
/** Court files open (ACCEPTED) at instant t, among those matching `courtFile`. */
export async function courtOpenAt(db: Db, courtFile: object, t: Date): Promise<number> {
  const [into, out] = await Promise.all([
    db.courtStatusChange.count({ where: { toStatus: 'ACCEPTED', at: { lt: t }, courtFile } }),
    db.courtStatusChange.count({ where: { fromStatus: 'ACCEPTED', at: { lt: t }, courtFile } }),
  ])
  return into - out
}

/**
 * Files pending during the period, as three disjoint sets: (a) accepted during it; (b) not accepted
 * during it but leaving ACCEPTED during it (so open at its start); (c) without any decision during
 * it and open at its start.
 */
async function pendingDuringPeriod(s: StatisticsScope, count: (where: object) => Promise<number>, openAt: (where: object, t: Date) => Promise<number>, scope: object): Promise<number> {
  const accepted = { toStatus: 'ACCEPTED', at: during(s) }
  const [a, b, c] = await Promise.all([
    count({ ...scope, changes: { some: accepted } }),
    count({ ...scope, AND: [{ changes: { none: accepted } }, { changes: { some: { fromStatus: 'ACCEPTED', at: during(s) } } }] }),
    openAt({ ...scope, changes: { none: { at: during(s) } } }, s.period.start),
  ])
  return a + b + c
}

export const procuracyPendingDuring = (db: Db, s: StatisticsScope) =>
  pendingDuringPeriod(s, (where) => db.procuracyFile.count({ where }), (where, t) => procuracyOpenAt(db, where, t), fileInScope(s))
export const courtPendingDuring = (db: Db, s: StatisticsScope) =>
  pendingDuringPeriod(s, (where) => db.courtFile.count({ where }), (where, t) => courtOpenAt(db, where, t), courtInScope(s))

export interface KpiCount { code: string; numerator: number; denominator: number }

export async function prosecutionKpiCounts(db: Db, s: StatisticsScope): Promise<KpiCount[]> {
  const [k4d, k4n, k5d, k5n] = await Promise.all([
    procuracyPendingDuring(db, s),
    db.procuracyFile.count({ where: { ...fileInScope(s), changes: { some: { toStatus: 'INDICTED', at: during(s) } } } }),
    courtPendingDuring(db, s),
    db.courtFile.count({ where: { ...courtInScope(s), changes: { some: { toStatus: 'TRIED_FIRST_INSTANCE', at: during(s) } } } }),
  ])
  return [{ code: 'K4', numerator: k4n, denominator: k4d }, { code: 'K5', numerator: k5n, denominator: k5d }]
}

/** Distinct defendants charged in an indictment dated in the period (file in the unit). */
export async function indictedPersonRefs(db: Db, s: StatisticsScope): Promise<string[]> {
  const rows = await db.defendant.groupBy({
    by: ['personRef'], where: { file: fileInScope(s), charges: { some: { indictment: { indictedAt: during(s) } } } }, orderBy: { personRef: 'asc' },
  })
  return rows.map((r) => r.personRef)
}

/** Distinct defendants convicted at first instance by a verdict dated in the period (file in the unit). */
export async function convictedPersonRefs(db: Db, s: StatisticsScope): Promise<string[]> {
  const rows = await db.defendant.groupBy({
    by: ['personRef'], where: { file: fileInScope(s), verdicts: { some: { outcome: 'CONVICTED', decidedAt: during(s) } } }, orderBy: { personRef: 'asc' },
  })
  return rows.map((r) => r.personRef)
}

/** Criminal cases (one procuracy file each) with an indictment dated in the period. */
export const casesIndicted = (db: Db, s: StatisticsScope) =>
  db.procuracyFile.count({ where: { ...fileInScope(s), indictments: { some: { indictedAt: during(s) } } } })

/** Criminal cases with a first-instance trial dated in the period. */
export const casesTried = (db: Db, s: StatisticsScope) =>
  db.procuracyFile.count({ where: { ...fileInScope(s), indictments: { some: { courtFile: { triedAt: during(s) } } } } })
