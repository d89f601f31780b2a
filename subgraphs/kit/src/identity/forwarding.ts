// The gateway forwards the caller's identity to a subgraph in a header it signs (Ed25519) over
// the identity, the time and the exact operation; a subgraph refuses any request without a valid,
// fresh signature, so nobody can bypass the gateway by calling a subgraph directly.
import { createHash, sign, verify, type KeyObject } from 'node:crypto'
import { IdentitySchema, type Identity } from './claims.ts'
import { AuthenticationError } from './tokens.ts'

export const IDENTITY_HEADER = 'x-lt-identity'
export const SIGNATURE_HEADER = 'x-lt-signature'
/** How old a signed request may be when it reaches the subgraph. */
export const MAX_SIGNATURE_AGE_MS = 60_000

export interface Operation { query?: unknown; variables?: unknown }

function digest(identityHeader: string, op: Operation): Buffer {
  return createHash('sha256').update(`${identityHeader}\n${String(op.query ?? '')}\n${JSON.stringify(op.variables ?? null)}`).digest()
}

export function signForwardedIdentity(identity: Identity, op: Operation, privateKey: KeyObject, now = Date.now()): Record<string, string> {
  const identityHeader = Buffer.from(JSON.stringify({ ...identity, iat: now }), 'utf8').toString('base64url')
  return { [IDENTITY_HEADER]: identityHeader, [SIGNATURE_HEADER]: sign(null, digest(identityHeader, op), privateKey).toString('base64url') }
}

export function verifyForwardedIdentity(headers: Record<string, string | string[] | undefined>, op: Operation, publicKey: KeyObject, now = Date.now()): Identity {
  const identityHeader = headers[IDENTITY_HEADER]
  const signature = headers[SIGNATURE_HEADER]
  if (typeof identityHeader !== 'string' || typeof signature !== 'string') {
    throw new AuthenticationError('yêu cầu không đi qua cổng liên thông / request not signed by the gateway: call the gateway, not the subgraph')
  }
  if (!verify(null, digest(identityHeader, op), publicKey, Buffer.from(signature, 'base64url'))) {
    throw new AuthenticationError('chữ ký của cổng không hợp lệ / the gateway signature does not match this request')
  }
  const claims = JSON.parse(Buffer.from(identityHeader, 'base64url').toString('utf8')) as { iat?: unknown }
  if (typeof claims.iat !== 'number' || Math.abs(now - claims.iat) > MAX_SIGNATURE_AGE_MS) {
    throw new AuthenticationError('chữ ký của cổng đã quá hạn / the gateway signature is stale')
  }
  return IdentitySchema.parse(claims)
}
