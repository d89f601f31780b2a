// The digest of a validated input, stored in the one column `inputDigest` beside the record an
// agency's reference names, so that the same input sent again is recognised as a replay and a
// different one under the same reference as a conflict. Always keyed (HMAC-SHA-256 with the
// subgraph's field key): it cannot be reversed by guessing names or identity numbers.
import { createHash } from 'node:crypto'
import { fingerprint, inputDigest } from '../idempotency.ts'

export const keyedDigest = (value: unknown, hexKey: string): string => inputDigest(value, hexKey)

/**
 * Whether a stored digest is this input's. Records written before the digests were unified hold
 * an unkeyed SHA-256 of the same stable JSON (or, on SQLite, that JSON itself): those still match
 * their own replay, so an agency re-sending an old record is never refused.
 */
export function digestMatches(stored: string | null, value: unknown, keyed: string): boolean {
  if (stored == null) return false
  if (stored === keyed) return true
  const json = fingerprint(value)
  return stored === createHash('sha256').update(json).digest('hex') || stored === json
}
