// The entry every subgraph's src/index.ts calls: read config, migrate, optionally seed the demo
// data, serve, and stop cleanly on SIGTERM or Ctrl-C (shutdown.ts). Bad configuration, a port in use, an unreachable
// database or a failed migration is one line and exit code 1.
import type { IncomingMessage } from 'node:http'
import type { ApolloServer, BaseContext } from '@apollo/server'
import { ConfigError, subgraphConfig, type DatabaseConfig, type SubgraphEnv, type SubgraphName } from './config.ts'
import { migrateDeploy, MigrationError } from './prisma/migrate.ts'
import { assertDatabaseReachable, assertPortFree } from './prisma/reachable.ts'
import { serveSubgraph } from './server.ts'
import { subgraphSecretFrom, type Identity } from './identity/index.ts'
import type { PrismaOptions } from './prisma/client.ts'
import { createLogger } from './logging/logger.ts'
import { stopOnSignals } from './shutdown.ts'
import { shutdownGraceMs } from './http.ts'
import { connectTimeoutMs } from './prisma/unavailable.ts'

export interface SubgraphModule<Ctx extends BaseContext, P extends { $disconnect(): Promise<void> }> {
  name: SubgraphName
  dir: string
  createPrisma: (db: DatabaseConfig, options?: PrismaOptions) => P
  createServer: () => ApolloServer<Ctx>
  createContext: (prisma: P, env: SubgraphEnv) => (req: IncomingMessage, identity: Identity) => Promise<Ctx>
  ping: (prisma: P) => Promise<unknown>
  /** Seeds the demo data when LT_SEED_DEMO=1 (skips what is already there). */
  seedDemo?: (prisma: P, networkKey: string) => Promise<unknown>
}

export async function runSubgraph<Ctx extends BaseContext, P extends { $disconnect(): Promise<void> }>(m: SubgraphModule<Ctx, P>): Promise<void> {
  try {
    const config = subgraphConfig(m.name)
    const logger = createLogger({ service: m.name }) // LT_LOG_LEVEL checked before anything starts
    connectTimeoutMs() // and LT_DB_CONNECT_TIMEOUT_MS, LT_SHUTDOWN_GRACE_MS
    shutdownGraceMs()
    // the causes that need no migration to find are told in seconds, before migrating or seeding
    await assertPortFree(config.host, config.port, `${m.name.toUpperCase()}_PORT`)
    await assertDatabaseReachable(config.database)
    await migrateDeploy(m.dir, config.database)
    const prisma = m.createPrisma(config.database)
    if (process.env.LT_SEED_DEMO === '1' && m.seedDemo) await m.seedDemo(prisma, config.networkKey)
    const subgraphSecret = subgraphSecretFrom(m.name)
    const http = await serveSubgraph({
      config,
      subgraphSecret,
      server: m.createServer(),
      context: m.createContext(prisma, config),
      ping: () => m.ping(prisma),
      logger,
    })
    // the start-up line stays plain text (npm start waits for it); requests are logged as JSON lines
    console.log(`[${m.name}] ready at ${http.url} (${config.database.provider})`)
    stopOnSignals(m.name, http, () => prisma.$disconnect())
  } catch (e) {
    if (e instanceof ConfigError || e instanceof MigrationError) {
      console.error(`✖ ${m.name}: ${e.message}`)
      process.exit(1)
    }
    throw e
  }
}
