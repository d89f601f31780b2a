// The dashboard's GraphQL operations, typed by GraphQL Code Generator's client preset from the
// API schema (npm run codegen → src/gql). One operation per view: a view change is one request,
// the months of the trends and the units of the table are aliases in it.
import { AGENCY_REGISTRY, type ReportingKey } from '@lienthong/schema/agencies'
import { type AgencyComplianceFieldsFragment, type PeriodKind, TypedDocumentString } from '../gql/graphql.ts'
import { graphql } from '../gql/index.ts'

export const KpiFields = graphql(`
  fragment KpiFields on KpiResult { code nameVi nameEn numerator denominator value targetPercent comparator met }
`)

/** A month of the trends: its period and the KPIs. */
export const KpiMonthFields = graphql(`
  fragment KpiMonthFields on ProvincialStatistics { periodCode kpis { ...KpiFields } }
`)

/** The five KPI cards and their trends: the period, then each of the 12 months ending with it. */
export const KpiOverviewQuery = graphql(`
  query KpiOverview($period: PeriodInput!, $unitCode: AdminUnitCode,
    $m1: PeriodInput!, $m2: PeriodInput!, $m3: PeriodInput!, $m4: PeriodInput!, $m5: PeriodInput!, $m6: PeriodInput!,
    $m7: PeriodInput!, $m8: PeriodInput!, $m9: PeriodInput!, $m10: PeriodInput!, $m11: PeriodInput!, $m12: PeriodInput!) {
    current: provincialStatistics(period: $period, unitCode: $unitCode) { periodCode periodLabelVi periodLabelEn unitName kpis { ...KpiFields } }
    m1: provincialStatistics(period: $m1, unitCode: $unitCode) { ...KpiMonthFields } m2: provincialStatistics(period: $m2, unitCode: $unitCode) { ...KpiMonthFields }
    m3: provincialStatistics(period: $m3, unitCode: $unitCode) { ...KpiMonthFields } m4: provincialStatistics(period: $m4, unitCode: $unitCode) { ...KpiMonthFields }
    m5: provincialStatistics(period: $m5, unitCode: $unitCode) { ...KpiMonthFields } m6: provincialStatistics(period: $m6, unitCode: $unitCode) { ...KpiMonthFields }
    m7: provincialStatistics(period: $m7, unitCode: $unitCode) { ...KpiMonthFields } m8: provincialStatistics(period: $m8, unitCode: $unitCode) { ...KpiMonthFields }
    m9: provincialStatistics(period: $m9, unitCode: $unitCode) { ...KpiMonthFields } m10: provincialStatistics(period: $m10, unitCode: $unitCode) { ...KpiMonthFields }
    m11: provincialStatistics(period: $m11, unitCode: $unitCode) { ...KpiMonthFields } m12: provincialStatistics(period: $m12, unitCode: $unitCode) { ...KpiMonthFields }
  }
`)

export const CellFields = graphql(`
  fragment CellFields on CountByKey { key labelVi count suppressed }
`)

/** Victims by form, route and destination, sex, age band, sex and age group, citizenship. */
export const VictimsQuery = graphql(`
  query Victims($period: PeriodInput!, $unitCode: AdminUnitCode) {
    provincialStatistics(period: $period, unitCode: $unitCode) {
      periodCode periodLabelVi periodLabelEn unitName
      victims {
        total excludedForConsent
        byForm { ...CellFields } byRoute { ...CellFields } byDestination { ...CellFields }
        bySex { ...CellFields } byAgeBand { ...CellFields } bySexAndAgeGroup { ...CellFields } byCitizenship { ...CellFields }
      }
    }
  }
`)

/** The justice funnel: reports → cases opened → indicted → tried → convicted persons. */
export const JusticeFunnelQuery = graphql(`
  query JusticeFunnel($period: PeriodInput!, $unitCode: AdminUnitCode) {
    provincialStatistics(period: $period, unitCode: $unitCode) {
      periodCode periodLabelVi periodLabelEn unitName
      justiceFunnel {
        reportsReceived casesOpened casesIndicted casesTried convictedPersons
        suspects { total bySex { ...CellFields } }
        indicted { total bySex { ...CellFields } }
        convicted { total bySex { ...CellFields } byCitizenship { ...CellFields } }
      }
    }
  }
`)

/** One row of the units table (the table's query has one alias of this per unit). */
export const UnitRowFields = graphql(`
  fragment UnitRowFields on ProvincialStatistics {
    unitCode unitName
    kpis { code value met }
    police { reportsReceived casesOpened casesSolved }
    victims { total }
    justiceFunnel { casesIndicted casesTried convictedPersons }
  }
`)

export const PeriodReportingFields = graphql(`
  fragment PeriodReportingFields on PeriodReporting {
    agency periodCode dueAt status
    revisions { revision submittedAt submittedBy changes { path before after } }
  }
`)

export const AgencyComplianceFields = graphql(`
  fragment AgencyComplianceFields on AgencyCompliance {
    agency expected submitted onTime reportingRate onTimeRate
    periods { ...PeriodReportingFields }
  }
`)

/** The compliance grid's data: every agency's year of reporting, under its registry `reportingKey`. */
export type ComplianceData = {
  reportingCompliance: { year: number; kind: PeriodKind; unitCode: string } & Record<ReportingKey, AgencyComplianceFieldsFragment>
}
export type ComplianceVariables = { year: number; kind: PeriodKind; unitCode?: string | null }

/**
 * The reporting compliance grid: every agency × every period of the year, with revisions. Each
 * agency's field of ReportingYear comes from the agency registry, so a new agency needs no edit
 * here (operations.test.ts validates the document against the API schema).
 */
export const ComplianceQuery = new TypedDocumentString<ComplianceData, ComplianceVariables>(`
  query Compliance($year: Int!, $kind: PeriodKind!, $unitCode: AdminUnitCode) {
    reportingCompliance(year: $year, kind: $kind, unitCode: $unitCode) {
      year kind unitCode
      ${AGENCY_REGISTRY.map((a) => `${a.reportingKey} { ...AgencyComplianceFields }`).join('\n      ')}
    }
  }
${AgencyComplianceFields}`)

/** The peak campaigns, for the period picker. */
export const PeakCampaignsQuery = graphql(`
  query PeakCampaigns { peakCampaigns { externalRef name startsOn endsOn } }
`)
