// This subgraph's contribution to the federated statistics entity (owned by the police): the
// union of person references for the cross-agency victim count, and the Border Guard's figures.
// The figures of the three sections come from one statement per request and scope
// (statistics/borderStatistics.ts); each field picks its figure from the answer.
import { personsOf, scopeOfKey, type Figures, type StatisticsScope } from '@lienthong/kit'
import type { Context } from '../context.ts'
import type { BorderIncidentStatisticsResolvers, BorderStatisticsResolvers, CooperationStatisticsResolvers, ProvincialStatisticsResolvers, RepatriationStatisticsResolvers } from './types.ts'
import { borderPersonRefs } from '../statistics/borderPersons.ts'
import { borderFigures } from '../statistics/borderStatistics.ts'
import { handedToPolice, incidentsBy, incidentTotal, personsByRole, personsHandedToSupport } from '../statistics/incidentStatistics.ts'
import { byStatusAtPeriodEnd, personsReceived, repatriationsBy, repatriationTotal, withEmbassyReference } from '../statistics/repatriationStatistics.ts'
import { cooperationsBy, cooperationsByStatusAtPeriodEnd, cooperationTotal } from '../statistics/cooperationStatistics.ts'
import { borderGuardReports } from './Reporting.ts'

// The generator types an entity's field parents as its key; here they are the scope that
// __resolveReference returned (and the section types carry the same scope).
const scope = (s: unknown) => s as StatisticsScope
const figures = (s: unknown, ctx: Context) => borderFigures(ctx.db, scope(s))
/** A person count (`@personCount`): its value with its record keys, for the publication (kit statistics/publish.ts). */
const persons = <T extends number | { key: string; labelVi: string; count: number }[]>(build: (f: Figures) => T) =>
  async (s: unknown, _: unknown, ctx: Context) => personsOf(await figures(s, ctx), build) as never

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
  total: async (s, _, ctx) => incidentTotal(await figures(s, ctx)),
  byIncidentType: async (s, _, ctx) => incidentsBy(await figures(s, ctx), 'incidentType'),
  byPlaceType: async (s, _, ctx) => incidentsBy(await figures(s, ctx), 'placeType'),
  byOtherCountry: async (s, _, ctx) => incidentsBy(await figures(s, ctx), 'otherCountry'),
  byUnit: async (s, _, ctx) => incidentsBy(await figures(s, ctx), 'unitCode'),
  personsByRole: persons(personsByRole),
  handedToPolice: async (s, _, ctx) => handedToPolice(await figures(s, ctx)),
  personsHandedToSupport: persons(personsHandedToSupport),
}

// Every figure of the repatriations counts receptions of persons: all are person counts (a
// breakdown left exact would give away the total, and the total a one-line breakdown).
export const RepatriationStatistics: RepatriationStatisticsResolvers = {
  total: persons(repatriationTotal),
  byFromCountry: persons((f) => repatriationsBy(f, 'fromCountry')),
  byGate: persons((f) => repatriationsBy(f, 'gateCode')),
  personsReceived: persons(personsReceived),
  byStatusAtPeriodEnd: persons(byStatusAtPeriodEnd),
  withEmbassyReference: persons(withEmbassyReference),
}

export const CooperationStatistics: CooperationStatisticsResolvers = {
  total: async (s, _, ctx) => cooperationTotal(await figures(s, ctx)),
  byDirection: async (s, _, ctx) => cooperationsBy(await figures(s, ctx), 'direction'),
  byCounterpart: async (s, _, ctx) => cooperationsBy(await figures(s, ctx), 'counterpart'),
  byStatusAtPeriodEnd: async (s, _, ctx) => cooperationsByStatusAtPeriodEnd(await figures(s, ctx)),
}
