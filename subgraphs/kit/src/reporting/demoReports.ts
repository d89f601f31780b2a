// Demo periodic reports, so the committee's compliance view (reportingCompliance) is not empty on
// a fresh start. Each subgraph's seed submits, for every agency it reports for, the province's
// monthly reports of January–June 2025 through the real pipeline (submitReport, figures frozen
// from the subgraph's own data): on time (two days before the 15th) except February and May
// (nine days late); March is corrected once after its deadline (its first revision over-counted
// the section's first figure by one); July–December are missing. Monthly, because only a monthly
// report can be on time (a quarter's, half-year's or year's report is due before the period ends,
// and no report is accepted before it ends). Deterministic: every instant is fixed by the
// period's due date. Idempotent: an agency with any 2025 monthly report of the province is left alone.
import type { GraphQLSchema } from 'graphql'
import { adminUnits, dueAt, periodsOfYear, type ReportingAgency } from '@lienthong/schema'
import type { Identity } from '../identity/claims.ts'
import { freezeSection, submitReport, type SubmissionDb } from './submissions.ts'

export const DEMO_REPORT_YEAR = 2025
const DAY = 86_400_000

export interface DemoReportsOptions {
  /** The subgraph's executable schema (the one it serves) and a request context for a caller. */
  schema: GraphQLSchema
  context: (caller: Identity) => Promise<unknown>
  /** Each agency this subgraph reports for, with its section field of ProvincialStatistics. */
  agencies: readonly (readonly [ReportingAgency, string])[]
}

/** The first submission's offset from the due instant, and a correction's, per month (missing: no report). */
const PLAN: readonly ({ first: number; correction?: number } | undefined)[] = [
  { first: -2 * DAY },
  { first: 9 * DAY },
  { first: -2 * DAY, correction: 20 * DAY },
  { first: -2 * DAY },
  { first: 9 * DAY },
  { first: -2 * DAY },
]

/** The section's figures with its first number (depth first) one higher: the demo's over-count, corrected later. */
function overCounted(figures: unknown): unknown {
  const copy = structuredClone(figures)
  const bump = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false
    const o = node as Record<string, unknown>
    for (const key of Object.keys(o)) {
      if (typeof o[key] === 'number') {
        o[key] = (o[key] as number) + 1
        return true
      }
      if (bump(o[key])) return true
    }
    return false
  }
  bump(copy)
  return copy
}

/** Submits the demo reports of every agency that has none yet; returns how many revisions were written. */
export async function seedDemoReports(db: SubmissionDb, o: DemoReportsOptions): Promise<number> {
  const unitCode = adminUnits().province().code
  const months = periodsOfYear('MONTH', DEMO_REPORT_YEAR)
  let written = 0
  for (const [agency, section] of o.agencies) {
    const existing = await db.reportSubmission.findFirst({ where: { agency, unitCode, periodCode: { in: months.map((m) => m.code) } } })
    if (existing) continue
    const identity: Identity = { sub: `demo-${agency}`, agency, role: 'officer', unit: unitCode }
    const contextValue = await o.context(identity)
    for (const [i, month] of months.entries()) {
      const plan = PLAN[i]
      if (!plan) continue
      const due = dueAt(month).getTime()
      const submit = (at: number, adjust: (f: unknown) => unknown) =>
        submitReport(db, {
          agency,
          identity,
          unitCode,
          now: new Date(at),
          period: { kind: 'MONTH', year: DEMO_REPORT_YEAR, index: i + 1 },
          figures: async (scope) => adjust(await freezeSection(o.schema, contextValue, scope, section)),
        })
      await submit(due + plan.first, plan.correction === undefined ? (f) => f : overCounted)
      written++
      if (plan.correction !== undefined) {
        await submit(due + plan.correction, (f) => f)
        written++
      }
    }
  }
  return written
}
