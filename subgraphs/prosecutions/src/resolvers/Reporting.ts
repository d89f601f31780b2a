// Periodic reports of the agencies whose data this subgraph holds (kit/reporting does the work).
import { agencyReporting, reportingYearKey } from '@lienthong/kit/reporting'
import type { Db } from '../db.ts'
import { lateCourtDecisions, lateProcuracyDecisions } from '../statistics/lateSteps.ts'

/** Revisions name the late or retroactive status decisions that changed them. */
export const procuracyReports = agencyReporting('procuracy', 'procuracy', (db) => lateProcuracyDecisions(db as Db))
export const courtReports = agencyReporting('court', 'court', (db) => lateCourtDecisions(db as Db))

export const ReportingYear = {
  __resolveReference: (key: { year: number; kind: string; unitCode: string }) => reportingYearKey(key),
  procuracy: procuracyReports.year as never,
  court: courtReports.year as never,
}
