// Deduplication of identical subgraph queries in flight (as Hive Gateway and Apollo Router do):
// while a query to a subgraph is under way, the same query with the same variables for the same
// caller waits for that answer instead of sending its own. Under load many clients' plans ask a
// subgraph the same thing at once; one request answers them all (NET-9).
// Only queries, never mutations, and never a request with a declared purpose of use (the only
// kind that can read victim-level data: every such read is audited under its own request id). The key holds everything a subgraph decides or audits by: the
// service, the caller's whole forwarded identity (sub, agency, role, unit, purpose, dry run, the
// client's operation and the entities' path), the query and its variables — so two callers, or
// one caller under two purposes, never share an answer. The entry is dropped when the request
// settles (nothing is cached), and each waiter gets its own copy of the answer.
/** What identifies a subgraph query for deduplication. */
export interface InflightKey {
  service: string
  /** The identity forwarded to the subgraph for this fetch (as willSendRequest signs it, less the request id). */
  caller: Record<string, unknown>
  query: string
  variables: Record<string, unknown> | undefined
}

export function inflightKey({ service, caller, query, variables }: InflightKey): string {
  const who = ['sub', 'agency', 'role', 'unit', 'purpose', 'dryRun', 'operation', 'entityPath'].map((k) => caller[k] ?? null)
  return JSON.stringify([service, who, query, variables ?? null])
}

interface Entry {
  answer: Promise<SubgraphAnswer>
  waiters: number
}

/** A subgraph's answer: data, errors, extensions and (already read) the HTTP response. */
export type SubgraphAnswer = object

export class InflightQueries {
  private readonly pending = new Map<string, Entry>()

  /** Distinct requests under way. */
  get size(): number {
    return this.pending.size
  }

  /** Callers waiting for those requests (more than `size` when some share one). */
  get waiting(): number {
    let n = 0
    for (const e of this.pending.values()) n += e.waiters
    return n
  }

  /** The answer of `send()`, or of the identical request already under way. */
  run<T extends SubgraphAnswer>(key: string, send: () => Promise<T>): Promise<T> {
    let entry = this.pending.get(key)
    if (!entry) {
      const created: Entry = { answer: Promise.resolve({}), waiters: 0 }
      // dropped before any waiter resumes: nobody joins an answer that is already out
      created.answer = send().finally(() => {
        if (this.pending.get(key) === created) this.pending.delete(key)
      })
      this.pending.set(key, created)
      entry = created
    }
    const joined = entry
    joined.waiters++
    // alone: the answer itself; shared: everyone a copy, so no waiter sees another's changes
    // (the same key is the same request: its answer is of the same type)
    return joined.answer.then((answer) => (joined.waiters === 1 ? answer : copyOf(answer))) as Promise<T>
  }
}

/** A deep copy of the answer's data, errors and extensions; the HTTP response (already read) is shared. */
function copyOf<T extends SubgraphAnswer>(answer: T): T {
  const { http, ...rest } = answer as T & { http?: unknown }
  return { ...structuredClone(rest), ...(http ? { http } : {}) } as T
}
