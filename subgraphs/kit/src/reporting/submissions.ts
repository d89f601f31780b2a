// Periodic reports: an agency submits its report for a period and the subgraph freezes a snapshot
// of the agency's own figures (its section of ProvincialStatistics, computed by its own
// resolvers). A correction adds a revision; a revision is never updated or deleted (the database
// refuses it: triggers of the append-only migration, ../prisma/appendOnly.ts). Every subgraph
// stores its own agency's submissions in a `ReportSubmission` table of this shape.
import { createRequire } from 'node:module'
import type { GraphQLObjectType, GraphQLSchema, GraphQLType } from 'graphql'
import {
  changedFigures,
  dueAt,
  PERIODIC_KINDS,
  periodsOfYear,
  submissionStatus,
  complianceRates,
  type Period,
  type PeriodicKind,
  type ReportingAgency,
} from '@lienthong/schema'
import { fieldProblem, forbidden } from '../errors.ts'
import { inputDigest } from '../idempotency.ts'
import { inTransaction } from '../transaction.ts'
import { scopeOfKey, statisticsScope, type StatisticsScope } from '../statistics/scope.ts'
import type { Identity } from '../identity/claims.ts'

export interface SubmissionRow {
  id: string
  agency: string
  periodCode: string
  unitCode: string
  revision: number
  submittedAt: Date
  submittedBy: string
  figures: string
  digest: string
}
/** The slice of a Prisma client this module uses (every subgraph's client has it). */
export interface SubmissionDb {
  reportSubmission: {
    findFirst(args: object): Promise<SubmissionRow | null>
    findMany(args: object): Promise<SubmissionRow[]>
    create(args: { data: Omit<SubmissionRow, 'id'> }): Promise<SubmissionRow>
  }
  $transaction<T>(work: (tx: SubmissionDb) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T>
}

// The subgraph schema is built by @apollo/subgraph with graphql's CommonJS build; work on it with
// that same instance (graphql refuses objects of another module instance).
const { execute, getNamedType, isEnumType, isListType, isNonNullType, isObjectType, isScalarType, parse } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql')

const unwrap = (t: GraphQLType): GraphQLType => (isNonNullType(t) ? t.ofType : t)
function selectionOf(type: GraphQLObjectType, depth = 0): string {
  return Object.values(type.getFields())
    .flatMap((f) => {
      const named = getNamedType(f.type)
      if (named.name === 'PersonRef' || f.args.some((a) => isNonNullType(a.type))) return []
      if (isScalarType(named) || isEnumType(named)) return [f.name]
      if (isObjectType(named) && depth < 5) return [`${f.name} { ${selectionOf(named, depth + 1)} }`]
      return []
    })
    .join(' ')
}

/** The agency's figures for the scope, as this subgraph serves them now (its section field of ProvincialStatistics). */
export async function freezeSection(schema: GraphQLSchema, contextValue: unknown, scope: StatisticsScope, sectionField: string): Promise<unknown> {
  const entity = schema.getType('ProvincialStatistics')
  const section = isObjectType(entity) ? entity.getFields()[sectionField] : undefined
  const type = section ? getNamedType(section.type) : undefined
  if (!section || !type || !isObjectType(type) || isListType(unwrap(section.type)))
    throw new Error(`ProvincialStatistics.${sectionField} is not an object section of this subgraph`)
  const document = parse(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ProvincialStatistics { ${sectionField} { ${selectionOf(type)} } } } }`)
  const result = await execute({
    schema,
    document,
    contextValue,
    variableValues: { r: [{ __typename: 'ProvincialStatistics', periodCode: scope.periodCode, unitCode: scope.unitCode }] },
  })
  if (result.errors?.length) throw result.errors[0]
  const entities = result.data?._entities as Record<string, unknown>[] | undefined
  return entities![0]![sectionField]
}

export interface SubmitOptions {
  /** The reporting agency; only its own officers submit its report (the identity's agency is the registry's id). */
  agency: ReportingAgency
  identity: Identity | undefined
  period: unknown
  unitCode: string | null | undefined
  /** Computes the figures to freeze for the validated scope. */
  figures: (scope: StatisticsScope) => Promise<unknown>
  now?: Date
}

/** Submits (or corrects) a periodic report; an unchanged resubmission returns the latest revision. */
export async function submitReport(db: SubmissionDb, o: SubmitOptions): Promise<{ row: SubmissionRow; previous: SubmissionRow | undefined }> {
  if (!o.identity || o.identity.agency !== o.agency) {
    throw forbidden('submit', `chỉ ${o.agency} được gửi báo cáo của mình`, `only the ${o.agency} agency submits its own report`)
  }
  const scope = statisticsScope(o.period, o.unitCode, ['input'])
  if (!(PERIODIC_KINDS as readonly string[]).includes(scope.period.kind))
    throw fieldProblem('input.period.kind', 'chỉ báo cáo tháng, quý, 6 tháng, năm', 'only monthly, quarterly, six-monthly and annual reports are submitted')
  const now = o.now ?? new Date()
  if (now < scope.period.end) throw fieldProblem('input.period', 'kỳ báo cáo chưa kết thúc', 'the period has not ended yet')
  const figures = JSON.stringify(await o.figures(scope))
  const digest = inputDigest(figures)
  return inTransaction(db, async (tx) => {
    const where = { agency: o.agency, periodCode: scope.periodCode, unitCode: scope.unitCode }
    const [latest, before] = await tx.reportSubmission.findMany({ where, orderBy: { revision: 'desc' }, take: 2 })
    if (latest && latest.digest === digest) return { row: latest, previous: before }
    const row = await tx.reportSubmission.create({
      data: { ...where, revision: (latest?.revision ?? 0) + 1, submittedAt: now, submittedBy: o.identity!.sub, figures, digest },
    })
    return { row, previous: latest }
  })
}

/**
 * The steps of the scope's status histories recorded after `after` and effective before the
 * period's end: late or retroactive entries, which are why a closed period's figures change. A
 * subgraph that keeps a status history gives this to explain its revisions.
 */
export type LateSteps = (scope: StatisticsScope, after: Date) => Promise<{ recordedAt: Date }[]>

/** Why the figures of `row` differ from `previous`: the late or retroactive steps recorded between the two submissions. */
function reasonOf(row: SubmissionRow, previous: SubmissionRow, late: readonly { recordedAt: Date }[] | undefined): string | null {
  const n = late?.filter((x) => x.recordedAt > previous.submittedAt && x.recordedAt <= row.submittedAt).length ?? 0
  if (!n) return null
  return (
    `Ghi nhận muộn hoặc sửa hồi tố: ${n} bước trạng thái có hiệu lực trong kỳ (hoặc trước) được ghi sau lần gửi ${previous.revision} — ` +
    `late or retroactive entries: ${n} status step(s) effective by the period's end recorded after revision ${previous.revision}`
  )
}

