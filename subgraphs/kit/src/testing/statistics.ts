// What the statistics tests of every subgraph share: instants on period boundaries (Vietnam
// time), the periods they ask with their bounds written out here (independently of the code under
// test), writing a test plan through a subgraph's mutations, and asking ProvincialStatistics.
// biome-ignore-all lint/suspicious/noExplicitAny: answers are GraphQL JSON of any shape, read by each test
import type { Identity } from '../identity/index.ts'
import type { TestSubgraph } from './subgraphHarness.ts'
import { refusalProblems, withoutErrors } from './queries.ts'

/** An instant written in Vietnam time, `YYYY-MM-DDTHH:mm:ss` (UTC+07:00, no daylight saving). */
export const vnTime = (s: string) => new Date(`${s}+07:00`)
export const DAY_MS = 86_400_000
/** The 2025 reform (communes merged): 1 July 2025, Vietnam midnight. */
export const REFORM_AT = vnTime('2025-07-01T00:00:00')

/** Instants on both sides of quarter, half-year, year and reform boundaries (Vietnam time). */
export const BOUNDARY_INSTANTS: readonly Date[] = [
  '2024-06-30T23:30:00',
  '2024-07-01T00:00:00',
  '2024-08-15T10:00:00',
  '2024-09-30T23:59:00',
  '2024-10-01T00:00:00',
  '2024-12-31T22:00:00',
  '2025-01-01T00:00:00',
  '2025-03-10T08:00:00',
  '2025-06-30T23:00:00',
  '2025-07-01T00:00:00',
  '2025-07-01T09:00:00',
  '2025-09-05T12:00:00',
  '2025-12-31T23:59:00',
].map(vnTime)
/** Days from a record to a follow-up of it (some cross a period, some a year). */
export const FOLLOW_UP_DAYS: readonly number[] = [0.5, 3, 20, 45, 100, 200]
/** Writes refuse future instants: test plans date nothing later than this (ms). */
export const LATEST_WRITE = vnTime('2026-06-01T00:00:00').getTime()

/** A period argument of `provincialStatistics` (PeriodInput). */
export type TestPeriodInput =
  | { kind: 'YEAR'; year: number }
  | { kind: 'HALF_YEAR' | 'QUARTER' | 'MONTH'; year: number; index: number }
  | { kind: 'CUSTOM'; from: string; to: string }

const vnMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000)
const day = (s: string) => s.split('-').map(Number) as [number, number, number]

/** A period as the tests know it: its code and its bounds [start, end) at Vietnam midnight. */
export function testPeriod(period: TestPeriodInput): { period: TestPeriodInput; periodCode: string; start: Date; end: Date } {
  if (period.kind === 'CUSTOM') {
    const [y, m, d] = day(period.to)
    return { period, periodCode: `${period.from}..${period.to}`, start: vnMidnight(...day(period.from)), end: vnMidnight(y, m, d + 1) }
  }
  const { year } = period
  if (period.kind === 'YEAR') return { period, periodCode: `${year}`, start: vnMidnight(year, 1, 1), end: vnMidnight(year + 1, 1, 1) }
  const months = { HALF_YEAR: 6, QUARTER: 3, MONTH: 1 }[period.kind]
  const first = (period.index - 1) * months + 1
  const code = { HALF_YEAR: `H${period.index}`, QUARTER: `Q${period.index}`, MONTH: `M${String(period.index).padStart(2, '0')}` }[period.kind]
  return { period, periodCode: `${year}-${code}`, start: vnMidnight(year, first, 1), end: vnMidnight(year, first + months, 1) }
}

/** A named scope of a statistics test: the period (code and bounds), the unit asked, and the communes it covers. */
export const testScope = <C>(name: string, period: TestPeriodInput, unitCode: string, communes: C) => ({ name, ...testPeriod(period), unitCode, communes })

/** A GraphQL executor answering `data` (and failing the test on errors). */
export type DataExec = (query: string, variables: Record<string, unknown>) => Promise<any>

/** An executor of `sg` (as `identity`, else its default officer) answering `data`; any error fails the test. */
export function dataExec(sg: Pick<TestSubgraph<unknown>, 'execute'>, identity?: Identity): DataExec {
  return async (query, variables) => withoutErrors(await sg.execute(query, variables, identity), query).data
}

