// One subgraph's definition turned into what its entry point, tests, launcher and demo seed use:
// each subgraph's src/server.ts and prisma/seed.ts give only their own parts.
import type { BaseContext } from '@apollo/server'
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js'
import { fileURLToPath } from 'node:url'
import type { GraphQLSchema } from 'graphql'
import { agenciesOf, reportingSectionsOf } from '@lienthong/schema'
import type { AccessPolicy } from './authz/guard.ts'
import { createSubgraphServer, subgraphSchema, type SubgraphDefinition } from './server.ts'
import type { SubgraphModule } from './main.ts'
import { piiKey, subgraphConfig, type DatabaseConfig, type SubgraphEnv, type SubgraphName } from './config.ts'
import type { Identity } from './identity/index.ts'
import { seedDemoReports, type SubmissionDb } from './reporting/index.ts'

/** A subgraph's own access policy: what the agency registry does not already say (its writers, its audit-log field). */
export type SubgraphAccess = Omit<AccessPolicy, 'writers' | 'auditFields'>

/** What only a subgraph can say about itself (its src/server.ts): its modules, its health check, its access policy. */
export interface SubgraphParts<Ctx extends BaseContext, P extends { $disconnect(): Promise<void> }> {
  /** The subgraph's resolver map (typed by its codegen), request context, database client and demo seed. */
  parts: {
    resolvers: object
    createContext: SubgraphModule<Ctx, P>['createContext']
    createDb: SubgraphModule<Ctx, P>['createPrisma']
    seedDemo?: SubgraphModule<Ctx, P>['seedDemo']
  }
  /** Cheap database round trip for /health. */
  ping: (db: P) => Promise<unknown>
  /** Who may read, write and see what (NET-7): enforced on the schema, not per resolver. */
  access: SubgraphAccess
}

/**
 * The access policy of a subgraph: its own part, and from the agency registry its writers (the
 * officers and supervisors of its agencies) and its audit-log field (auditors only).
 */
export function accessPolicyOf(name: SubgraphName, access: SubgraphAccess): AccessPolicy {
  const agencies = agenciesOf(name)
  return { ...access, writers: agencies.map((a) => a.id), auditFields: [...new Set(agencies.map((a) => a.auditLogField))] }
}

/**
 * The server, the schema it serves (to run operations in-process) and the module `runSubgraph` and
 * the tests start, from the subgraph's name, the `import.meta.url` of its src/server.ts (its folder,
 * holding schema.graphql and prisma/, is the one above) and its own parts.
 */
export function defineSubgraph<Ctx extends BaseContext, P extends { $disconnect(): Promise<void> }>(
  name: SubgraphName,
  serverUrl: string,
  own: SubgraphParts<Ctx, P>,
) {
  const dir = fileURLToPath(new URL('..', serverUrl))
  const { resolvers, createDb, ...parts } = own.parts
  const access = accessPolicyOf(name, own.access)
  const definition = (): SubgraphDefinition<Ctx> => ({ service: name, dir, resolvers: resolvers as GraphQLResolverMap<Ctx>, access })
  const createServer = () => createSubgraphServer<Ctx>(definition())
  const createSchema = (): GraphQLSchema => subgraphSchema<Ctx>(definition())
  const subgraph: SubgraphModule<Ctx, P> = { name, dir, createPrisma: createDb, ping: own.ping, ...parts, createServer }
  return { SUBGRAPH_DIR: dir, access, createServer, createSchema, subgraph }
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
