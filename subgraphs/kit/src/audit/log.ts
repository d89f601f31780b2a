// The audit log as stored in each subgraph's own database (model `AuditEntry`), and the
// per-request trail that feeds it: resolvers note which victim-level records and fields a request
// read or wrote; before the response leaves the subgraph the trail is appended to the hash chain
// (one entry per operation and record type), in one transaction that holds the chain's turn, so
// replicas of a subgraph on one database keep one gap-free chain (./turn.ts). If the log cannot
// be written, the data is withheld.
// The table is append-only: the database refuses to update or delete an entry (../prisma/appendOnly.ts).
import type { ApolloServerPlugin, BaseContext } from '@apollo/server'
import { GraphQLError } from 'graphql'
import type { Identity } from '../identity/claims.ts'
import { loggerOf } from '../logging/requestLog.ts'
import { databaseUnavailable, isDatabaseUnavailable } from '../prisma/unavailable.ts'
import { nextAuditEntry, verifyAuditChain, type AuditEntry, type AuditFacts, type ChainVerdict } from './chain.ts'
import { inChainTurn, inProcessTurn } from './turn.ts'

/** A stored row: an entry whose lists are JSON text, so the model is the same on SQLite and PostgreSQL (request id null in entries written before NET-14). */
export interface AuditRow extends Omit<AuditEntry, 'recordRefs' | 'fields'> {
  recordRefs: string
  fields: string
}

/** The subset of Prisma's `auditEntry` delegate the log uses. */
export interface AuditStore {
  findFirst(args: { orderBy: { seq: 'desc' }; select: { seq: true; hash: true } }): Promise<{ seq: number; hash: string } | null>
  create(args: { data: AuditRow }): Promise<unknown>
  findMany(args: { orderBy: { seq: 'asc' }; where?: { seq?: { gt: number } }; take?: number }): Promise<AuditRow[]>
}

export const NO_PURPOSE = '(không khai báo / none)'

export const toRow = (e: AuditEntry): AuditRow => ({
  ...e,
  requestId: e.requestId ?? null,
  recordRefs: JSON.stringify(e.recordRefs),
  fields: JSON.stringify(e.fields),
})
export const fromRow = (r: AuditRow): AuditEntry => ({
  ...r,
  requestId: r.requestId ?? null,
  at: new Date(r.at),
  recordRefs: JSON.parse(r.recordRefs) as string[],
  fields: JSON.parse(r.fields) as string[],
})

const APPEND_ATTEMPTS = 8

/** Appends entries at the head of the chain as read from `store` (in the caller's turn: see ./turn.ts). */
async function appendAtHead(store: AuditStore, facts: readonly AuditFacts[]): Promise<AuditEntry[]> {
  let head = await store.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } })
  const entries: AuditEntry[] = []
  for (const f of facts) {
    const entry = nextAuditEntry(head, f)
    await store.create({ data: toRow(entry) })
    entries.push((head = entry))
  }
  return entries
}

/**
 * Appends one entry outside any turn (tools and tests); a concurrent append that took the same
 * sequence number is retried. Requests append through flushInTurn.
 */
export async function appendAudit(store: AuditStore, facts: AuditFacts): Promise<AuditEntry> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await appendAtHead(store, [facts]))[0]!
    } catch (e) {
      if (attempt >= APPEND_ATTEMPTS || (e as { code?: unknown })?.code !== 'P2002') throw e
    }
  }
}

/** Reads the whole chain in order and verifies it. */
export async function verifyAuditStore(store: AuditStore): Promise<ChainVerdict> {
  const rows: AuditRow[] = []
  for (let after = 0; ; ) {
    const page = await store.findMany({ orderBy: { seq: 'asc' }, where: { seq: { gt: after } }, take: 5000 })
    rows.push(...page)
    if (page.length < 5000) break
    after = page.at(-1)!.seq
  }
  return verifyAuditChain(rows.map(fromRow))
}

/** "read <client operation>" or "write <mutation>". */
export type AuditOperation = string

