// Periodic reports of the agencies whose data this subgraph holds (kit/reporting does the work).
import { agencyReporting, reportingYearKey } from '@lienthong/kit/reporting'

export const procuracyReports = agencyReporting('procuracy', 'procuracy')
export const courtReports = agencyReporting('court', 'court')

export const ReportingYear = {
  __resolveReference: (key: { year: number; kind: string; unitCode: string }) => reportingYearKey(key),
  procuracy: procuracyReports.year as never,
  court: courtReports.year as never,
}
