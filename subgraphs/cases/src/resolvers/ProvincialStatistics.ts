// The federated statistics entity, owned here (the police are the standing body of Steering
// Committee 138 and consolidate everyone's figures). Counts run in the database, one statement per section.
import { scopeOfKey, statisticsScope, type StatisticsScope } from '@lienthong/kit'
import { adminUnits, evaluateKpi, kpiDefinition, kpiDefinitionText, type KpiCode } from '@lienthong/schema'
import type { Context } from '../context.ts'
import type { PoliceStatisticsResolvers, ProvincialStatisticsResolvers, QueryResolvers } from './types.ts'
import { POLICE_FIELDS, policeFigures } from '../statistics/policeStatistics.ts'
import { policeKpiCounts, type KpiCounts } from '../statistics/kpiCounts.ts'
import { victimStatistics } from '../statistics/victimStatistics.ts'
import { justiceFunnel } from '../statistics/justiceFunnel.ts'
import { police as policeReports } from './Reporting.ts'

export const provincialStatistics: QueryResolvers['provincialStatistics'] = (_, { period, unitCode }) => statisticsScope(period, unitCode)

function kpiResult({ code, numerator, denominator }: KpiCounts) {
  const r = evaluateKpi(code as KpiCode, numerator, denominator)
  const d = kpiDefinition(code as KpiCode)
  return { ...r, nameVi: d.nameVi, nameEn: d.nameEn, definitionVi: kpiDefinitionText(d, 'vi'), definitionEn: kpiDefinitionText(d, 'en'), comparator: d.comparator }
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
    const counts = await policeKpiCounts(ctx.db, scope(s))
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

type PoliceField = keyof typeof POLICE_FIELDS
const field = <F extends PoliceField>(name: F) =>
  async (s: StatisticsScope, _: unknown, ctx: Context) => POLICE_FIELDS[name](await policeFigures(ctx.db, s)) as ReturnType<(typeof POLICE_FIELDS)[F]>

/** Every field of the police section, from one statement per request and scope. */
export const PoliceStatistics: PoliceStatisticsResolvers = Object.fromEntries(
  (Object.keys(POLICE_FIELDS) as PoliceField[]).map((name) => [name, field(name)]),
) as PoliceStatisticsResolvers
