// Start-up checks that answer in seconds, before `prisma migrate deploy` (slow to start) and
// before any seed: the port is free, the database answers. Each failure is one ConfigError line
// naming the cause and the variable to change; a URL's password is never printed.
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { ConfigError, type DatabaseConfig } from '../config.ts'

/** How long a database may take to answer at start-up. */
export const DATABASE_CHECK_MS = 5_000

/** Refuses a port another process listens on (the server binds it moments later). */
export async function assertPortFree(host: string, port: number, variable: string): Promise<void> {
  if (port === 0) return
  await new Promise<void>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new ConfigError(`port ${port} on ${host} is in use: stop the other process or set ${variable} to a free port`) : e),
    )
    probe.listen(port, host, () => probe.close(() => resolve()))
  })
}

/** Refuses a database that cannot be reached: PostgreSQL server down, database missing, SQLite folder missing. */
export async function assertDatabaseReachable(db: DatabaseConfig): Promise<void> {
  const variable = db.variable ?? 'DATABASE_URL'
  if (db.provider === 'sqlite') {
    const file = db.url.replace(/^file:/, '').split('?')[0]!
    const dir = path.dirname(file.startsWith('//') ? fileURLToPath(`file:${file}`) : path.resolve(file))
    if (!existsSync(dir)) throw new ConfigError(`${variable}: the folder ${dir} does not exist: create it or point ${variable} at a file in an existing folder`)
    return
  }
  const url = new URL(db.url)
  const where = `${url.hostname}:${url.port || 5432}`
  const database = decodeURIComponent(url.pathname.slice(1))
  const client = new pg.Client({ connectionString: db.url, connectionTimeoutMillis: DATABASE_CHECK_MS })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (e) {
    const code = (e as { code?: string }).code
    const cause =
      code === '3D000'
        ? `database "${database}" does not exist on ${where}: create it (createdb -h ${url.hostname} -U ${decodeURIComponent(url.username) || 'postgres'} ${database}) or point ${variable} at an existing one`
        : code === 'ECONNREFUSED'
          ? `PostgreSQL at ${where} refused the connection: start it or fix the host and port in ${variable}`
          : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
            ? `the host ${url.hostname} is unknown: fix ${variable}`
            : code === '28P01' || code === '28000'
              ? `PostgreSQL at ${where} refused the user "${decodeURIComponent(url.username)}": fix the user or password in ${variable}`
              : /timeout/i.test((e as Error).message)
                ? `PostgreSQL at ${where} did not answer within ${DATABASE_CHECK_MS / 1000} s: check it is running, or fix ${variable}`
                : `PostgreSQL at ${where} (database "${database}") failed: ${code ?? (e as Error).message.split('\n')[0]}`
    throw new ConfigError(`${variable}: ${cause}`)
  } finally {
    await client.end().catch(() => {})
  }
}
