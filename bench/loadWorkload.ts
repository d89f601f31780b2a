// What the load test's virtual users send (bench/loadRun.ts runs them):
//   - committee users: the provincial statistics exactly as the dashboard asks them (its own
//     operations and variables, dashboard/src/views.ts), for months, quarters and years of the
//     demo years and for the province or a unit under it;
//   - agency officers: their agency's list, and writes through a public create mutation — a new
//     record under a fresh agency reference, a replay of a write already acknowledged (the same
//     input: the same record answers, nothing is written) or an invalid input (refused with
//     BAD_USER_INPUT, nothing left).
// The agency of each write is the one that imports its record type in the agency registry, so
// nothing here lists agencies. Every value is synthetic; person references are hashes of the
// agency reference.
import { createHash, randomUUID } from 'node:crypto'
import { AGENCY_REGISTRY, type Agencies, type SubgraphName } from '@lienthong/schema/agencies'
import { adminUnits } from '@lienthong/schema'
import { JusticeFunnelDocument, KpiOverviewDocument, UnitRowFieldsFragmentDoc, VictimsDocument } from '../dashboard/src/gql/graphql.ts'
import { daysOf, type PeriodInputValue, type PeriodSelection, toPeriodInput, trailingMonths } from '../dashboard/src/periods.ts'

/** A seeded random source (mulberry32): a run can be repeated. */
export type Random = () => number
export function seededRandom(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
export const pick = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!

/** One GraphQL request: its document and variables. */
export interface Operation {
  query: string
  variables: Record<string, unknown>
}

// ——— committee reads: the dashboard's views ———

export const DASHBOARD_VIEWS = ['overview', 'victims', 'funnel', 'units'] as const
export type DashboardView = (typeof DASHBOARD_VIEWS)[number]
/** How often a committee user opens each view (the KPI overview is the landing page). */
const VIEW_WEIGHTS: Record<DashboardView, number> = { overview: 4, victims: 2, funnel: 2, units: 2 }
const DEMO_YEARS = [2021, 2022, 2023, 2024, 2025]
const KINDS = [
  { kind: 'MONTH', parts: 12 },
  { kind: 'QUARTER', parts: 4 },
  { kind: 'YEAR', parts: 1 },
] as const
const UNITS = adminUnits()
/** The province (the users' scope, and the unit the dashboard opens on). */
export const PROVINCE = UNITS.province().code

// The dashboard's variables and units table, as dashboard/src/views.ts and api/client.ts build them
// (their modules resolve as the bundler does, so this package cannot import them; load.test.ts
// checks these give the same requests).

/** The KPI overview's variables: the period and the 12 months ending with it (m1 oldest). */
export function kpiOverviewVariables(period: PeriodSelection, unitCode: string): Record<string, unknown> {
  const months = Object.fromEntries(trailingMonths(period, 12).map((m, i) => [`m${i + 1}`, toPeriodInput(m)]))
  return { period: toPeriodInput(period), unitCode, ...months }
}

/** The units table's rows: the unit picked, then the units directly under it in force during the period (a merged commune's predecessors, for a commune). */
export function unitsOfTable(period: PeriodSelection, unitCode: string): string[] {
  const { first, last } = daysOf(period)
  const unit = UNITS.get(unitCode)
  const under = [...UNITS.all().filter((u) => u.parent === unitCode), ...(unit?.predecessors ?? []).map((p) => UNITS.get(p)!)]
  return [unitCode, ...under.filter((u) => u.validFrom <= last && (u.validTo == null || u.validTo > first)).map((u) => u.code)]
}

/** The units table's operation: one alias per unit (u0 = the unit picked, then the units under it). */
export function unitRowsOperation(codes: readonly string[]): { query: string; variableNames: string[] } {
  const variableNames = codes.map((_, i) => `u${i}`)
  const head = `query UnitRows($period: PeriodInput!, ${variableNames.map((v) => `$${v}: AdminUnitCode`).join(', ')})`
  const fields = variableNames.map((v) => `  ${v}: provincialStatistics(period: $period, unitCode: $${v}) { ...UnitRowFields }`).join('\n')
  return { query: `${head} {\n${fields}\n}\n${String(UnitRowFieldsFragmentDoc)}`, variableNames }
}

function weighted<K extends string>(random: Random, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][]
  let r = random() * entries.reduce((n, [, w]) => n + w, 0)
  for (const [k, w] of entries) if ((r -= w) < 0) return k
  return entries.at(-1)![0]
}

/** A period a committee user picks: a month, quarter or year of the demo years. */
export function randomPeriod(random: Random): PeriodSelection {
  const { kind, parts } = pick(random, KINDS)
  return { kind, year: pick(random, DEMO_YEARS), index: 1 + Math.floor(random() * parts) }
}

