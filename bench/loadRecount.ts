// After a load run (bench/loadRun.ts): the agencies' own databases, read directly, by the agency
// references the users wrote under. Every acknowledged write is stored exactly once, as the record
// the users were answered; every refused write left nothing; nothing else was stored under the
// run's references; and each acknowledged create is in its subgraph's audit log exactly once (a
// `write <mutation>` entry naming the record's id, among the entries appended during the run).
import type { DatabaseConfig } from '@lienthong/kit'
import type { SubgraphName } from '@lienthong/schema/agencies'
import { SUBGRAPH_MODULES } from '../test/src/network.ts'
import { CREATE_MUTATIONS, writerOf } from './loadWorkload.ts'

interface Raw {
  $queryRawUnsafe<T>(sql: string, ...values: unknown[]): Promise<T>
  $disconnect(): Promise<void>
}

async function withDatabase<T>(name: SubgraphName, db: DatabaseConfig, work: (sql: Raw, param: (i: number) => string) => Promise<T>): Promise<T> {
  const prisma = SUBGRAPH_MODULES[name].createPrisma(db) as unknown as Raw
  try {
    return await work(prisma, (i) => (db.provider === 'postgresql' ? `$${i}` : '?'))
  } finally {
    await prisma.$disconnect()
  }
}

/** The sequence number at the head of each subgraph's audit log (0 when empty). */
export async function auditHeads(
  databases: Record<SubgraphName, DatabaseConfig>,
  names: readonly SubgraphName[],
): Promise<Partial<Record<SubgraphName, number>>> {
  const heads: Partial<Record<SubgraphName, number>> = {}
  for (const name of names) {
    heads[name] = await withDatabase(name, databases[name], async (sql) => {
      const [row] = await sql.$queryRawUnsafe<{ head: bigint | number | null }[]>(`SELECT MAX("seq") AS head FROM "AuditEntry"`)
      return Number(row?.head ?? 0)
    })
  }
  return heads
}

export interface MutationRecount {
  mutation: string
  recordType: string
  acknowledged: number
  /** Acknowledged references stored exactly once, as the record answered. */
  storedOnce: number
  /** Acknowledged references not stored, stored more than once, or stored as another record than the one answered. */
  missing: string[]
  duplicated: string[]
  otherRecord: string[]
  refused: number
  /** Refused references found in the database. */
  leftBehind: string[]
  /** References of the run stored though never acknowledged. */
  unacknowledged: string[]
  /** Acknowledged creates audited exactly once. */
  auditedOnce: number
  auditMissing: string[]
  auditRepeated: string[]
}

export interface Recount {
  byMutation: MutationRecount[]
  ok: boolean
}

export interface RecountInput {
  tag: string
  ledger: { acknowledged: Map<string, { mutation: string; id: string }>; refused: Map<string, string> }
  auditHeads: Partial<Record<SubgraphName, number>>
}

const CHUNK = 200

export async function recount(databases: Record<SubgraphName, DatabaseConfig>, run: RecountInput): Promise<Recount> {
  const byMutation: MutationRecount[] = []
  for (const m of CREATE_MUTATIONS) {
    const name = writerOf(m).subgraph
    const acknowledged = [...run.ledger.acknowledged].filter(([, a]) => a.mutation === m.mutation)
    const refused = [...run.ledger.refused].filter(([, mutation]) => mutation === m.mutation).map(([ref]) => ref)
    const c: MutationRecount = {
      mutation: m.mutation,
      recordType: m.recordType,
      acknowledged: acknowledged.length,
      storedOnce: 0,
      missing: [],
      duplicated: [],
      otherRecord: [],
      refused: refused.length,
      leftBehind: [],
      unacknowledged: [],
      auditedOnce: 0,
      auditMissing: [],
      auditRepeated: [],
    }
    await withDatabase(name, databases[name], async (sql, param) => {
      // the records stored under the references the users wrote under, and any other under the run's prefix
      const rows: { id: string; externalRef: string }[] = []
      const refs = [...acknowledged.map(([ref]) => ref), ...refused]
      for (let i = 0; i < refs.length; i += CHUNK) {
        const chunk = refs.slice(i, i + CHUNK)
        rows.push(
          ...(await sql.$queryRawUnsafe<{ id: string; externalRef: string }[]>(
            `SELECT "id", "externalRef" FROM "${m.recordType}" WHERE "externalRef" IN (${chunk.map((_, k) => param(k + 1)).join(', ')})`,
            ...chunk,
          )),
        )
      }
      const stored = new Map<string, string[]>()
      for (const r of rows) stored.set(r.externalRef, [...(stored.get(r.externalRef) ?? []), r.id])
      for (const [ref, a] of acknowledged) {
        const ids = stored.get(ref) ?? []
        if (ids.length === 0) c.missing.push(ref)
        else if (ids.length > 1) c.duplicated.push(ref)
        else if (ids[0] !== a.id) c.otherRecord.push(ref)
        else c.storedOnce++
      }
      c.leftBehind = refused.filter((ref) => stored.has(ref))
      const underPrefix = await sql.$queryRawUnsafe<{ externalRef: string }[]>(
        `SELECT "externalRef" FROM "${m.recordType}" WHERE "externalRef" LIKE ${param(1)}`,
        `${run.tag}-%`,
      )
      c.unacknowledged = underPrefix.map((r) => r.externalRef).filter((ref) => !run.ledger.acknowledged.has(ref) && !run.ledger.refused.has(ref))

      // the audit entries appended during the run that name a record of this type
      const entries = await sql.$queryRawUnsafe<{ operation: string; recordRefs: string }[]>(
        `SELECT "operation", "recordRefs" FROM "AuditEntry" WHERE "seq" > ${param(1)} AND "recordType" = ${param(2)} AND "operation" LIKE 'write %'`,
        run.auditHeads[name] ?? 0,
        m.recordType,
      )
      const noted = new Map<string, number>() // by record id, and by operation and record id
      const note = (key: string) => noted.set(key, (noted.get(key) ?? 0) + 1)
      for (const e of entries) {
        for (const id of JSON.parse(e.recordRefs) as string[]) {
          note(id)
          note(`${e.operation} ${id}`)
        }
      }
      for (const [ref, a] of acknowledged) {
        const asCreate = noted.get(`write ${m.mutation} ${a.id}`) ?? 0
        const all = noted.get(a.id) ?? 0
        if (asCreate === 1 && all === 1) c.auditedOnce++
        else if (all === 0) c.auditMissing.push(ref)
        else c.auditRepeated.push(ref)
      }
    })
    byMutation.push(c)
  }
  const ok = byMutation.every(
    (c) =>
      c.storedOnce === c.acknowledged &&
      c.auditedOnce === c.acknowledged &&
      c.leftBehind.length === 0 &&
      c.unacknowledged.length === 0 &&
      c.missing.length + c.duplicated.length + c.otherRecord.length === 0,
  )
  return { byMutation, ok }
}
