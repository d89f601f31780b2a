// One interactive transaction per mutation: nothing partial is left on an error. When a
// concurrent transaction took the same unique key (two identical first writes at once: P2002) or
// a write conflicted (P2034), the whole transaction is run again: it then finds the first record
// and answers as a replay (or IDEMPOTENCY_CONFLICT), never as an internal error. A database out
// of reach (prisma/unavailable.ts) is DATABASE_UNAVAILABLE at once: the transaction never
// committed, nothing was written, and it is not run again against a database that is not there.
import { unavailableOr } from './prisma/unavailable.ts'

export const WRITE_TIMEOUT_MS = 20_000
const RACE_CODES = new Set(['P2002', 'P2034'])
const ATTEMPTS = 3

interface TransactionalClient<Tx> {
  $transaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T>
}

export async function inTransaction<Tx, T>(db: TransactionalClient<Tx>, work: (tx: Tx) => Promise<T>, timeout = WRITE_TIMEOUT_MS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { timeout, maxWait: 10_000 })
    } catch (e) {
      const code = (e as { code?: unknown } | null)?.code
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RACE_CODES.has(code)) throw unavailableOr(e)
    }
  }
}
