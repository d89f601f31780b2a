// The Prisma client factory: one client per process, over a driver adapter (no native engine).
// Each subgraph passes its own generated client classes; the SQLite client's type is the one
// the code is written against (both are generated from the same model).
import { PrismaLibSQL } from '@prisma/adapter-libsql'
import { PrismaPg } from '@prisma/adapter-pg'
import type { DatabaseConfig } from '../config.ts'
import { connectTimeoutMs } from './unavailable.ts'

// biome-ignore lint/suspicious/noExplicitAny: each subgraph's generated PrismaClient class, whatever its models
type AnyAdapter = Record<string, any>
export interface ClientClasses<C> {
  sqlite: new (options: {
    // biome-ignore lint/suspicious/noExplicitAny: each subgraph's generated PrismaClient class, whatever its models
    adapter: any
  }) => C
  postgresql: new (options: {
    // biome-ignore lint/suspicious/noExplicitAny: each subgraph's generated PrismaClient class, whatever its models
    adapter: any
  }) => unknown
}
export interface PrismaOptions {
  /** Called with every SQL statement sent (tests count them; never log their parameters). */
  onStatement?: (sql: string) => void
}

function observed(adapter: AnyAdapter, onStatement: (sql: string) => void): AnyAdapter {
  for (const method of ['queryRaw', 'executeRaw'] as const) {
    const original = adapter[method].bind(adapter)
    adapter[method] = (q: { sql: string }) => {
      onStatement(q.sql)
      return original(q)
    }
  }
  if (adapter.startTransaction) {
    const start = adapter.startTransaction.bind(adapter)
    adapter.startTransaction = async (...x: unknown[]) => observed(await start(...x), onStatement)
  }
  return adapter
}

export function createDriverAdapter(db: DatabaseConfig, options: PrismaOptions = {}) {
  // a dead PostgreSQL costs LT_DB_CONNECT_TIMEOUT_MS (connecting, or waiting for a pooled
  // connection), not the gateway's timeout; broken connections leave the pool and the next
  // request opens new ones (prisma/unavailable.ts)
  const factory: AnyAdapter =
    db.provider === 'postgresql'
      ? new PrismaPg({ connectionString: db.url, max: 10, connectionTimeoutMillis: connectTimeoutMs(), keepAlive: true })
      : new PrismaLibSQL({ url: db.url })
  if (options.onStatement) {
    const connect = factory.connect.bind(factory)
    const notify = options.onStatement
    factory.connect = async () => observed(await connect(), notify)
  }
  return factory
}

export function createPrismaClient<C>(db: DatabaseConfig, classes: ClientClasses<C>, options: PrismaOptions = {}): C {
  const adapter = createDriverAdapter(db, options)
  const Client = db.provider === 'postgresql' ? classes.postgresql : classes.sqlite
  return new Client({ adapter }) as C
}
