// Creates the next migration for BOTH providers from prisma/sqlite/schema.prisma, each against a
// scratch database that has the committed migrations applied. Run in a subgraph folder:
//   npm run db:migrate:new -- --name what_changed      (PostgreSQL must be reachable)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import pg from 'pg'
import { PG_SERVER_URL } from '../testing/databases.ts'

const name = process.argv[process.argv.indexOf('--name') + 1]
if (!process.argv.includes('--name') || !name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migrate:new -- --name what_changed (lower case, digits, _)')
  process.exit(1)
}
const cli = createRequire(import.meta.url).resolve('prisma/build/index.js')
const prisma = (env: Record<string, string>, ...args: string[]) =>
  execFileSync(process.execPath, [cli, ...args], { stdio: 'inherit', env: { ...process.env, ...env } })

const dir = mkdtempSync(path.join(tmpdir(), 'lt-migrate-'))
try {
  const sqlite = { DB_PROVIDER: 'sqlite', DATABASE_URL: `file:${path.join(dir, 'scratch.db')}` }
  prisma(sqlite, 'migrate', 'deploy')
  prisma(sqlite, 'migrate', 'dev', '--name', name, '--skip-generate')
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const db = `lt_migrate_scratch_${Date.now()}`
const admin = new pg.Client({ connectionString: PG_SERVER_URL })
await admin.connect()
await admin.query(`CREATE DATABASE "${db}"`)
try {
  const u = new URL(PG_SERVER_URL)
  u.pathname = `/${db}`
  const postgresql = { DB_PROVIDER: 'postgresql', DATABASE_URL: u.toString() }
  prisma(postgresql, 'migrate', 'deploy')
  prisma(postgresql, 'migrate', 'dev', '--name', name, '--skip-generate')
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`)
  await admin.end()
}
