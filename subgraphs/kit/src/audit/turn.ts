// Whose turn it is to append to the audit chain. A chain has one head: two appends that read the
// same head would both claim its next sequence number. Appends of one process to one database go
// one after another (a promise queue per client). Appends of several processes on one PostgreSQL
// database (replicas of a subgraph) take turns on a transaction-scoped advisory lock of the chain:
// each flush runs in one transaction that first takes the lock, then reads the head and appends
// its entries, and the lock is released by its commit, so the next holder reads the new head. No
// sequence number is ever contended, nothing is retried, and the chain stays gap-free whatever the
// number of replicas. SQLite allows one writer at a time anyway; its flush is one transaction too.
import { inTransaction } from '../transaction.ts'
import type { AuditStore } from './log.ts'

/**
 * Key of the chain's advisory lock (PostgreSQL, 64-bit): each subgraph's database holds one chain,
 * so one constant serves all ("LTAUDIT" in ASCII, leaving other users of advisory locks alone).
 */
export const AUDIT_CHAIN_LOCK_KEY = 0x4c544155444954n
export const AUDIT_CHAIN_LOCK_SQL = `SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`

/**
 * SQL statements one flush of `entries` entries sends: the head, one insert per entry, and on
 * PostgreSQL the lock and the commit of its transaction (tests count statements per request).
 */
export const auditFlushStatements = (provider: string, entries: number): number => 1 + entries + (provider === 'postgresql' ? 2 : 0)

/** Is `sql` one of a flush's statements (reads send no COMMIT: only the audit's transaction does)? */
export const isAuditFlushStatement = (sql: string): boolean => /[`"]AuditEntry[`"]/.test(sql) || sql === AUDIT_CHAIN_LOCK_SQL || sql === 'COMMIT'

/** The part of a Prisma client an append needs: its transactions, whose client has the audit table and raw statements. */
export interface AuditClient {
  $transaction<T>(work: (tx: AuditTx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T>
}
export interface AuditTx {
  auditEntry: AuditStore
  $executeRawUnsafe(sql: string): Promise<number>
}

/** Which engine a Prisma client was generated for (`postgresql`, `sqlite`). */
export const providerOf = (db: object): string | undefined => (db as { _activeProvider?: string })._activeProvider

/** Runs `append` in one transaction holding the chain's lock (PostgreSQL) with the transaction's audit store. */
export function inChainTurn<T>(db: object, append: (store: AuditStore) => Promise<T>): Promise<T> {
  const postgres = providerOf(db) === 'postgresql'
  return inTransaction(db as AuditClient, async (tx) => {
    // a value of type void: executeRaw, since Prisma cannot read it back as a row
    if (postgres) await tx.$executeRawUnsafe(AUDIT_CHAIN_LOCK_SQL)
    return append(tx.auditEntry)
  })
}

const queues = new WeakMap<object, Promise<unknown>>()
/** Runs `work` after every earlier call for the same client has settled (this process's appends one after another). */
export function inProcessTurn<T>(db: object, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(db) ?? Promise.resolve()
  const mine = previous.catch(() => undefined).then(work)
  queues.set(db, mine)
  return mine
}