/** What one request touched, gathered by resolvers and appended once at the end. */
export class AuditTrail {
  private readonly touched = new Map<string, { operation: AuditOperation; recordType: string; refs: Set<string>; fields: Set<string> }>()
  /** References of the records this request created or changed (a mutation answers with them as a write). */
  private readonly written = new Set<string>()
  constructor(private readonly identity: Identity | undefined) {}

  /**
   * What the caller asked for, for "read …" entries: the client operation as the gateway names it
   * (signed with the identity), else the subgraph operation's root field.
   */
  asked(rootField: string): string {
    return this.identity?.operation ?? rootField
  }

  /** Did this request create or change the record `ref`? (A replay that changed nothing did not.) */
  hasWritten(ref: string): boolean {
    return this.written.has(ref)
  }

  record(operation: AuditOperation, recordType: string, ref: string, fields: readonly string[]): void {
    const key = `${operation}\u0000${recordType}`
    let t = this.touched.get(key)
    if (!t) this.touched.set(key, (t = { operation, recordType, refs: new Set(), fields: new Set() }))
    t.refs.add(ref)
    for (const f of fields) t.fields.add(f)
  }

  /**
   * Notes every record a mutation wrote, whatever the caller selects in the answer (the access
   * policy notes the fields a response returns): references and field names, never values.
   */
  wrote(mutation: string, recordType: string, refs: Iterable<string>, fields: readonly string[]): void {
    for (const ref of refs) {
      this.written.add(ref)
      this.record(`write ${mutation}`, recordType, ref, fields)
    }
  }

  /** Did this request create or change any record? */
  get wroteAny(): boolean {
    return this.written.size > 0
  }

  get size(): number {
    return this.touched.size
  }

  /** One entry's facts per operation and record type, then forgets them. */
  drain(at = new Date()): AuditFacts[] {
    const who = this.identity
    const facts = [...this.touched.values()].map((t) => ({
      at,
      actorSub: who?.sub ?? '(unknown)',
      agency: who?.agency ?? '(unknown)',
      role: who?.role ?? '(unknown)',
      purpose: who?.purpose ?? NO_PURPOSE,
      operation: t.operation,
      recordType: t.recordType,
      recordRefs: [...t.refs],
      fields: [...t.fields],
      requestId: who?.requestId ?? null,
    }))
    this.touched.clear()
    return facts
  }
}

/** Context of a subgraph that keeps an audit log. */
export interface AuditedContext extends BaseContext {
  audit?: AuditTrail
  db: object
  identity?: Identity
}

export const auditStoreOf = (db: unknown): AuditStore => (db as { auditEntry: AuditStore }).auditEntry

/**
 * Appends the trail's entries to the chain of the database `db` (a Prisma client), in its turn:
 * after this process's earlier appends, in one transaction holding the chain's lock against other
 * processes (./turn.ts). Returns the entries appended.
 */
export function flushInTurn(trail: AuditTrail, db: object): Promise<AuditEntry[]> {
  const facts = trail.drain()
  return inProcessTurn(db, () => inChainTurn(db, (store) => appendAtHead(store, facts)))
}

/** Appends the request's trail before the response is sent; a response whose audit fails is withheld. */
export function auditPlugin<Ctx extends BaseContext>(service?: string): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, request }) {
          const { audit: trail, db } = contextValue as unknown as AuditedContext
          if (!trail?.size) return
          try {
            await flushInTurn(trail, db as object)
          } catch (e) {
            // a read whose database went away is told as such; a write already committed keeps AUDIT_UNAVAILABLE
            // (DATABASE_UNAVAILABLE says nothing was written), as does any other failure
            const unreachable = isDatabaseUnavailable(e) && !trail.wroteAny
            loggerOf(request).error(
              { event: isDatabaseUnavailable(e) ? 'database_unavailable' : 'audit_unavailable' },
              'the audit log could not be written: response withheld',
            )
            if (response.body.kind === 'single') {
              response.body.singleResult = {
                errors: [
                  unreachable
                    ? databaseUnavailable(service).toJSON()
                    : new GraphQLError('Không ghi được nhật ký truy cập / The audit log could not be written: data withheld', {
                        extensions: { code: 'AUDIT_UNAVAILABLE' },
                      }).toJSON(),
                ],
              }
            }
          }
        },
      }
    },
  }
}
