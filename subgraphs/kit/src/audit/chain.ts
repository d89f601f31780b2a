// The audit log of victim-level reads and writes: append-only and hash-chained. Each entry's
// hash covers its content and the previous entry's hash, and sequence numbers have no gaps, so
// altering or deleting any entry breaks verification from that point on. Entries name who,
// what and which records and fields — never the personal values themselves.
import { createHash } from 'node:crypto'

export const GENESIS_HASH = '0'.repeat(64)

export interface AuditFacts {
  at: Date
  actorSub: string
  agency: string
  role: string
  purpose: string
  /** e.g. "read", "create", "update". */
  operation: string
  /** The GraphQL type of the records, e.g. "Victim". */
  recordType: string
  /** Record ids or person references touched (never personal values). */
  recordRefs: string[]
  /** Field names read or written. */
  fields: string[]
  /** The request that read or wrote (the gateway's request id, signed to the subgraph); none in entries written before NET-14. */
  requestId?: string | null
}

export interface AuditEntry extends AuditFacts {
  seq: number
  prevHash: string
  hash: string
}

/**
 * Canonical text hashed for an entry (stable key order, ISO time, sorted lists). The request id is
 * hashed when the entry has one, after the rest: entries written before it existed keep their hash.
 */
export function canonicalAuditText(e: Omit<AuditEntry, 'hash'>): string {
  const text = [
    e.seq,
    e.at.toISOString(),
    e.actorSub,
    e.agency,
    e.role,
    e.purpose,
    e.operation,
    e.recordType,
    [...e.recordRefs].sort(),
    [...e.fields].sort(),
    e.prevHash,
  ]
  return JSON.stringify(e.requestId == null ? text : [...text, e.requestId])
}

export function auditHash(e: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256').update(canonicalAuditText(e)).digest('hex')
}

/** The entry that follows `previous` (or starts the chain). */
export function nextAuditEntry(previous: Pick<AuditEntry, 'seq' | 'hash'> | null, facts: AuditFacts): AuditEntry {
  const base = {
    ...facts,
    requestId: facts.requestId ?? null,
    recordRefs: [...facts.recordRefs].sort(),
    fields: [...facts.fields].sort(),
    seq: (previous?.seq ?? 0) + 1,
    prevHash: previous?.hash ?? GENESIS_HASH,
  }
  return { ...base, hash: auditHash(base) }
}

export interface ChainVerdict {
  ok: boolean
  entries: number
  /** Hash of the last entry: compare with an anchored copy to detect truncation of the tail. */
  headHash: string
  /** First sequence number where the chain breaks, and why. */
  brokenAt?: number
  reason?: string
}

/** Verifies entries in sequence order. */
export function verifyAuditChain(entries: readonly AuditEntry[]): ChainVerdict {
  let prev: AuditEntry | null = null
  for (const e of entries) {
    const expectedSeq = (prev?.seq ?? 0) + 1
    if (e.seq !== expectedSeq)
      return {
        ok: false,
        entries: entries.length,
        headHash: prev?.hash ?? GENESIS_HASH,
        brokenAt: expectedSeq,
        reason: `entry ${expectedSeq} is missing (deleted)`,
      }
    if (e.prevHash !== (prev?.hash ?? GENESIS_HASH))
      return {
        ok: false,
        entries: entries.length,
        headHash: prev?.hash ?? GENESIS_HASH,
        brokenAt: e.seq,
        reason: `entry ${e.seq} does not follow entry ${expectedSeq - 1}`,
      }
    const { hash, ...rest } = e
    if (auditHash(rest) !== hash)
      return { ok: false, entries: entries.length, headHash: prev?.hash ?? GENESIS_HASH, brokenAt: e.seq, reason: `entry ${e.seq} was altered` }
    prev = e
  }
  return { ok: true, entries: entries.length, headHash: prev?.hash ?? GENESIS_HASH }
}
