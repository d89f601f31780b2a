// This subgraph's contribution to the federated statistics entity (counted in src/statistics/).
import { scopeOfKey, type StatisticsScope } from '@lienthong/kit'
import type { Context } from '../context.ts'
import type { CourtStatisticsResolvers, ProcuracyStatisticsResolvers, ProvincialStatisticsResolvers } from './types.ts'
import { casesIndicted, casesTried, convictedPersonRefs, indictedPersonRefs, prosecutionKpiCounts } from '../statistics/kpiCounts.ts'
import * as procuracy from '../statistics/procuracyStatistics.ts'
import * as court from '../statistics/courtStatistics.ts'
import { procuracyReports, courtReports } from './Reporting.ts'

// The generator types an entity's field parents as its key; they are the scope __resolveReference returned.
const scope = (s: unknown) => s as StatisticsScope

export const ProvincialStatistics: ProvincialStatisticsResolvers = {
  procuracyReporting: procuracyReports.period as never,
  courtReporting: courtReports.period as never,
  __resolveReference: (key) => scopeOfKey(key) as never,
  prosecutionKpiCounts: (s, _, ctx: Context) => prosecutionKpiCounts(ctx.db, scope(s)),
  indictedPersonRefs: (s, _, ctx: Context) => indictedPersonRefs(ctx.db, scope(s)),
  convictedPersonRefs: (s, _, ctx: Context) => convictedPersonRefs(ctx.db, scope(s)),
  casesIndicted: (s, _, ctx: Context) => casesIndicted(ctx.db, scope(s)),
  casesTried: (s, _, ctx: Context) => casesTried(ctx.db, scope(s)),
  procuracy: (s) => scope(s),
  court: (s) => scope(s),
}

export const ProcuracyStatistics: ProcuracyStatisticsResolvers = {
  filesAccepted: (s, _, ctx: Context) => procuracy.filesAccepted(ctx.db, s),
  filesIndicted: (s, _, ctx: Context) => procuracy.filesIndicted(ctx.db, s),
  filesReturnedForInvestigation: (s, _, ctx: Context) => procuracy.filesWithDecision(ctx.db, s, 'RETURNED_FOR_INVESTIGATION'),
  filesSuspended: (s, _, ctx: Context) => procuracy.filesWithDecision(ctx.db, s, 'SUSPENDED'),
  filesDropped: (s, _, ctx: Context) => procuracy.filesWithDecision(ctx.db, s, 'DROPPED'),
  defendantsIndicted: (s, _, ctx: Context) => procuracy.defendantsIndicted(ctx.db, s) as never,
  defendantsIndictedByArticle: (s, _, ctx: Context) => procuracy.defendantsIndictedByArticle(ctx.db, s) as never,
  pendingAtEnd: (s, _, ctx: Context) => procuracy.pendingAtEnd(ctx.db, s),
}

export const CourtStatistics: CourtStatisticsResolvers = {
  filesAccepted: (s, _, ctx: Context) => court.filesAccepted(ctx.db, s),
  filesTried: (s, _, ctx: Context) => court.filesTried(ctx.db, s),
  triedByKind: (s, _, ctx: Context) => court.triedByKind(ctx.db, s),
  filesReturnedToProcuracy: (s, _, ctx: Context) => court.filesWithDecision(ctx.db, s, 'RETURNED_TO_PROCURACY'),
  filesSuspended: (s, _, ctx: Context) => court.filesWithDecision(ctx.db, s, 'SUSPENDED'),
  pendingAtEnd: (s, _, ctx: Context) => court.pendingAtEnd(ctx.db, s),
  defendantsConvicted: (s, _, ctx: Context) => court.defendantsWith(ctx.db, s, 'CONVICTED') as never,
  defendantsAcquitted: (s, _, ctx: Context) => court.defendantsWith(ctx.db, s, 'ACQUITTED') as never,
  convictedByArticle: (s, _, ctx: Context) => court.convictedByArticle(ctx.db, s) as never,
  convictionsBySentence: (s, _, ctx: Context) => court.convictionsBySentence(ctx.db, s) as never,
  appealsFiled: (s, _, ctx: Context) => court.appealsFiled(ctx.db, s),
  appealsDecided: (s, _, ctx: Context) => court.appealsDecided(ctx.db, s),
  appealsDecidedByOutcome: (s, _, ctx: Context) => court.appealsDecidedByOutcome(ctx.db, s),
}
