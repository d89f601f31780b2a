// This subgraph's contribution to the federated statistics entity: the fields of each section
// are the section's resolvers (src/statistics/, defineSection); the procuracy's and the court's
// sections hang below ProvincialStatistics with the same scope as parent.
import { scopeOfKey, type StatisticsScope } from '@lienthong/kit'
import type { CourtStatisticsResolvers, ProcuracyStatisticsResolvers, ProvincialStatisticsResolvers } from './types.ts'
import { contributionSection, courtSection, procuracySection } from '../statistics/index.ts'
import { courtReports, procuracyReports } from './Reporting.ts'

const contribution = contributionSection.resolvers.ProvincialStatistics!
// The generator types an entity's field parents as its key; they are the scope __resolveReference returned.
const scope = (s: unknown) => s as StatisticsScope

export const ProvincialStatistics: ProvincialStatisticsResolvers = {
  __resolveReference: (key) => scopeOfKey(key) as never,
  procuracyReporting: procuracyReports.period as never,
  courtReporting: courtReports.period as never,
  prosecutionKpiCounts: contribution.prosecutionKpiCounts as never,
  indictedPersonRefs: contribution.indictedPersonRefs as never,
  convictedPersonRefs: contribution.convictedPersonRefs as never,
  casesIndicted: contribution.casesIndicted as never,
  casesTried: contribution.casesTried as never,
  procuracy: (s) => scope(s),
  court: (s) => scope(s),
}

/** Every field of these two types is a section's figure. */
export const ProcuracyStatistics = procuracySection.resolvers.ProcuracyStatistics as ProcuracyStatisticsResolvers
export const CourtStatistics = courtSection.resolvers.CourtStatistics as CourtStatisticsResolvers
