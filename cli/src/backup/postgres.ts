// What backup and restore ask of a PostgreSQL server: run pg_dump / pg_restore (the password out of
// the command line, never a prompt, their output reduced to one line that holds no data), read the
// migration a database is at, tell whether a database is empty, create one.
import { spawn } from 'node:child_process'
import pg from 'pg'
import { fail } from '../say.ts'

/** A database URL split for the client tools: the URL without its password, and the password (given through PGPASSWORD). */
export interface Connection {
  url: string
  password: string | undefined
  /** The database's name (what the CLI prints: never the URL, which may hold credentials). */
  database: string
}

/** URL parameters only Prisma reads: libpq refuses them. */
const PRISMA_ONLY = [
  'schema',
  'connection_limit',
  'pool_timeout',
  'pgbouncer',
  'statement_cache_size',
  'socket_timeout',
  'sslaccept',
  'sslidentity',
  'sslpassword',
]

export function connectionOf(databaseUrl: string): Connection {
  const u = new URL(databaseUrl)
  const password = u.password ? decodeURIComponent(u.password) : undefined
  u.password = ''
  for (const p of PRISMA_ONLY) u.searchParams.delete(p)
  return { url: u.toString(), password, database: decodeURIComponent(u.pathname.slice(1)) }
}

/** The same server, another database. */
export function withDatabase(c: Connection, database: string): Connection {
  const u = new URL(c.url)
  u.pathname = `/${encodeURIComponent(database)}`
  return { url: u.toString(), password: c.password, database }
}

const clientOf = (c: Connection) => new pg.Client({ connectionString: c.url, password: c.password, connectionTimeoutMillis: 10_000 })

/** Runs `work` with a client connected to `c`. */
export async function withClient<T>(c: Connection, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = clientOf(c)
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/** The last migration applied to the database (Prisma's `_prisma_migrations`), and how many are applied; undefined when it was never migrated. */
export async function migrationOf(client: pg.Client): Promise<{ migration: string; migrations: number } | undefined> {
  const table = await client.query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`)
  if (!table.rows[0]?.present) return undefined
  const r = await client.query<{ last: string | null; n: string }>(
    `SELECT max(migration_name) AS last, count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  )
  const last = r.rows[0]?.last
  return last ? { migration: last, migrations: Number(r.rows[0]!.n) } : undefined
}

/** Does the database hold no table, view, sequence or function of its own? */
export async function isEmptyDatabase(client: pg.Client): Promise<boolean> {
  const r = await client.query<{ n: string }>(`
    SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%')
         + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%') AS n`)
  return Number(r.rows[0]?.n) === 0
}

/** Whether the database exists: connecting answers 3D000 ("database does not exist") when it does not. */
export async function databaseExists(c: Connection): Promise<boolean> {
  try {
    await withClient(c, async () => undefined)
    return true
  } catch (e) {
    if ((e as { code?: string }).code === '3D000') return false
    throw e
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`

/** Creates `database` on the server of `c` (connected through its maintenance database, postgres). */
export const createDatabase = (c: Connection) => withClient(withDatabase(c, 'postgres'), (client) => client.query(`CREATE DATABASE ${quoteIdent(c.database)}`))

export const dropDatabase = (c: Connection) =>
  withClient(withDatabase(c, 'postgres'), (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(c.database)} WITH (FORCE)`))

/**
 * The line a client tool's failure is reported with: its first `error:` line, without the
 * statement or the detail lines that follow (they may quote rows).
 */
export function toolFailure(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim())
  const line = lines.find((l) => /^pg_\w+: error:/.test(l)) ?? lines.find((l) => l !== '' && !/^(DETAIL|CONTEXT|HINT|Command was):/.test(l)) ?? 'failed'
  return line.replace(/^pg_\w+: error: /, '').slice(0, 300)
}

/** Runs pg_dump or pg_restore against `c` (never prompting for a password); resolves when it exits 0, else fails with one line. */
export function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], c: Connection): Promise<void> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...(c.password ? { PGPASSWORD: c.password } : {}) }
    const child = spawn(tool, ['--no-password', `--dbname=${c.url}`, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < 64 * 1024) stderr += d
    })
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new Error(`${tool} not found: install the PostgreSQL client tools (postgresql-client), the same major version as the server or newer`)
          : e,
      ),
    )
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${tool}: ${toolFailure(stderr)}`))))
  })
}

/** The version line of a client tool (`pg_dump (PostgreSQL) 15.20 …`), or a failure naming what to install. */
export function toolVersion(tool: 'pg_dump' | 'pg_restore'): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(tool, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d
    })
    child.on('error', () =>
      resolve(
        fail(
          `không tìm thấy ${tool}: cài công cụ khách PostgreSQL (postgresql-client), cùng phiên bản chính với máy chủ hoặc mới hơn`,
          `${tool} not found: install the PostgreSQL client tools (postgresql-client), the same major version as the server or newer`,
          2,
        ),
      ),
    )
    child.on('close', () => resolve(out.trim()))
  })
}
