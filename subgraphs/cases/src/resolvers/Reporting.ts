// The Provincial Police's periodic reports, and the committee's year view (owned here).
import { agencyReporting, reportingYearKey } from '@lienthong/kit/reporting'

export const police = agencyReporting('police', 'police')

export const reportingCompliance = (_: unknown, args: { year: unknown; kind: unknown; unitCode?: string | null }) => reportingYearKey(args)

export const ReportingYear = {
  __resolveReference: (key: { year: number; kind: string; unitCode: string }) => reportingYearKey(key),
  police: police.year as never,
}
