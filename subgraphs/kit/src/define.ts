// One subgraph's definition turned into what its entry point, tests, launcher and demo seed use:
// each subgraph's src/server.ts and prisma/seed.ts give only their own parts.
import type { BaseContext } from '@apollo/server'
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js'
import type { GraphQLSchema } from 'graphql'
import { reportingSectionsOf } from '@lienthong/schema'
import { createSubgraphServer, subgraphSchema, type SubgraphDefinition } from './server.ts'
import type { SubgraphModule } from './main.ts'
import { piiKey, subgraphConfig, type DatabaseConfig, type SubgraphEnv, type SubgraphName } from './config.ts'
import type { Identity } from './identity/index.ts'
import { seedDemoReports, type SubmissionDb } from './reporting/index.ts'

export interface SubgraphParts<Ctx extends BaseContext, P extends { $disconnect(): Promise<void> }> extends Omit<SubgraphModule<Ctx, P>, 'createServer'> {
  resolvers: GraphQLResolverMap<Ctx>
  /** Who may read, write and see what (NET-7): enforced on the schema, not per resolver. */
  access: SubgraphDefinition<Ctx>['access']
}

/** The server, the schema it serves (to run operations in-process) and the module `runSubgraph` and the tests start. */
export function defineSubgraph<Ctx extends BaseContext, P extends { $disconnect(): Promise<void> }>(parts: SubgraphParts<Ctx, P>) {
  const { resolvers, access, ...module } = parts
  const definition = (): SubgraphDefinition<Ctx> => ({ dir: parts.dir, resolvers, access })
  const createServer = () => createSubgraphServer<Ctx>(definition())
  const createSchema = (): GraphQLSchema => subgraphSchema<Ctx>(definition())
  const subgraph: SubgraphModule<Ctx, P> = { ...module, createServer }
  return { createServer, createSchema, subgraph }
}

export interface DemoReportsOf<P> {
  name: SubgraphName
  createContext: (db: P, env: SubgraphEnv) => (req: undefined, caller: Identity) => Promise<unknown>
  /** The served schema (imported when needed: the server module imports the seed). */
  schema: () => Promise<GraphQLSchema>
}

/** The demo's periodic reports of every agency the subgraph reports for, frozen from its data through the served schema (reporting/demoReports.ts). */
export async function seedSubgraphReports<P>(db: P, networkKey: string, o: DemoReportsOf<P>): Promise<number> {
  const schema = await o.schema()
  const context = o.createContext(db, { networkKey, piiKey: piiKey(), production: false })
  return seedDemoReports(db as unknown as SubmissionDb, { schema, context: (caller) => context(undefined, caller), agencies: reportingSectionsOf(o.name) })
}

/** `npm run seed`: the demo into the configured database, its counts printed, then disconnected. */
export async function runSeed<P extends { $disconnect(): Promise<void> }>(
  name: SubgraphName,
  createDb: (db: DatabaseConfig) => P,
  seedDemo: (db: P, networkKey: string) => Promise<unknown>,
): Promise<void> {
  const config = subgraphConfig(name)
  const db = createDb(config.database)
  console.log(`[${name}] seeded`, await seedDemo(db, config.networkKey))
  await db.$disconnect()
}
