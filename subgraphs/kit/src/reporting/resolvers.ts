// The resolvers every subgraph wires for its agencies' reporting: the period's reporting on
// ProvincialStatistics, the year's compliance on ReportingYear, and the submit mutation.
import type { GraphQLResolveInfo } from 'graphql'
import type { ReportingAgency } from '@lienthong/schema'
import type { Identity } from '../identity/claims.ts'
import { parseInput } from '../errors.ts'
import { scopeOfKey, type StatisticsScope } from '../statistics/scope.ts'
import { agencyCompliance, freezeSection, periodReporting, submissionView, submitReport, type LateSteps, type SubmissionDb } from './submissions.ts'
import type { ReportingYearKey } from './reportingYear.ts'
import { z } from 'zod'

interface ReportingContext {
  db: unknown
  identity?: Identity
}
const SubmitInput = z.object({ period: z.unknown(), unitCode: z.string().nullish() })

/** `lateSteps` (a subgraph keeping a status history) explains the changes of a period's revisions. */
export function agencyReporting(agency: ReportingAgency, sectionField: string, lateSteps?: (db: unknown) => LateSteps) {
  return {
    /** ProvincialStatistics.<agency>Reporting */
    period: (scope: unknown, _args: unknown, ctx: ReportingContext) =>
      periodReporting(ctx.db as SubmissionDb, agency, scope as StatisticsScope, new Date(), lateSteps?.(ctx.db)),
    /** ReportingYear.<agency> */
    year: (key: unknown, _args: unknown, ctx: ReportingContext) => {
      const k = key as ReportingYearKey
      return agencyCompliance(ctx.db as SubmissionDb, agency, k.kind, k.year, k.unitCode)
    },
    /** Mutation.submit<Agency>Report */
    submit: async (_: unknown, args: { input: unknown }, ctx: ReportingContext, info: GraphQLResolveInfo) => {
      const input = parseInput(SubmitInput, args.input, ['input'])
      const { row, previous } = await submitReport(ctx.db as SubmissionDb, {
        agency,
        identity: ctx.identity,
        period: input.period,
        unitCode: input.unitCode,
        figures: (scope) => freezeSection(info.schema, ctx, scope, sectionField),
      })
      const late = previous && lateSteps ? await lateSteps(ctx.db)(scopeOfKey(row), previous.submittedAt) : undefined
      return submissionView(row, previous, late)
    },
  }
}