/** The mutation `name` (its input type named `<Name>Input`) answering `selection`. */
export function mutationText(name: string, selection = 'id'): string {
  return `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} } }`
}

/** Runs the mutation `name` with `input`; its answer (the written record's `selection`, its id by default). */
export async function mutate(exec: DataExec, name: string, input: Record<string, unknown>, selection = 'id'): Promise<any> {
  return (await exec(mutationText(name, selection), { input }))[name]
}

/** The key of a ProvincialStatistics entity. */
export interface StatisticsKey {
  periodCode: string
  unitCode: string
}

/** The `_entities` query of ProvincialStatistics, selecting `selection`. */
export const statisticsEntitiesQuery = (selection: string) =>
  `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProvincialStatistics { ${selection} } } }`

/** The variables of `statisticsEntitiesQuery` for these keys. */
export const statisticsRepresentations = (keys: readonly StatisticsKey[]) => ({
  reps: keys.map(({ periodCode, unitCode }) => ({ __typename: 'ProvincialStatistics', periodCode, unitCode })),
})

/** The ProvincialStatistics entities of `sg` selecting `selection`: the query, and `ask` answering the entities of some keys in order. */
export function statisticsEntities(sg: Pick<TestSubgraph<unknown>, 'execute'>, selection: string) {
  const query = statisticsEntitiesQuery(selection)
  return { query, ask: async (keys: readonly StatisticsKey[]): Promise<any[]> => (await dataExec(sg)(query, statisticsRepresentations(keys)))._entities }
}

/** A key that must be refused, and the field the refusal names. */
export interface KeyRefusal {
  key: StatisticsKey
  field: 'periodCode' | 'unitCode'
}
/** A period code that is none ('2025-Q9'), then a unit the register does not know ('77777'). */
export const BAD_STATISTICS_KEYS: readonly KeyRefusal[] = [
  { key: { periodCode: '2025-Q9', unitCode: '99' }, field: 'periodCode' },
  { key: { periodCode: '2025', unitCode: '77777' }, field: 'unitCode' },
]

/** What is wrong with how `query` (a `statisticsEntitiesQuery`) refuses each bad key, asked one at a time (none: an empty list). */
export async function badKeyProblems(sg: Pick<TestSubgraph<unknown>, 'execute'>, query: string, refusals = BAD_STATISTICS_KEYS): Promise<string[]> {
  const problems: string[] = []
  for (const { key, field } of refusals)
    problems.push(...refusalProblems(await sg.execute(query, statisticsRepresentations([key])), field, `${key.periodCode} / ${key.unitCode}`))
  return problems
}

/** Runs `work` with the statistics cache off (LT_STATISTICS_CACHE=off), then puts the setting back. */
export async function withStatisticsCacheOff<T>(work: () => Promise<T>): Promise<T> {
  const cache = process.env.LT_STATISTICS_CACHE
  process.env.LT_STATISTICS_CACHE = 'off'
  try {
    return await work()
  } finally {
    if (cache === undefined) delete process.env.LT_STATISTICS_CACHE
    else process.env.LT_STATISTICS_CACHE = cache
  }
}

/**
 * The SQL statements the subgraph sends while `ask` runs, and what it answered — counted with the
 * statistics cache off, so that it is the cost of counting (a cached answer costs one statement).
 */
export function statementsWhile<T>(sg: Pick<TestSubgraph<unknown>, 'statements'>, ask: () => Promise<T>): Promise<{ count: number; answer: T }> {
  return withStatisticsCacheOff(async () => {
    sg.statements.reset()
    const answer = await ask()
    return { count: sg.statements.count, answer }
  })
}

/** The statements `ask` costs before and after `grow` writes more records (cache off), and what it answers after. */
export async function statementsBeforeAndAfter<T>(
  sg: Pick<TestSubgraph<unknown>, 'statements'>,
  ask: () => Promise<T>,
  grow: () => Promise<void>,
): Promise<{ before: number; after: number; answer: T }> {
  const { count: before } = await statementsWhile(sg, ask)
  await grow()
  const { count: after, answer } = await statementsWhile(sg, ask)
  return { before, after, answer }
}
