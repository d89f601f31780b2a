// Periodic reports of the agencies whose data this subgraph holds (kit/reporting does the work).
import { agencyReporting, reportingYearKey } from '@lienthong/kit/reporting'

export const socialAffairsReports = agencyReporting('social_affairs', 'support')

export const ReportingYear = {
  __resolveReference: (key: { year: number; kind: string; unitCode: string }) => reportingYearKey(key),
  socialAffairs: socialAffairsReports.year as never,
}
