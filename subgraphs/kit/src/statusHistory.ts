// Every status transition of a record is appended to its subgraph's status history (a table of
// this shape, `StatusChange`) in the same transaction as the record's own update: the record keeps
// its latest status for reading, the history keeps every step with the date it took effect, from
// which the statistics count each period as at its boundaries (statistics/history.ts).
//
// Transitions are recorded in the order they took effect: one dated before the record's latest
// recorded step is refused (ILLEGAL_TRANSITION on `input.at`). A step dated in a period already
// closed (a late or retroactive entry) is accepted; it keeps both dates (`effectiveAt`, and
// `recordedAt` = now), and the next revision of that period's report names what it changed.
import { illegalTransition } from './errors.ts'

export interface StatusChangeInput {
  entityType: string
  entityId: string
  /** null for the record's first step (its reception or opening). */
  fromStatus: string | null
  toStatus: string
  effectiveAt: Date
  /** Digest of the validated transition input (kit inputDigest); null when derived from a record. */
  inputDigest?: string | null
}

/** The slice of a subgraph's Prisma client (or transaction) this module uses. */
export interface StatusHistoryDb {
  statusChange: {
    findFirst(args: {
      where: { entityType: string; entityId: string }
      orderBy: ({ effectiveAt: 'desc' } | { seq: 'desc' })[]
      select: { effectiveAt: true }
    }): Promise<{ effectiveAt: Date } | null>
    create(args: { data: StatusChangeInput & { recordedAt: Date } }): Promise<unknown>
  }
}

/** Appends one step to the record's history (inside the caller's transaction); `field` names the date in errors. */
export async function recordStatusChange(tx: StatusHistoryDb, change: StatusChangeInput, field = 'input.at', now = new Date()): Promise<void> {
  if (change.fromStatus !== null) {
    const latest = await tx.statusChange.findFirst({
      where: { entityType: change.entityType, entityId: change.entityId },
      orderBy: [{ effectiveAt: 'desc' }, { seq: 'desc' }],
      select: { effectiveAt: true },
    })
    if (latest && change.effectiveAt < latest.effectiveAt) {
      throw illegalTransition(field, 'trước một bước đã ghi nhận trong lịch sử trạng thái', 'before a step already recorded in the status history')
    }
  }
  await tx.statusChange.create({ data: { ...change, inputDigest: change.inputDigest ?? null, recordedAt: now } })
}
