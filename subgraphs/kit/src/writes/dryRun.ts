// A dry run (header `x-dry-run: 1` at the gateway, signed with the identity): the whole write runs
// in its transaction, which is then rolled back, so the caller gets the same answer or the same
// errors as a real write and nothing is stored or audited.

/** Thrown inside a dry run's transaction to roll the write back, carrying what it would have answered. */
export class DryRunRollback extends Error {
  constructor(readonly outcome: unknown) {
    super('dry run: rolled back')
  }
}

/** A database with interactive transactions (a subgraph's Prisma client). */
export interface TransactionalDb<Tx> {
  $transaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T>
}

/** A database whose transactions are all rolled back after their work, answering a `DryRunRollback` with the outcome. */
export function rollingBack<Tx>(db: TransactionalDb<Tx>): TransactionalDb<Tx> {
  const $transaction: TransactionalDb<Tx>['$transaction'] = (work, options) =>
    db.$transaction(async (tx) => {
      throw new DryRunRollback(await work(tx))
    }, options)
  return new Proxy(db, {
    get: (target, p) => {
      if (p === '$transaction') return $transaction
      const v = Reflect.get(target, p)
      return typeof v === 'function' ? v.bind(target) : v
    },
  })
}
