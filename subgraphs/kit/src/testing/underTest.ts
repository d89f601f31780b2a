// The subgraph a test file works on: started before its tests (fresh database, optionally the demo
// data and a fixture of the file's own), stopped after them, and the few calls every write and
// access test makes — an operation that must succeed, a mutation's answer, the problem a refusal names.
// biome-ignore-all lint/suspicious/noExplicitAny: answers are GraphQL JSON of any shape, read by each test
import type { BaseContext } from '@apollo/server'
import type { DbProvider } from '../config.ts'
import type { Identity } from '../identity/index.ts'
import type { SubgraphModule } from '../main.ts'
import { startSeededSubgraph, startTestSubgraph, type GraphQLResult, type TestSubgraph } from './subgraphHarness.ts'

/** Vitest, loaded only inside a test run (benches import this package through tsx, where importing vitest throws). */
const vitest = process.env.VITEST ? await import('vitest') : undefined

export interface SubgraphUnderTest<P> {
  /** The subgraph's Prisma client (read after `beforeAll`). */
  readonly db: P
  readonly statements: TestSubgraph<P>['statements']
  /** Runs an operation as `identity` (default: an officer of the owning agency), errors and all. */
  execute: TestSubgraph<P>['execute']
  /** Runs an operation that must succeed; answers its data. */
  ok: (query: string, variables?: Record<string, unknown>, identity?: Identity) => Promise<any>
  /** Runs `mutation($input: …)` with `input`, which must succeed; answers the value of its root field. */
  mutate: (mutation: string, input: unknown, identity?: Identity) => Promise<any>
}

export interface UnderTestOptions<P> {
  /** Starts from the demo data (seeded under the development network key). */
  seeded?: boolean
  /** The file's own records, written once before its tests. */
  setup?: (sg: SubgraphUnderTest<P>) => Promise<void>
}

/** Registers the start and stop of `subgraph` on `provider` around the tests of the enclosing describe block. */
export function subgraphUnderTest<Ctx extends BaseContext, P extends { $disconnect(): Promise<void> }>(
  subgraph: SubgraphModule<Ctx, P>,
  provider: DbProvider,
  options: UnderTestOptions<P> = {},
): SubgraphUnderTest<P> {
  let started: TestSubgraph<P> | undefined
  const current = () => {
    if (!started) throw new Error(`the ${subgraph.name} subgraph under test is started in beforeAll`)
    return started
  }
  const sg: SubgraphUnderTest<P> = {
    get db() {
      return current().db
    },
    get statements() {
      return current().statements
    },
    execute: (query, variables, identity) => current().execute(query, variables, identity),
    ok: async (query, variables, identity) => {
      const r = await current().execute(query, variables, identity)
      vitest!.expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
      return r.data
    },
    mutate: async (mutation, input, identity) => Object.values((await sg.ok(mutation, { input }, identity)) as object)[0],
  }
  if (!vitest) throw new Error('a subgraph under test needs a vitest run')
  vitest.beforeAll(async () => {
    started = await (options.seeded ? startSeededSubgraph : startTestSubgraph)(subgraph, provider)
    await options.setup?.(sg)
  })
  vitest.afterAll(() => started?.stop())
  return sg
}

/** The code and the field a refused operation names (its first error). */
export const problemOf = (r: GraphQLResult) => ({ code: r.errors?.[0]?.extensions?.code, field: r.errors?.[0]?.extensions?.field })
