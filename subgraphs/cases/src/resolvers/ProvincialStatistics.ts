// The federated statistics entity, owned here (the police are the standing body of Steering
// Committee 138 and consolidate everyone's figures). Counts run in the database, one statement
// per section (statistics/): the police's figures, K1–K5, the victims across the agencies and the
// justice funnel. Every field under ProvincialStatistics gets the whole representation (the scope
// and what the other agencies brought through @requires) as its parent.
import { scopeOfKey, statisticsScope, type StatisticsScope } from '@lienthong/kit'
import { adminUnits } from '@lienthong/schema'
import { funnelSection, kpiSection, policeSection, victimSection } from '../statistics/index.ts'
import { police as policeReports } from './Reporting.ts'
import type { JusticeFunnelResolvers, PoliceStatisticsResolvers, ProvincialStatisticsResolvers, QueryResolvers, VictimStatisticsResolvers } from './types.ts'

export const provincialStatistics: QueryResolvers['provincialStatistics'] = (_, { period, unitCode }) => statisticsScope(period, unitCode)

// The generator types an entity's field parents as its key; here they are the full scope that
// provincialStatistics or __resolveReference returned.
const scope = (s: unknown) => s as StatisticsScope

export const ProvincialStatistics: ProvincialStatisticsResolvers = {
  __resolveReference: (key) => ({ ...(key as object), ...scopeOfKey(key as { periodCode: string; unitCode: string }) }) as never,
  periodLabelVi: (s) => scope(s).period.labelVi,
  periodLabelEn: (s) => scope(s).period.labelEn,
  firstDay: (s) => scope(s).period.firstDay,
  lastDay: (s) => scope(s).period.lastDay,
  unitName: (s) => adminUnits().get(s.unitCode)!.name,
  police: (s) => scope(s),
  policeReporting: (s, args, ctx) => policeReports.period(s, args, ctx) as never,
  kpis: kpiSection.resolvers.ProvincialStatistics!.kpis as never,
  // the same object for the sections below: each counts once per request and scope
  victims: (s) => s as never,
  justiceFunnel: (s) => s as never,
}

export const PoliceStatistics = policeSection.resolvers.PoliceStatistics as PoliceStatisticsResolvers
export const VictimStatistics = victimSection.resolvers.VictimStatistics as VictimStatisticsResolvers
export const JusticeFunnel = funnelSection.resolvers.JusticeFunnel as JusticeFunnelResolvers
