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
 * Digest of a validated input, stored with the record it created so that a replay under the same
 * external reference can be told from a different record. Keyed (HMAC) when the input holds
 * personal fields, so the digest cannot be reversed by guessing names or IDs.
 */
export function inputDigest(value: unknown, hexKey?: string): string {
  return (hexKey ? createHmac('sha256', Buffer.from(hexKey, 'hex')) : createHash('sha256')).update(fingerprint(value)).digest('hex')
}
