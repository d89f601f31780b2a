// Fresh databases for tests: a temporary SQLite file, or a PostgreSQL database created for the
// run and dropped after it. Both get the subgraph's committed migrations via `migrate deploy`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { DatabaseConfig, DbProvider } from '../config.ts'
import { migrateDeploy } from '../prisma/migrate.ts'

/** Server used for PostgreSQL tests (a role that may create databases). */
export const PG_SERVER_URL = process.env.PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

export async function postgresReachable(url = PG_SERVER_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

let providers: Promise<DbProvider[]> | undefined
/**
 * Providers the suite runs on: SQLite always; PostgreSQL when reachable. With CI=true an
 * unreachable PostgreSQL fails the run instead of being skipped.
 */
export function testProviders(): Promise<DbProvider[]> {
  providers ??= postgresReachable().then((up) => {
    if (up) return ['sqlite', 'postgresql']
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is not reachable at ${new URL(PG_SERVER_URL).host}: CI runs every test on PostgreSQL too`)
    console.warn(`[tests] PostgreSQL not reachable at ${new URL(PG_SERVER_URL).host}: running on SQLite only`)
    return ['sqlite']
  })
  return providers
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_SERVER_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export interface TestDatabase extends AsyncDisposable {
  db: DatabaseConfig
  drop: () => Promise<void>
}

/** Creates an empty database of `provider`, applies the migrations of the subgraph in `subgraphDir`. */
export async function createTestDatabase(subgraphDir: string, provider: DbProvider): Promise<TestDatabase> {
  const tag = `${path.basename(subgraphDir)}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  let db: DatabaseConfig
  let drop: () => Promise<void>
  if (provider === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'lienthong-test-'))
    db = { provider, url: `file:${path.join(dir, `${tag}.db`)}` }
    drop = async () => rmSync(dir, { recursive: true, force: true })
  } else {
    const name = `lt_test_${tag}`
    await adminQuery(`CREATE DATABASE "${name}"`)
    const u = new URL(PG_SERVER_URL)
    u.pathname = `/${name}`
    db = { provider, url: u.toString() }
    drop = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  }
  try {
    await migrateDeploy(subgraphDir, db)
  } catch (e) {
    await drop()
    throw e
  }
  return { db, drop, [Symbol.asyncDispose]: drop }
}
