// The files of a statistics scope and how their pending state is counted, shared by this
// subgraph's sections (contribution.ts, procuracy.ts, court.ts). Accounting as the agencies do it (thụ lý cũ + thụ lý mới), for a
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
// Every section is one statement that starts from the files of the unit, named once as common
// table expressions (see unitFiles).
import { count, inPeriod, inUnit, sql, type Figures, type Sql, type StatisticsScope } from '@lienthong/kit'

/**
 * The files of the unit: "unitFile" (procuracy files placed in the unit or under it) and
 * "unitCourtFile" (court files on an indictment of such a file), each a column "id".
 */
export const unitFiles = (s: StatisticsScope): Sql[] => [
  sql`"unitFile" AS MATERIALIZED (SELECT "id" FROM "ProcuracyFile" WHERE ${inUnit(sql`"unitCode"`, s)})`,
  sql`"unitCourtFile" AS MATERIALIZED (SELECT cf."id" FROM "CourtFile" cf JOIN "Indictment" i ON i."id" = cf."indictmentId" WHERE i."fileId" IN (SELECT "id" FROM "unitFile"))`,
]

/** A kind of file with its status decisions: the unit's files (a CTE above) and the decisions' table and file column. */
export interface FileKind {
  unitFiles: Sql
  decisions: Sql
  fileId: Sql
}
export const PROCURACY: FileKind = { unitFiles: sql`"unitFile"`, decisions: sql`"ProcuracyStatusChange"`, fileId: sql`"fileId"` }
export const COURT: FileKind = { unitFiles: sql`"unitCourtFile"`, decisions: sql`"CourtStatusChange"`, fileId: sql`"courtFileId"` }

/** The file `u` of that kind has a decision meeting `condition` (on the decision `c`). */
export const hasDecision = (k: FileKind, condition: Sql): Sql => sql`EXISTS (SELECT 1 FROM ${k.decisions} c WHERE c.${k.fileId} = u."id" AND ${condition})`

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
export function pendingDuringArms(figure: string, k: FileKind, s: StatisticsScope): Sql[] {
  const acceptedDuring = hasDecision(k, sql`c."toStatus" = 'ACCEPTED' AND ${inPeriod(sql`c."at"`, s)}`)
  return [
    count(`${figure}Accepted`, sql`${k.unitFiles} u`, acceptedDuring),
    count(
      `${figure}Leaving`,
      sql`${k.unitFiles} u`,
      sql`NOT ${acceptedDuring} AND ${hasDecision(k, sql`c."fromStatus" = 'ACCEPTED' AND ${inPeriod(sql`c."at"`, s)}`)}`,
    ),
    ...openAtArms(`${figure}Still`, k, s.period.start, sql`NOT ${hasDecision(k, inPeriod(sql`c."at"`, s))}`),
  ]
}
export const pendingDuring = (f: Figures, figure: string) => f.count(`${figure}Accepted`) + f.count(`${figure}Leaving`) + openAt(f, `${figure}Still`)

/** Criminal cases (one procuracy file `u` each) with an indictment dated in the period. */
export const filesIndictedDuring = (s: StatisticsScope): Sql =>
  sql`EXISTS (SELECT 1 FROM "Indictment" i WHERE i."fileId" = u."id" AND ${inPeriod(sql`i."indictedAt"`, s)})`
