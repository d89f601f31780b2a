// This subgraph's contribution to the federated statistics entity (owned by the police): the
// union of person references for the cross-agency victim count, and the Border Guard's figures.
import { scopeOfKey, type StatisticsScope } from '@lienthong/kit'
import type { Context } from '../context.ts'
import type { BorderIncidentStatisticsResolvers, BorderStatisticsResolvers, CooperationStatisticsResolvers, ProvincialStatisticsResolvers, RepatriationStatisticsResolvers } from './types.ts'
import { borderPersonRefs } from '../statistics/borderPersons.ts'
import { handedToPolice, incidentsBy, incidentTotal, personsByRole, personsHandedToSupport } from '../statistics/incidentStatistics.ts'
import { byStatusAtPeriodEnd, personsReceived, repatriationsBy, repatriationTotal, withEmbassyReference } from '../statistics/repatriationStatistics.ts'
import { cooperationsBy, cooperationsByStatusAtPeriodEnd, cooperationTotal } from '../statistics/cooperationStatistics.ts'
import { borderGuardReports } from './Reporting.ts'

// The generator types an entity's field parents as its key; here they are the scope that
// __resolveReference returned (and the section types carry the same scope).
const scope = (s: unknown) => s as StatisticsScope

export const ProvincialStatistics: ProvincialStatisticsResolvers = {
  borderGuardReporting: borderGuardReports.period as never,
  __resolveReference: (key) => scopeOfKey(key) as never,
  borderPersonRefs: (s, _, ctx: Context) => borderPersonRefs(ctx.db, scope(s)),
  border: (s) => scope(s),
}

export const BorderStatistics: BorderStatisticsResolvers = {
  incidents: (s) => s,
  repatriations: (s) => s,
  cooperation: (s) => s,
}

export const BorderIncidentStatistics: BorderIncidentStatisticsResolvers = {
  total: (s, _, { db }) => incidentTotal(db, s),
  byIncidentType: (s, _, { db }) => incidentsBy(db, s, 'incidentType'),
  byPlaceType: (s, _, { db }) => incidentsBy(db, s, 'placeType'),
  byOtherCountry: (s, _, { db }) => incidentsBy(db, s, 'otherCountry'),
  byUnit: (s, _, { db }) => incidentsBy(db, s, 'unitCode'),
  personsByRole: (s, _, { db }) => personsByRole(db, s),
  handedToPolice: (s, _, { db }) => handedToPolice(db, s),
  personsHandedToSupport: (s, _, { db }) => personsHandedToSupport(db, s),
}

export const RepatriationStatistics: RepatriationStatisticsResolvers = {
  total: (s, _, { db }) => repatriationTotal(db, s),
  byFromCountry: (s, _, { db }) => repatriationsBy(db, s, 'fromCountry'),
  byGate: (s, _, { db }) => repatriationsBy(db, s, 'gateCode'),
  personsReceived: (s, _, { db }) => personsReceived(db, s),
  byStatusAtPeriodEnd: (s, _, { db }) => byStatusAtPeriodEnd(db, s),
  withEmbassyReference: (s, _, { db }) => withEmbassyReference(db, s),
}

export const CooperationStatistics: CooperationStatisticsResolvers = {
  total: (s, _, { db }) => cooperationTotal(db, s),
  byDirection: (s, _, { db }) => cooperationsBy(db, s, 'direction'),
  byCounterpart: (s, _, { db }) => cooperationsBy(db, s, 'counterpart'),
  byStatusAtPeriodEnd: (s, _, { db }) => cooperationsByStatusAtPeriodEnd(db, s),
}
