// Reading a test subgraph from a describe block: one subgraph started (empty, prepared, or holding
// the demo seed) before the block's tests and stopped after them, and every page of a cursor
// connection asked in turn.
// biome-ignore-all lint/suspicious/noExplicitAny: connection edges are GraphQL JSON of any shape, read by each test
import type { BaseContext } from '@apollo/server'
import type { DbProvider } from '../config.ts'
import type { SubgraphModule } from '../main.ts'
import { startSeededSubgraph, startTestSubgraph, type GraphQLResult, type TestSubgraph } from './subgraphHarness.ts'

/** Vitest's hooks, loaded only inside a test run (the benches import this package through tsx, where importing vitest throws). */
const vitest = process.env.VITEST ? await import('vitest') : undefined

/** Fails the test when a GraphQL answer has errors (naming `what` was asked). */
export function withoutErrors<T extends GraphQLResult>(r: T, what: string): T {
  if (r.errors !== undefined) throw new Error(`${what} answered errors: ${JSON.stringify(r.errors)}`)
  return r
}

/**
 * The subgraph started by `start` in the enclosing describe block's `beforeAll` (then `prepare`,
 * within `timeout`) and stopped in its `afterAll`; read it inside the tests only.
 */
function subgraphOfBlock<P>(start: () => Promise<TestSubgraph<P>>, prepare?: (sg: TestSubgraph<P>) => Promise<void>, timeout?: number): TestSubgraph<P> {
  if (!vitest) throw new Error('a subgraph for a describe block needs a vitest run')
  let started: TestSubgraph<P> | undefined
  vitest.beforeAll(async () => {
    started = await start()
    await prepare?.(started)
  }, timeout)
  vitest.afterAll(() => started?.stop())
  const sg = () => {
    if (!started) throw new Error('the test subgraph starts before the tests of its describe block: read it inside a test')
    return started
  }
  return {
    get db() {
      return sg().db
    },
    get statements() {
      return sg().statements
    },
    execute: (query, variables, identity) => sg().execute(query, variables, identity),
    stop: () => sg().stop(),
    [Symbol.asyncDispose]: () => sg().stop(),
  }
}

/** A subgraph holding the demo seed for the tests of the enclosing describe block (on `provider`). */
export function seededSubgraphForBlock<Ctx extends BaseContext, P extends { $disconnect(): Promise<void> }>(
  subgraph: SubgraphModule<Ctx, P>,
  provider: DbProvider,
): TestSubgraph<P> {
  return subgraphOfBlock(() => startSeededSubgraph(subgraph, provider))
}

/** An empty subgraph for the tests of the enclosing describe block, with what `prepare` writes first. */
export function testSubgraphForBlock<Ctx extends BaseContext, P extends { $disconnect(): Promise<void> }>(
  subgraph: SubgraphModule<Ctx, P>,
  provider: DbProvider,
  prepare?: (sg: TestSubgraph<P>) => Promise<void>,
  timeout?: number,
): TestSubgraph<P> {
  return subgraphOfBlock(() => startTestSubgraph(subgraph, provider), prepare, timeout)
}

/** Every page of a cursor connection, in order, and the total count the last page gave. */
export interface ConnectionPages {
  /** The edges of each page (as selected by `edges`). */
  pages: any[][]
  totalCount: number
}

/**
 * Asks the connection `field` `first` edges at a time, following `endCursor` until no next page;
 * each page must answer without errors. `edges` is the edge selection (e.g. `node { externalRef }`).
 */
export async function connectionPages(sg: Pick<TestSubgraph<unknown>, 'execute'>, field: string, first: number, edges: string): Promise<ConnectionPages> {
  const query = `query($after: String) { ${field}(first: ${first}, after: $after) { totalCount edges { ${edges} } pageInfo { hasNextPage endCursor } } }`
  const pages: any[][] = []
  let after: string | null = null
  for (;;) {
    const r: GraphQLResult = withoutErrors(await sg.execute(query, { after }), `${field} after ${after}`)
    const connection: any = r.data[field]
    pages.push(connection.edges)
    if (!connection.pageInfo.hasNextPage) return { pages, totalCount: connection.totalCount }
    after = connection.pageInfo.endCursor
  }
}

/** What is wrong with an answer that must refuse its input as BAD_USER_INPUT naming `field` (none: an empty list). */
export function refusalProblems(r: GraphQLResult, field: string, what: string): string[] {
  const extensions = r.errors?.[0]?.extensions
  return extensions?.code === 'BAD_USER_INPUT' && extensions.field === field
    ? []
    : [`${what}: not refused as BAD_USER_INPUT naming ${field} (answered ${JSON.stringify(r.errors ?? r.data)})`]
}

/** What is wrong with how a list query (its filter the variable `$f`) refuses a period that does not exist and an unknown unit. */
export async function badFilterProblems(sg: Pick<TestSubgraph<unknown>, 'execute'>, query: string): Promise<string[]> {
  const refusals = [
    { f: { period: { kind: 'QUARTER', year: 2024, index: 5 } }, field: 'filter.period.index' },
    { f: { unitCode: '12345' }, field: 'filter.unitCode' },
  ]
  const problems: string[] = []
  for (const { f, field } of refusals) problems.push(...refusalProblems(await sg.execute(query, { f }), field, JSON.stringify(f)))
  return problems
}
