// The federated statistics entity, owned here (the police are the standing body of Steering
// Committee 138 and consolidate everyone's figures). Counts run in the database.
import { scopeOfKey, statisticsScope, type StatisticsScope } from '@lienthong/kit'
import { adminUnits, evaluateKpi, kpiDefinition, type KpiCode } from '@lienthong/schema'
import type { Context } from '../context.ts'
import type { PoliceStatisticsResolvers, ProvincialStatisticsResolvers, QueryResolvers } from './types.ts'
import * as police from '../statistics/policeStatistics.ts'
import * as suspects from '../statistics/suspectStatistics.ts'
import { victimStatistics } from '../statistics/victimStatistics.ts'
import { justiceFunnel } from '../statistics/justiceFunnel.ts'
import { police as policeReports } from './Reporting.ts'

export const provincialStatistics: QueryResolvers['provincialStatistics'] = (_, { period, unitCode }) => statisticsScope(period, unitCode)

export interface KpiCounts { code: string; numerator: number; denominator: number }

function kpiResult({ code, numerator, denominator }: KpiCounts) {
  const r = evaluateKpi(code as KpiCode, numerator, denominator)
  const d = kpiDefinition(code as KpiCode)
  return { ...r, nameVi: d.nameVi, nameEn: d.nameEn, comparator: d.comparator }
}

// The generator types an entity's field parents as its key; here they are the full scope that
// provincialStatistics or __resolveReference returned (plus the @requires data: absent when
// the entity is asked directly from this subgraph, which then counts the other agencies as none).
type Scoped = StatisticsScope & {
  prosecutionKpiCounts?: KpiCounts[]
  supportPersonRefs?: string[]; borderPersonRefs?: string[]
  indictedPersonRefs?: string[]; convictedPersonRefs?: string[]; casesIndicted?: number; casesTried?: number
}
const scope = (s: unknown) => s as Scoped

export const ProvincialStatistics: ProvincialStatisticsResolvers = {
  __resolveReference: (key) => ({ ...(key as object), ...scopeOfKey(key as { periodCode: string; unitCode: string }) }) as never,
  periodLabelVi: (s) => scope(s).period.labelVi,
  periodLabelEn: (s) => scope(s).period.labelEn,
  firstDay: (s) => scope(s).period.firstDay,
  lastDay: (s) => scope(s).period.lastDay,
  unitName: (s) => adminUnits().get(s.unitCode)!.name,
  police: (s) => scope(s),
  policeReporting: (s, args, ctx) => policeReports.period(s, args, ctx) as never,
  kpis: async (s, _, ctx: Context) => {
    const counts = await police.policeKpiCounts(ctx.db, scope(s))
    const fromProsecutions = scope(s).prosecutionKpiCounts ?? []
    const byCode = new Map([...counts, ...fromProsecutions].map((k) => [k.code, k]))
    return (['K1', 'K2', 'K3', 'K4', 'K5'] as const).map((code) => kpiResult(byCode.get(code) ?? { code, numerator: 0, denominator: 0 }))
  },
  victims: (s, _, ctx: Context) => victimStatistics(ctx.db, scope(s), { support: scope(s).supportPersonRefs ?? [], border: scope(s).borderPersonRefs ?? [] }),
  justiceFunnel: (s, _, ctx: Context) => {
    const x = scope(s)
    return justiceFunnel(ctx.db, x, {
      indictedPersonRefs: x.indictedPersonRefs ?? [], convictedPersonRefs: x.convictedPersonRefs ?? [],
      casesIndicted: x.casesIndicted ?? 0, casesTried: x.casesTried ?? 0,
    })
  },
}

type Figure<T> = (db: Context['db'], s: StatisticsScope) => Promise<T>
const figure = <T>(f: Figure<T>) => (s: StatisticsScope, _: unknown, ctx: Context) => f(ctx.db, s)

export const PoliceStatistics: PoliceStatisticsResolvers = {
  reportsReceived: figure(police.reportsReceived),
  reportsByKind: figure(police.reportsByKind),
  reportsByChannel: figure(police.reportsByChannel),
  reportsClassified: figure(police.reportsClassified),
  reportsTraffickingRelated: figure(police.reportsTraffickingRelated),
  reportsResolvedByOutcome: figure(police.reportsResolvedByOutcome),
  casesOpened: figure(police.casesOpened),
  casesByArticle: figure(police.casesByArticle),
  casesByForm: figure(police.casesByForm),
  casesByRoute: figure(police.casesByRoute),
  casesByDestination: figure(police.casesByDestination),
  casesByUnit: figure(police.casesByUnit),
  casesOrganisedRing: figure(police.casesOrganisedRing),
  casesOnlineRecruitment: figure(police.casesOnlineRecruitment),
  casesInPeakCampaign: figure(police.casesInPeakCampaign),
  casesSolved: figure(police.casesSolved),
  suspects: figure(suspects.suspects),
  suspectsBySex: figure(suspects.suspectsBySex),
  suspectsByCitizenship: figure(suspects.suspectsByCitizenship),
  suspectsArrested: figure(suspects.suspectsArrested),
  suspectsWanted: figure(suspects.suspectsWanted),
  rescueOperations: figure(police.rescueOperations),
  personsRescued: figure(police.personsRescued),
}
