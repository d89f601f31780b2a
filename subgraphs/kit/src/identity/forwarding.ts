// The gateway forwards the caller's identity to a subgraph in a header it signs (Ed25519) over
// the identity, the time, a single-use id and the exact operation; a subgraph refuses any request
// without a valid, fresh signature, so nobody can bypass the gateway by calling a subgraph
// directly, and refuses a signature it has already accepted, so a captured request cannot be
// replayed (each subgraph remembers the ids it accepted for as long as their signatures are fresh).
// The identity carries the request id (`requestId`), so the id a subgraph logs and audits is the
// gateway's, never one chosen by a caller.
import { createHash, randomUUID, sign, verify, type KeyObject } from 'node:crypto'
import { IdentitySchema, type Identity } from './claims.ts'
import { AuthenticationError, MAX_CLOCK_SKEW_SECONDS } from './tokens.ts'

export const IDENTITY_HEADER = 'x-lt-identity'
export const SIGNATURE_HEADER = 'x-lt-signature'
/** How old a signed request may be when it reaches the subgraph. */
export const MAX_SIGNATURE_AGE_MS = 60_000
/** How far in the future (the gateway's clock ahead of the subgraph's) a signed request may be dated. */
export const MAX_SIGNATURE_SKEW_MS = MAX_CLOCK_SKEW_SECONDS * 1000

export interface Operation {
  query?: unknown
  variables?: unknown
}

function digest(identityHeader: string, op: Operation): Buffer {
  return createHash('sha256')
    .update(`${identityHeader}\n${String(op.query ?? '')}\n${JSON.stringify(op.variables ?? null)}`)
    .digest()
}

/** Signs `identity` (with the client operation's name in `identity.operation`) for one request to one subgraph. */
export function signForwardedIdentity(identity: Identity, op: Operation, privateKey: KeyObject, now = Date.now()): Record<string, string> {
  const identityHeader = Buffer.from(JSON.stringify({ ...identity, iat: now, jti: randomUUID() }), 'utf8').toString('base64url')
  return { [IDENTITY_HEADER]: identityHeader, [SIGNATURE_HEADER]: sign(null, digest(identityHeader, op), privateKey).toString('base64url') }
}

/**
 * The single-use ids of the signed requests a subgraph accepted, each kept until its signature is
 * no longer fresh (then the age check refuses it anyway). One per subgraph process.
 */
export class AcceptedSignatures {
  private readonly until = new Map<string, number>()

  /** Remembers `jti` until `expiresAt`; false when it was already accepted (a replay). */
  accept(jti: string, expiresAt: number, now: number): boolean {
    this.forgetExpired(now)
    if (this.until.has(jti)) return false
    this.until.set(jti, expiresAt)
    return true
  }

  get size(): number {
    return this.until.size
  }

  private forgetExpired(now: number): void {
    // insertion order is close to expiry order: stop at the first one still fresh
    for (const [jti, expiresAt] of this.until) {
      if (expiresAt > now) break
      this.until.delete(jti)
    }
  }
}

export function verifyForwardedIdentity(
  headers: Record<string, string | string[] | undefined>,
  op: Operation,
  publicKey: KeyObject,
  accepted: AcceptedSignatures,
  now = Date.now(),
): Identity {
  const identityHeader = headers[IDENTITY_HEADER]
  const signature = headers[SIGNATURE_HEADER]
  if (typeof identityHeader !== 'string' || typeof signature !== 'string') {
    throw new AuthenticationError('yêu cầu không đi qua cổng liên thông / request not signed by the gateway: call the gateway, not the subgraph')
  }
  if (!verify(null, digest(identityHeader, op), publicKey, Buffer.from(signature, 'base64url'))) {
    throw new AuthenticationError('chữ ký của cổng không hợp lệ / the gateway signature does not match this request')
  }
  const { iat, jti, ...claims } = JSON.parse(Buffer.from(identityHeader, 'base64url').toString('utf8')) as { iat?: unknown; jti?: unknown }
  if (typeof iat !== 'number' || now - iat > MAX_SIGNATURE_AGE_MS) {
    throw new AuthenticationError('chữ ký của cổng đã quá hạn / the gateway signature is stale')
  }
  if (iat - now > MAX_SIGNATURE_SKEW_MS) {
    throw new AuthenticationError('chữ ký của cổng ghi thời điểm trong tương lai / the gateway signature is dated in the future')
  }
  if (typeof jti !== 'string' || jti.length < 16 || jti.length > 64) {
    throw new AuthenticationError('chữ ký của cổng thiếu mã dùng một lần / the gateway signature has no single-use id')
  }
  if (!accepted.accept(jti, iat + MAX_SIGNATURE_AGE_MS, now)) {
    throw new AuthenticationError('yêu cầu đã được dùng / this signed request was already received: a replay is refused')
  }
  return IdentitySchema.parse(claims)
}
