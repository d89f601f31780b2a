// The `border` subgraph as one definition: entry point (index.ts), tests and the network
// launcher all build it from here.
import { fileURLToPath } from 'node:url'
import { createSubgraphServer, type SubgraphModule } from '@lienthong/kit'
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js'
import { resolvers } from './resolvers/index.ts'
import { createContext, type Context } from './context.ts'
import { createDb, type Db } from './db.ts'
import { seedDemo } from '../prisma/seed.ts'

/** Folder of this subgraph (schema.graphql, prisma/). */
export const SUBGRAPH_DIR = fileURLToPath(new URL('..', import.meta.url))

export function createServer() {
  return createSubgraphServer<Context>({ dir: SUBGRAPH_DIR, resolvers: resolvers as GraphQLResolverMap<Context> })
}

export const subgraph: SubgraphModule<Context, Db> = {
  name: 'border',
  dir: SUBGRAPH_DIR,
  createPrisma: createDb,
  createServer,
  createContext,
  ping: (db) => db.borderIncident.count({ take: 1 }),
  seedDemo,
}