/** The view (`view`, else one at random), period and unit a committee user looks at next, and the one request the dashboard sends for it. */
export function dashboardRead(random: Random, view: DashboardView = weighted(random, VIEW_WEIGHTS)): { view: DashboardView; operation: Operation } {
  const period = randomPeriod(random)
  // the province half of the time, else a unit directly under it during the period (the units table's rows)
  const unitCode = random() < 0.5 ? PROVINCE : pick(random, unitsOfTable(period, PROVINCE))
  const p = toPeriodInput(period)
  switch (view) {
    case 'overview':
      return { view, operation: { query: String(KpiOverviewDocument), variables: kpiOverviewVariables(period, unitCode) } }
    case 'victims':
      return { view, operation: { query: String(VictimsDocument), variables: { period: p, unitCode } } }
    case 'funnel':
      return { view, operation: { query: String(JusticeFunnelDocument), variables: { period: p, unitCode } } }
    case 'units': {
      const codes = unitsOfTable(period, unitCode)
      const op = unitRowsOperation(codes)
      return { view, operation: { query: op.query, variables: { period: p, ...Object.fromEntries(op.variableNames.map((v, i) => [v, codes[i]])) } } }
    }
  }
}

// ——— officers: their agency's creates and lists ———

/** A public create mutation the load writes through, and how to read its agency's list. */
export interface CreateMutation {
  mutation: string
  /** Its input type, and the GraphQL type (= the Prisma model, = the table) of the record it creates. */
  inputType: string
  recordType: string
  /** A valid input under `externalRef`. */
  input: (externalRef: string, random: Random) => Record<string, unknown>
  /** The fields an invalid input spoils: an enum (if the input has one), the event's instant, an administrative unit. */
  enumField?: string
  instantField: string
  unitField: string
  /** The agency's list of these records, filtered as an officer does (a period, a unit). */
  list: { field: string; filterType: string; filter: (period: PeriodInputValue, unitCode: string) => Record<string, unknown> }
}

const COMMUNES_AFTER_REFORM = UNITS.all()
  .filter((u) => u.level === 'COMMUNE' && u.validFrom === UNITS.reformDate)
  .map((u) => u.code)
/** Land-border communes formed by the reform (Border Guard incidents at a land border are placed at one). */
const BORDER_COMMUNES = UNITS.withTag('land-border')
  .filter((u) => u.validFrom === UNITS.reformDate)
  .map((u) => u.code)
