// The Provincial Police's periodic reports, and the committee's year view (owned here).
import { agencyReporting, reportingYearKey } from '@lienthong/kit/reporting'
import type { Db } from '../db.ts'
import { lateStatusSteps } from '../statistics/lateSteps.ts'

/** Revisions name the late or retroactive steps of the reports' and cases' status histories that changed them. */
export const police = agencyReporting('police', 'police', (db) => lateStatusSteps(db as Db))

export const reportingCompliance = (_: unknown, args: { year: unknown; kind: unknown; unitCode?: string | null }) => reportingYearKey(args)

export const ReportingYear = {
  __resolveReference: (key: { year: number; kind: string; unitCode: string }) => reportingYearKey(key),
  police: police.year as never,
}
