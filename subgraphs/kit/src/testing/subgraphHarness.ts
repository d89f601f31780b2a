// A real subgraph for tests: a fresh migrated database, the subgraph's Prisma client with a SQL
// statement counter, and its Apollo Server executed in process (no mocks).
// biome-ignore-all lint/suspicious/noExplicitAny: test answers are GraphQL JSON of any shape, read by each test
import type { BaseContext } from '@apollo/server'
import type { IncomingMessage } from 'node:http'
import { byAgency, bySubgraph, type AgencyId, type SubgraphName } from '@lienthong/schema'
import { DEV_NETWORK_KEY, subgraphEnv, type DbProvider } from '../config.ts'
import type { SubgraphModule } from '../main.ts'
import { createTestDatabase } from './databases.ts'
import { statementCounter, type StatementCounter } from './statementCounter.ts'
import type { Identity } from '../identity/index.ts'

/** A provincial officer of each agency of the registry (`test-<agency>-officer`), with its declared purpose (victim-level reads need one). */
export const TEST_OFFICERS: Readonly<Record<AgencyId, Identity>> = byAgency(
  (a) =>
    ({
      sub: `test-${a.id}-officer`,
      agency: a.id,
      role: 'officer',
      unit: '99',
      purpose: a.officerPurpose,
    }) satisfies Identity,
)

/** The identity tests act as unless they say otherwise: an officer of the subgraph's first agency (for prosecutions, the procuracy). */
export const TEST_OFFICER_OF: Readonly<Record<SubgraphName, Identity>> = bySubgraph((_, [first]) => TEST_OFFICERS[first!.id])
/** The police officer (kept for tests written before every subgraph had its own default). */
export const TEST_OFFICER: Identity = TEST_OFFICERS.police

export interface GraphQLResult<T = any> {
  data?: T | null
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, any> }[]
}

export interface TestSubgraph<P> extends AsyncDisposable {
  db: P
  statements: StatementCounter
  /** Runs an operation in process as `identity` (default: a provincial officer of the owning agency). */
  execute: <T = any>(query: string, variables?: Record<string, unknown>, identity?: Identity) => Promise<GraphQLResult<T>>
  stop: () => Promise<void>
}

export async function startTestSubgraph<Ctx extends BaseContext, P extends { $disconnect(): Promise<void> }>(
  subgraph: SubgraphModule<Ctx, P>,
  provider: DbProvider,
): Promise<TestSubgraph<P>> {
  const database = await createTestDatabase(subgraph.dir, provider)
  const statements = statementCounter()
  const db = subgraph.createPrisma(database.db, { onStatement: statements.record })
  const server = subgraph.createServer()
  await server.start()
  const context = subgraph.createContext(db, subgraphEnv({}))
  const stop = async () => {
    await server.stop()
    await db.$disconnect()
    await database.drop()
  }
  return {
    db,
    statements,
    stop,
    [Symbol.asyncDispose]: stop,
    execute: async (query, variables, identity = TEST_OFFICER_OF[subgraph.name as SubgraphName] ?? TEST_OFFICER) => {
      const res = await server.executeOperation({ query, variables }, { contextValue: await context({ headers: {} } as IncomingMessage, identity) })
      if (res.body.kind !== 'single') throw new Error('incremental delivery is not used by this network')
      return res.body.singleResult as GraphQLResult
    },
  }
}

/** A test subgraph holding the demo data (seeded under the development network key, as the demo world the tests compare with). */
export async function startSeededSubgraph<Ctx extends BaseContext, P extends { $disconnect(): Promise<void> }>(
  subgraph: SubgraphModule<Ctx, P>,
  provider: DbProvider,
): Promise<TestSubgraph<P>> {
  if (!subgraph.seedDemo) throw new Error(`the ${subgraph.name} subgraph has no demo seed`)
  const sg = await startTestSubgraph(subgraph, provider)
  try {
    await subgraph.seedDemo(sg.db, DEV_NETWORK_KEY)
  } catch (e) {
    await sg.stop()
    throw e
  }
  return sg
}
