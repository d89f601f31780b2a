// Periodic reports of the agencies whose data this subgraph holds (kit/reporting does the work).
import { agencyReporting, reportingYearKey } from '@lienthong/kit/reporting'

export const borderGuardReports = agencyReporting('border_guard', 'border')

export const ReportingYear = {
  __resolveReference: (key: { year: number; kind: string; unitCode: string }) => reportingYearKey(key),
  borderGuard: borderGuardReports.year as never,
}
