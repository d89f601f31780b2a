// A subgraph's database that cannot be reached (PostgreSQL down or unreachable, its connections
// cut, the pool waiting in vain, the SQLite file unopenable or locked) is told in one place: its
// requests fail in seconds with DATABASE_UNAVAILABLE naming the subgraph, never an internal
// error, never SQL or a value. Nothing is kept broken: the next request opens new connections,
// so the subgraph answers again as soon as the database does, without a restart.
import { GraphQLError } from 'graphql'
import { ConfigError } from '../config.ts'

/** Bounded wait for a PostgreSQL connection (connect, or a free one in the pool), ms. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000
export const CONNECT_TIMEOUT_VARIABLE = 'LT_DB_CONNECT_TIMEOUT_MS'

/** LT_DB_CONNECT_TIMEOUT_MS, or 5 s: a dead database costs seconds, not the gateway's timeout. */
export function connectTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  return millisecondsFrom(env, CONNECT_TIMEOUT_VARIABLE, DEFAULT_CONNECT_TIMEOUT_MS, 1)
}

/** A duration in ms from `variable`, `fallback` when unset; anything but a whole number ≥ `min` is a ConfigError naming it. */
export function millisecondsFrom(env: Record<string, string | undefined>, variable: string, fallback: number, min: number): number {
  const raw = env[variable]
  if (raw === undefined || raw === '') return fallback
  const ms = Number(raw)
  if (!Number.isInteger(ms) || ms < min) throw new ConfigError(`${variable}: must be a whole number of milliseconds, at least ${min}`)
  return ms
}

/** Socket-level failures: the server refused, reset, is unknown or did not answer. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
/**
 * Prisma's: server unreachable (P1001), timed out (P1002, P1008), closed the connection (P1017),
 * pool timeout (P2024); PostgreSQL's: shutting down or starting (57P01–57P03), too many
 * connections (53300), connection exceptions (08xxx); SQLite's: cannot open, I/O error, busy or locked.
 */
const DATABASE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', '57P01', '57P02', '57P03', '53300'])
const SQLITE_CODES = /^SQLITE_(CANTOPEN|IOERR|BUSY|LOCKED|NOTADB)/
/** Messages of pg, its pool and the driver adapters that carry no code. */
const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection (?:is )?(?:closed|refused|reset)/i,
  /client has encountered a connection error/i,
  /can't reach database server/i,
  /server has closed the connection/i,
  /timed out fetching a new connection/i,
  /unable to open (?:the )?database file/i,
  /database is locked/i,
  /\bECONNREFUSED\b|\bECONNRESET\b/,
]

/** Every error in the chain: the error, its `originalError` (GraphQL), its `cause`, its driver adapter error. */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>()
  const queue: unknown[] = [error]
  while (queue.length > 0) {
    const e = queue.shift()
    if (e == null || typeof e !== 'object' || seen.has(e)) continue
    seen.add(e)
    const r = e as Record<string, unknown>
    yield r
    queue.push(r.originalError, r.cause, (r.meta as Record<string, unknown> | undefined)?.driverAdapterError, ...(Array.isArray(r.errors) ? r.errors : []))
  }
}

/** Is `error` (or what caused it) the database being out of reach, rather than a refusal or a bug? */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    if ((e.extensions as { code?: unknown } | undefined)?.code === 'DATABASE_UNAVAILABLE') return true
    for (const code of [e.code, e.errorCode, (e.cause as { originalCode?: unknown } | undefined)?.originalCode]) {
      if (typeof code !== 'string') continue
      if (SOCKET_CODES.has(code) || DATABASE_CODES.has(code) || SQLITE_CODES.test(code) || code.startsWith('08')) return true
    }
    const kind = (e.cause as { kind?: unknown } | undefined)?.kind ?? e.kind
    if (kind === 'DatabaseNotReachable' || kind === 'ConnectionClosed' || kind === 'SocketTimeout' || kind === 'TooManyConnections') return true
    if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true
  }
  return false
}

/** The typed error: the subgraph's name in `extensions.service`; no SQL, no value. */
export function databaseUnavailable(service?: string): GraphQLError {
  return new GraphQLError(
    'Không kết nối được cơ sở dữ liệu của cơ quan: chưa đọc hay ghi gì, xin thử lại sau / The agency database cannot be reached: nothing was read or written, retry later',
    { extensions: { code: 'DATABASE_UNAVAILABLE', ...(service ? { service } : {}) } },
  )
}

/** `error` itself, or DATABASE_UNAVAILABLE when it is the database being out of reach. */
export function unavailableOr(error: unknown, service?: string): unknown {
  return isDatabaseUnavailable(error) ? databaseUnavailable(service) : error
}