const personRef = (tag: string) => createHash('sha256').update(`lt-load:${tag}`).digest('hex')
const pad = (n: number) => String(n).padStart(2, '0')
/** An instant after the 2025 reform and before today, Vietnam time (the communes formed by the reform are in force). */
function instantAfterReform(random: Random): string {
  const from = Date.parse(`${UNITS.reformDate}T00:00:00+07:00`) + 86_400_000
  const to = Math.min(Date.now() - 86_400_000, Date.parse('2025-11-30T00:00:00+07:00'))
  const d = new Date(from + Math.floor(random() * (to - from)) + 7 * 3_600_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+07:00`
}

export const CREATE_MUTATIONS: readonly CreateMutation[] = [
  {
    mutation: 'receiveIncomingReport',
    inputType: 'ReceiveIncomingReportInput',
    recordType: 'IncomingReport',
    input: (externalRef, random) => ({
      externalRef,
      kind: pick(random, ['DENUNCIATION', 'CRIME_REPORT', 'PROSECUTION_RECOMMENDATION']),
      channel: pick(random, ['IN_PERSON', 'POLICE_HOTLINE', 'ONLINE']),
      receivedAt: instantAfterReform(random),
      receivedByUnitCode: PROVINCE,
      unitCode: pick(random, COMMUNES_AFTER_REFORM),
    }),
    enumField: 'channel',
    instantField: 'receivedAt',
    unitField: 'unitCode',
    list: { field: 'incomingReports', filterType: 'IncomingReportFilter', filter: (period, unitCode) => ({ period, unitCode }) },
  },
  {
    mutation: 'acceptProcuracyFile',
    inputType: 'AcceptProcuracyFileInput',
    recordType: 'ProcuracyFile',
    input: (externalRef, random) => ({
      externalRef,
      caseId: randomUUID(),
      acceptedAt: instantAfterReform(random),
      unitCode: pick(random, COMMUNES_AFTER_REFORM),
      defendants: [personRef(`${externalRef}-1`), ...(random() < 0.5 ? [personRef(`${externalRef}-2`)] : [])],
    }),
    instantField: 'acceptedAt',
    unitField: 'unitCode',
    list: { field: 'procuracyFiles', filterType: 'ProcuracyFileFilter', filter: (period, unitCode) => ({ acceptedIn: period, unitCode }) },
  },
  {
    mutation: 'recordHotlineContact',
    inputType: 'RecordHotlineContactInput',
    recordType: 'HotlineContact',
    input: (externalRef, random) => ({
      externalRef,
      receivedAt: instantAfterReform(random),
      unitCode: pick(random, COMMUNES_AFTER_REFORM),
      channel: pick(random, ['PHONE', 'TEXT_MESSAGE']),
      concernsTrafficking: random() < 0.6,
    }),
    enumField: 'channel',
    instantField: 'receivedAt',
    unitField: 'unitCode',
    list: { field: 'hotlineContacts', filterType: 'HotlineContactFilter', filter: (period, unitCode) => ({ period, unitCode }) },
  },
  {
    mutation: 'recordBorderIncident',
    inputType: 'RecordBorderIncidentInput',
    recordType: 'BorderIncident',
    input: (externalRef, random) => ({
      externalRef,
      occurredAt: instantAfterReform(random),
      placeType: 'LAND_BORDER',
      incidentType: 'SUSPECTED_TRAFFICKING',
      unitCode: pick(random, BORDER_COMMUNES),
      otherCountry: pick(random, ['LA', 'CN', 'KH']),
      persons: [{ personRef: personRef(externalRef), role: 'PRESUMED_VICTIM' }],
    }),
    enumField: 'placeType',
    instantField: 'occurredAt',
    unitField: 'unitCode',
    list: { field: 'borderIncidents', filterType: 'BorderIncidentFilter', filter: (period, unitCode) => ({ period, unitCode }) },
  },
]

/** The agency that writes a create mutation's records (the one importing them, in the registry) and its subgraph. */
export function writerOf(m: CreateMutation): Agencies {
  const agency = AGENCY_REGISTRY.find((a) => a.imports.some((i) => i.mutation === m.mutation))
  if (!agency) throw new Error(`no agency imports ${m.mutation}`)
  return agency
}
export const subgraphOf = (m: CreateMutation): SubgraphName => writerOf(m).subgraph

export const createOperation = (m: CreateMutation, input: Record<string, unknown>): Operation => ({
  query: `mutation LoadCreate($input: ${m.inputType}!) { ${m.mutation}(input: $input) { id externalRef } }`,
  variables: { input },
})

export const INVALID_KINDS = ['bad enum', 'impossible date', 'future date', 'unit not in force'] as const
export type InvalidKind = (typeof INVALID_KINDS)[number]

/** The ways an input of `m` can be spoiled (an input without an enum cannot carry a bad one). */
export const invalidKindsOf = (m: CreateMutation): InvalidKind[] => INVALID_KINDS.filter((k) => k !== 'bad enum' || m.enumField)

/** A valid input spoiled one way (`kind`, else one at random): it must be refused with BAD_USER_INPUT and leave nothing. */
export function invalidInput(
  m: CreateMutation,
  externalRef: string,
  random: Random,
  kind: InvalidKind = pick(random, invalidKindsOf(m)),
): { kind: InvalidKind; input: Record<string, unknown> } {
  const input = m.input(externalRef, random)
  switch (kind) {
    case 'bad enum':
      return { kind, input: { ...input, [m.enumField!]: 'CARRIER_PIGEON' } }
    case 'impossible date':
      return { kind, input: { ...input, [m.instantField]: '2025-02-30T10:00:00+07:00' } }
    case 'future date':
      return { kind, input: { ...input, [m.instantField]: new Date(Date.now() + 400 * 86_400_000).toISOString() } }
    case 'unit not in force': {
      // a district abolished by the 2025 reform, on a date after it
      const district = UNITS.all().find((u) => u.level === 'DISTRICT' && u.validTo === UNITS.reformDate)!.code
      return { kind, input: { ...input, [m.unitField]: district } }
    }
  }
}

/** An officer's read of the agency's list: a period and a unit, the first page. */
export function listRead(m: CreateMutation, random: Random): Operation {
  const period = toPeriodInput(randomPeriod(random))
  const unitCode =
    random() < 0.5
      ? PROVINCE
      : pick(
          random,
          UNITS.all().filter((u) => u.parent === PROVINCE),
        ).code
  return {
    query: `query LoadList($filter: ${m.list.filterType}) { ${m.list.field}(first: 20, filter: $filter) { totalCount edges { node { id externalRef } } } }`,
    variables: { filter: m.list.filter(period, unitCode) },
  }
}
