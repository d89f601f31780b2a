// K4 and K5 of the catalogue (schema/src/kpi.ts) and the justice-funnel contributions, counted in
// this subgraph's database. Accounting as the agencies do it (thụ lý cũ + thụ lý mới), for a
// period [start, end) and the units of the scope (a court file's unit is its procuracy file's):
// a file is pending during the period when it was ACCEPTED at its start (still unresolved: thụ lý
// cũ) or was accepted — first or again, after a return or a suspension — during it (thụ lý mới).
// - K4: procuracy files pending during the period; numerator: those indicted during it.
// - K5: court files pending during the period; numerator: those tried at first instance during it.
// (A file indicted or tried during the period was ACCEPTED just before, so it is pending.)
//
// "ACCEPTED at instant t" is counted without reading rows: each file's decisions alternate into
// and out of ACCEPTED, so (decisions into ACCEPTED before t) − (decisions out of ACCEPTED before t)
// is 1 for a file open at t and 0 otherwise; summed over files it is the number open at t.
//
// The entity's own contribution fields are ONE statement (countFigures, memoised per scope); the
// procuracy and court sections are one statement each. Every statement starts from the files of
// the unit, named once as common table expressions (see unitFiles).
import { count, countFigures, distinctValues, inPeriod, inUnit, onceForScope, sql, type Figures, type Sql, type StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'

/**
 * The files of the unit: "unitFile" (procuracy files placed in the unit or under it) and
 * "unitCourtFile" (court files on an indictment of such a file), each a column "id".
 */
export const unitFiles = (s: StatisticsScope): Sql[] => [
  sql`"unitFile" AS MATERIALIZED (SELECT "id" FROM "ProcuracyFile" WHERE ${inUnit(sql`"unitCode"`, s)})`,
  sql`"unitCourtFile" AS MATERIALIZED (SELECT cf."id" FROM "CourtFile" cf JOIN "Indictment" i ON i."id" = cf."indictmentId" WHERE i."fileId" IN (SELECT "id" FROM "unitFile"))`,
]

/** A kind of file with its status decisions: the unit's files (a CTE above) and the decisions' table and file column. */
export interface FileKind { unitFiles: Sql; decisions: Sql; fileId: Sql }
export const PROCURACY: FileKind = { unitFiles: sql`"unitFile"`, decisions: sql`"ProcuracyStatusChange"`, fileId: sql`"fileId"` }
export const COURT: FileKind = { unitFiles: sql`"unitCourtFile"`, decisions: sql`"CourtStatusChange"`, fileId: sql`"courtFileId"` }

/** The file `u` of that kind has a decision meeting `condition` (on the decision `c`). */
export const hasDecision = (k: FileKind, condition: Sql): Sql =>
  sql`EXISTS (SELECT 1 FROM ${k.decisions} c WHERE c.${k.fileId} = u."id" AND ${condition})`

/**
 * Arms `<figure>Into` and `<figure>Out`: decisions into / out of ACCEPTED dated before t, among the
 * unit's files `u` meeting `fileCondition`. The files open (ACCEPTED) at t: Into − Out (`openAt`).
 */
export function openAtArms(figure: string, k: FileKind, t: Date, fileCondition?: Sql): Sql[] {
  const files = fileCondition ? sql`SELECT u."id" FROM ${k.unitFiles} u WHERE ${fileCondition}` : sql`SELECT u."id" FROM ${k.unitFiles} u`
  return [
    count(`${figure}Into`, sql`${k.decisions} sc`, sql`sc."toStatus" = 'ACCEPTED' AND sc."at" < ${t} AND sc.${k.fileId} IN (${files})`),
    count(`${figure}Out`, sql`${k.decisions} sc`, sql`sc."fromStatus" = 'ACCEPTED' AND sc."at" < ${t} AND sc.${k.fileId} IN (${files})`),
  ]
}
export const openAt = (f: Figures, figure: string) => f.count(`${figure}Into`) - f.count(`${figure}Out`)

/**
 * Arms for the files pending during the period, as three disjoint sets: (a) accepted during it;
 * (b) not accepted during it but leaving ACCEPTED during it (so open at its start); (c) without
 * any decision during it and open at its start. Their sum: `pendingDuring`.
 */
function pendingDuringArms(figure: string, k: FileKind, s: StatisticsScope): Sql[] {
  const acceptedDuring = hasDecision(k, sql`c."toStatus" = 'ACCEPTED' AND ${inPeriod(sql`c."at"`, s)}`)
  return [
    count(`${figure}Accepted`, sql`${k.unitFiles} u`, acceptedDuring),
    count(`${figure}Leaving`, sql`${k.unitFiles} u`, sql`NOT ${acceptedDuring} AND ${hasDecision(k, sql`c."fromStatus" = 'ACCEPTED' AND ${inPeriod(sql`c."at"`, s)}`)}`),
    ...openAtArms(`${figure}Still`, k, s.period.start, sql`NOT ${hasDecision(k, inPeriod(sql`c."at"`, s))}`),
  ]
}
const pendingDuring = (f: Figures, figure: string) => f.count(`${figure}Accepted`) + f.count(`${figure}Leaving`) + openAt(f, `${figure}Still`)

/** Criminal cases (one procuracy file `u` each) with an indictment dated in the period. */
export const filesIndictedDuring = (s: StatisticsScope): Sql =>
  sql`EXISTS (SELECT 1 FROM "Indictment" i WHERE i."fileId" = u."id" AND ${inPeriod(sql`i."indictedAt"`, s)})`

/** Defendants `d` of the unit's files. */
const UNIT_DEFENDANTS = sql`"Defendant" d JOIN "unitFile" u ON u."id" = d."fileId"`

/** The entity's own contribution fields, counted as one statement per scope. */
const contribution = (db: Db, s: StatisticsScope) => onceForScope(s, 'prosecutions.contribution', () => countFigures(db, [
  // K4: procuracy files pending during the period; numerator: those indicted during it.
  ...pendingDuringArms('k4Pending', PROCURACY, s),
  count('k4Indicted', sql`"unitFile" u`, hasDecision(PROCURACY, sql`c."toStatus" = 'INDICTED' AND ${inPeriod(sql`c."at"`, s)}`)),
  // K5: court files pending during the period; numerator: those tried at first instance during it.
  ...pendingDuringArms('k5Pending', COURT, s),
  count('k5Tried', sql`"unitCourtFile" u`, hasDecision(COURT, sql`c."toStatus" = 'TRIED_FIRST_INSTANCE' AND ${inPeriod(sql`c."at"`, s)}`)),
  // Distinct defendants charged in an indictment dated in the period (file in the unit).
  distinctValues('indicted', sql`d."personRef"`, UNIT_DEFENDANTS,
    sql`EXISTS (SELECT 1 FROM "Charge" ch JOIN "Indictment" i ON i."id" = ch."indictmentId" WHERE ch."defendantId" = d."id" AND ${inPeriod(sql`i."indictedAt"`, s)})`),
  // Distinct defendants convicted at first instance by a verdict dated in the period (file in the unit).
  distinctValues('convicted', sql`d."personRef"`, UNIT_DEFENDANTS,
    sql`EXISTS (SELECT 1 FROM "Verdict" v WHERE v."defendantId" = d."id" AND v."outcome" = 'CONVICTED' AND ${inPeriod(sql`v."decidedAt"`, s)})`),
  count('casesIndicted', sql`"unitFile" u`, filesIndictedDuring(s)),
  // Criminal cases with a first-instance trial dated in the period.
  count('casesTried', sql`"unitFile" u`,
    sql`EXISTS (SELECT 1 FROM "Indictment" i JOIN "CourtFile" cf ON cf."indictmentId" = i."id" WHERE i."fileId" = u."id" AND ${inPeriod(sql`cf."triedAt"`, s)})`),
], unitFiles(s)))

export interface KpiCount { code: string; numerator: number; denominator: number }

export async function prosecutionKpiCounts(db: Db, s: StatisticsScope): Promise<KpiCount[]> {
  const f = await contribution(db, s)
  return [
    { code: 'K4', numerator: f.count('k4Indicted'), denominator: pendingDuring(f, 'k4Pending') },
    { code: 'K5', numerator: f.count('k5Tried'), denominator: pendingDuring(f, 'k5Pending') },
  ]
}

export const indictedPersonRefs = async (db: Db, s: StatisticsScope) => (await contribution(db, s)).values('indicted')
export const convictedPersonRefs = async (db: Db, s: StatisticsScope) => (await contribution(db, s)).values('convicted')
export const casesIndicted = async (db: Db, s: StatisticsScope) => (await contribution(db, s)).count('casesIndicted')
export const casesTried = async (db: Db, s: StatisticsScope) => (await contribution(db, s)).count('casesTried')
