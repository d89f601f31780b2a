// Migrated databases to copy from. `prisma migrate deploy` runs in a Node process of its own
// (about 4 s of CPU per database) and a test run creates hundreds of databases, so each subgraph's
// migrations are applied once per provider — into a template named by a hash of the committed
// migration files, so a new or changed migration makes a new template — and every test database
// is a copy: a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL. Concurrent test
// workers race safely: the first to finish its template renames it into place, the others use it.
import { createHash, randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { DbProvider } from '../config.ts'
import { migrateDeploy } from '../prisma/migrate.ts'

const hashes = new Map<string, string>()

/** A hash of the subgraph's committed migrations for `provider` (file names and contents), read once per process. */
export function migrationsHash(subgraphDir: string, provider: DbProvider): string {
  const key = `${subgraphDir}\0${provider}`
  let known = hashes.get(key)
  if (known === undefined) hashes.set(key, (known = hashMigrations(subgraphDir, provider)))
  return known
}

function hashMigrations(subgraphDir: string, provider: DbProvider): string {
  const root = path.join(subgraphDir, 'prisma', provider, 'migrations')
  const hash = createHash('sha256')
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const file = path.join(dir, entry)
      if (statSync(file).isDirectory()) walk(file)
      else
        hash
          .update(`${path.relative(root, file)}\0`)
          .update(readFileSync(file))
          .update('\0')
    }
  }
  walk(root)
  return hash.digest('hex').slice(0, 12)
}

const unique = () => `${process.pid}_${randomBytes(3).toString('hex')}`

/** Makes `target` (a SQLite file path) a copy of the subgraph's migrated template. */
export async function copyMigratedSqlite(subgraphDir: string, target: string): Promise<void> {
  const dir = path.join(tmpdir(), 'lienthong-migrated')
  const template = path.join(dir, `${path.basename(subgraphDir)}-${migrationsHash(subgraphDir, 'sqlite')}.db`)
  if (!existsSync(template)) {
    mkdirSync(dir, { recursive: true })
    const building = `${template}.${unique()}`
    try {
      await migrateDeploy(subgraphDir, { provider: 'sqlite', url: `file:${building}` })
      renameSync(building, template)
    } finally {
      rmSync(building, { force: true })
    }
  }
  copyFileSync(template, target)
}

export async function adminQuery(serverUrl: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

const databaseUrl = (serverUrl: string, name: string) => {
  const u = new URL(serverUrl)
  u.pathname = `/${name}`
  return u.toString()
}

/** Creates the PostgreSQL database `name` as a copy of the subgraph's migrated template. */
export async function createMigratedPostgres(serverUrl: string, subgraphDir: string, name: string): Promise<void> {
  const template = `lt_tmpl_${path.basename(subgraphDir)}_${migrationsHash(subgraphDir, 'postgresql')}`
  const exists = async () => ((await adminQuery(serverUrl, `SELECT 1 FROM pg_database WHERE datname = '${template}'`)).rowCount ?? 0) > 0
  if (!(await exists())) {
    const building = `lt_tmpl_build_${unique()}`
    await adminQuery(serverUrl, `CREATE DATABASE "${building}"`)
    try {
      await migrateDeploy(subgraphDir, { provider: 'postgresql', url: databaseUrl(serverUrl, building) })
      await adminQuery(serverUrl, `ALTER DATABASE "${building}" RENAME TO "${template}"`)
    } catch (e) {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`)
      if (!(await exists())) throw e // another worker's template won the race: use it
    }
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`)
      return
    } catch (e) {
      // a template being renamed or copied at this very moment: wait and try again
      if (attempt >= 10 || !/being accessed by other users/.test((e as Error).message)) throw e
      await new Promise((r) => setTimeout(r, 200 * attempt))
    }
  }
}
