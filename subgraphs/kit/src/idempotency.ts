// Writes are idempotent by the agency's own reference (externalRef): sending the same record
// twice returns the first result and writes nothing more; sending a different record under a
// reference already used is refused (IDEMPOTENCY_CONFLICT), never silently merged.
import { createHash, createHmac } from 'node:crypto'
import { GraphQLError } from 'graphql'

export function idempotencyConflict(field: string): GraphQLError {
  return new GraphQLError(`Mã tham chiếu đã dùng cho một bản ghi khác / Reference already used for a different record — ${field}`, {
    extensions: { code: 'IDEMPOTENCY_CONFLICT', field },
  })
}

/** Stable JSON of a validated input (keys sorted, Dates as ISO), to compare a replay with the first write. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_k, v) => {
    if (v instanceof Date) return v.toISOString()
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
    return v
  })
}

/**
 * Creates a record once per external reference, inside the caller's transaction.
 * `existing` finds the record by reference, `sameAs` decides whether a replay matches it.
 *
 * Safe against a concurrent identical write on PostgreSQL (READ COMMITTED): when the other
 * transaction commits between this one's look-up by reference and its own checks, those checks
 * see the other's records and would refuse what is in fact a replay (a number "already used", a
 * transition the other write just made …). So a typed refusal is looked at again: if the
 * reference now exists, the transaction is failed as a write conflict (P2034, which
 * inTransaction runs again), and then answers as a replay — or IDEMPOTENCY_CONFLICT.
 */
export async function createOnce<T>(options: {
  existing: () => Promise<T | null>
  sameAs: (found: T) => boolean
  create: () => Promise<T>
  field?: string
}): Promise<{ record: T; created: boolean }> {
  const found = await options.existing()
  if (found) {
    if (!options.sameAs(found)) throw idempotencyConflict(options.field ?? 'input.externalRef')
    return { record: found, created: false }
  }
  try {
    return { record: await options.create(), created: true }
  } catch (e) {
    if (isRefusal(e) && (await options.existing()) != null) {
      throw Object.assign(new Error('a concurrent write took the same reference'), { code: 'P2034' })
    }
    throw e
  }
}

/** A typed refusal (GraphQLError with a code); database errors are left to inTransaction. */
const isRefusal = (e: unknown) => typeof (e as { extensions?: { code?: unknown } } | null)?.extensions?.code === 'string'

/**
 * Digest of a validated input, stored with the record it created so that a replay under the same
 * external reference can be told from a different record. Keyed (HMAC) when the input holds
 * personal fields, so the digest cannot be reversed by guessing names or IDs.
 */
export function inputDigest(value: unknown, hexKey?: string): string {
  return (hexKey ? createHmac('sha256', Buffer.from(hexKey, 'hex')) : createHash('sha256')).update(fingerprint(value)).digest('hex')
}
