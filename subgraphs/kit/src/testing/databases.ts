// Fresh databases for tests: a temporary SQLite file, or a PostgreSQL database created for the
// run and dropped after it. Both hold the subgraph's committed migrations, copied from a template
// migrated once with `migrate deploy` (./migratedTemplates.ts).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { DatabaseConfig, DbProvider } from '../config.ts'
import { adminQuery as serverQuery, copyMigratedSqlite, createMigratedPostgres } from './migratedTemplates.ts'

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
 * Providers the suite runs on: SQLite always; PostgreSQL when reachable (or those LT_TEST_PROVIDERS lists). With CI=true an
 * unreachable PostgreSQL fails the run instead of being skipped.
 */
export function testProviders(): Promise<DbProvider[]> {
  // LT_TEST_PROVIDERS=postgresql narrows a run to one provider (the Hive Gateway run: production's database)
  const only = process.env.LT_TEST_PROVIDERS?.split(',').filter((p): p is DbProvider => p === 'sqlite' || p === 'postgresql')
  providers ??= postgresReachable().then((up) => {
    if (only?.length) {
      if (only.includes('postgresql') && !up) throw new Error(`PostgreSQL is not reachable at ${new URL(PG_SERVER_URL).host}: LT_TEST_PROVIDERS asks for it`)
      return only
    }
    if (up) return ['sqlite', 'postgresql']
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is not reachable at ${new URL(PG_SERVER_URL).host}: CI runs every test on PostgreSQL too`)
    console.warn(`[tests] PostgreSQL not reachable at ${new URL(PG_SERVER_URL).host}: running on SQLite only`)
    return ['sqlite']
  })
  return providers
}

const adminQuery = (sql: string) => serverQuery(PG_SERVER_URL, sql).then(() => undefined)

export interface TestDatabase extends AsyncDisposable {
  db: DatabaseConfig
  drop: () => Promise<void>
}

/** Creates a database of `provider` holding the migrations of the subgraph in `subgraphDir` (a copy of its migrated template). */
export async function createTestDatabase(subgraphDir: string, provider: DbProvider): Promise<TestDatabase> {
  const tag = `${path.basename(subgraphDir)}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  let db: DatabaseConfig
  let drop: () => Promise<void>
  if (provider === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'lienthong-test-'))
    const file = path.join(dir, `${tag}.db`)
    db = { provider, url: `file:${file}` }
    drop = async () => rmSync(dir, { recursive: true, force: true })
    try {
      await copyMigratedSqlite(subgraphDir, file)
    } catch (e) {
      await drop()
      throw e
    }
  } else {
    const name = `lt_test_${tag}`
    await createMigratedPostgres(PG_SERVER_URL, subgraphDir, name)
    const u = new URL(PG_SERVER_URL)
    u.pathname = `/${name}`
    db = { provider, url: u.toString() }
    drop = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  }
  return { db, drop, [Symbol.asyncDispose]: drop }
}
