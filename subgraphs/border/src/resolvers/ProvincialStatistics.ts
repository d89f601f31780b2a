// This subgraph's contribution to the federated statistics entity (owned by the police): the
// union of person references for the cross-agency victim count, and the Border Guard's figures.
// Every figure is a field of a section declared in statistics/ (kit defineSection): its resolvers
// come from there, each field reading its figure from the section's one statement per scope.
import { scopeOfKey, type StatisticsScope } from '@lienthong/kit'
import type {
  BorderIncidentStatisticsResolvers,
  BorderStatisticsResolvers,
  CooperationStatisticsResolvers,
  ProvincialStatisticsResolvers,
  RepatriationStatisticsResolvers,
} from './types.ts'
import { borderSection } from '../statistics/borderStatistics.ts'
import { borderPersonsSection } from '../statistics/borderPersons.ts'
import { borderGuardReports } from './Reporting.ts'

// The generator types an entity's field parents as its key; here they are the scope that
// __resolveReference returned (and the section types carry the same scope).
const scope = (s: unknown) => s as StatisticsScope
const fieldsOf = (section: { resolvers: Record<string, Record<string, unknown>> }, type: string) => section.resolvers[type]!

export const ProvincialStatistics: ProvincialStatisticsResolvers = {
  borderGuardReporting: borderGuardReports.period as never,
  __resolveReference: (key) => scopeOfKey(key) as never,
  borderPersonRefs: fieldsOf(borderPersonsSection, 'ProvincialStatistics').borderPersonRefs as never,
  border: (s) => scope(s),
}

export const BorderStatistics: BorderStatisticsResolvers = {
  incidents: (s) => s,
  repatriations: (s) => s,
  cooperation: (s) => s,
}

export const BorderIncidentStatistics = fieldsOf(borderSection, 'BorderIncidentStatistics') as BorderIncidentStatisticsResolvers
export const RepatriationStatistics = fieldsOf(borderSection, 'RepatriationStatistics') as RepatriationStatisticsResolvers
export const CooperationStatistics = fieldsOf(borderSection, 'CooperationStatistics') as CooperationStatisticsResolvers