/** A revision as served, with the figures changed since the previous one (and why, when the history says). */
export function submissionView(row: SubmissionRow, previous: SubmissionRow | undefined, late?: readonly { recordedAt: Date }[]) {
  const { period } = scopeOfKey(row)
  const reason = previous ? reasonOf(row, previous, late) : null
  return {
    ...row,
    dueAt: dueAt(period),
    changes: (previous ? changedFigures(JSON.parse(previous.figures), JSON.parse(row.figures)) : []).map((c) => ({
      path: c.path,
      before: c.before == null ? null : JSON.stringify(c.before),
      after: c.after == null ? null : JSON.stringify(c.after),
      reason,
    })),
  }
}

/** Every revision of an agency's reports for some periods of a unit: one query, grouped by period. */
async function revisionsByPeriod(db: SubmissionDb, agency: ReportingAgency, unitCode: string, periodCodes: string[]) {
  const rows = await db.reportSubmission.findMany({
    where: { agency, unitCode, periodCode: { in: periodCodes } },
    orderBy: [{ periodCode: 'asc' }, { revision: 'asc' }],
  })
  const by = new Map<string, SubmissionRow[]>()
  for (const r of rows) by.set(r.periodCode, [...(by.get(r.periodCode) ?? []), r])
  return by
}

function periodReportingOf(agency: ReportingAgency, period: Period, revisions: SubmissionRow[], now: Date, late?: readonly { recordedAt: Date }[]) {
  return {
    agency,
    periodCode: period.code,
    dueAt: dueAt(period),
    status: submissionStatus(period, revisions[0]?.submittedAt ?? null, now),
    revisions: revisions.map((r, i) => submissionView(r, revisions[i - 1], late)),
  }
}

/**
 * An agency's reporting for the scope's period; null for a custom window (no periodic report is
 * due for it). With `lateSteps`, each revision's changes say why (one more statement when the
 * period has a correction).
 */
export async function periodReporting(db: SubmissionDb, agency: ReportingAgency, scope: StatisticsScope, now = new Date(), lateSteps?: LateSteps) {
  if (!(PERIODIC_KINDS as readonly string[]).includes(scope.period.kind)) return null
  const by = await revisionsByPeriod(db, agency, scope.unitCode, [scope.periodCode])
  const revisions = by.get(scope.periodCode) ?? []
  const late = lateSteps && revisions.length > 1 ? await lateSteps(scope, revisions[0]!.submittedAt) : undefined
  return periodReportingOf(agency, scope.period, revisions, now, late)
}

/** An agency's reporting over a year's periods of one kind, with DHIS2-style rates. */
export async function agencyCompliance(db: SubmissionDb, agency: ReportingAgency, kind: PeriodicKind, year: number, unitCode: string, now = new Date()) {
  const periods = periodsOfYear(kind, year)
  const by = await revisionsByPeriod(
    db,
    agency,
    unitCode,
    periods.map((p) => p.code),
  )
  const rows = periods.map((p) => periodReportingOf(agency, p, by.get(p.code) ?? [], now))
  return { agency, periods: rows, ...complianceRates(rows.map((r) => r.status)) }
}
