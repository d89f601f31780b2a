// How the caller's identity reaches a subgraph: in the request body's extensions, as Hive Gateway
// produces by configuration (its JWT plugin forwards the verified token's claims in
// `extensions.jwt.payload`, its HMAC upstream signature plugin signs the request in
// `extensions["hmac-signature"]`), plus our own `extensions.lt` (when it was signed, a single-use
// id, the request id, the client's operation, where entities sit in it, the declared purpose, a
// dry run). The signature (HMAC-SHA256 with the subgraph's own secret, ./keys.ts) covers the
// query, variables, operation name and every extension (./canonical.ts), so nobody can call a
// subgraph without the gateway, change what was signed, or use one subgraph's secret on another.
// A subgraph refuses a signature older than 60 s, dated in the future, or already accepted (each
// subgraph remembers the single-use ids it accepted for as long as they are fresh): a captured
// request cannot be replayed. Wire protocol: docs/identity-forwarding.md.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { IdentitySchema, type Identity } from './claims.ts'
import { SIGNATURE_EXTENSION, signedText, type SignedRequest } from './canonical.ts'
import { AuthenticationError, MAX_CLOCK_SKEW_SECONDS } from './tokens.ts'

export { SIGNATURE_EXTENSION, signedText, stableStringify, type SignedRequest } from './canonical.ts'
/** The extension with the verified token's claims (Hive Gateway's JWT forwarding: `{ payload }`). */
export const JWT_EXTENSION = 'jwt'
/** The extension with what the gateway adds to the identity for one request. */
export const FORWARDING_EXTENSION = 'lt'
/** How old a signed request may be when it reaches the subgraph. */
export const MAX_SIGNATURE_AGE_MS = 60_000
/** How far in the future (the gateway's clock ahead of the subgraph's) a signed request may be dated. */
export const MAX_SIGNATURE_SKEW_MS = MAX_CLOCK_SKEW_SECONDS * 1000

/** `extensions.lt`: when and for what the gateway signed this request (iat in milliseconds since the epoch). */
export const ForwardingSchema = z.object({
  iat: z.number().int(),
  jti: z.string().min(16).max(64),
  requestId: z.string().optional(),
  operation: z.string().optional(),
  entityPath: z.string().optional(),
  purpose: z.string().optional(),
  dryRun: z.literal(true).optional(),
})
export type Forwarding = z.infer<typeof ForwardingSchema>

/** The claims of `extensions.jwt.payload` the identity is made of (a token's other claims are ignored). */
const TOKEN_CLAIMS = ['sub', 'agency', 'role', 'unit'] as const

/** The extensions that forward `identity` (fresh iat and single-use id), before signing. */
export function forwardingExtensions(identity: Identity, now = Date.now()): { jwt: { payload: Record<string, string> }; lt: Forwarding } {
  const { sub, agency, role, unit, ...perRequest } = identity
  return { jwt: { payload: { sub, agency, role, unit } }, lt: { ...perRequest, iat: now, jti: randomUUID() } }
}

/** The signature of `request` with `secret` (base64 HMAC-SHA256 of its signed text, as Hive Gateway writes it). */
export function signatureOf(request: SignedRequest, secret: string): string {
  return createHmac('sha256', secret).update(signedText(request)).digest('base64')
}

/** `request` with the identity forwarded and signed for the subgraph whose secret is `secret`. */
export function signForwardedRequest<R extends SignedRequest>(
  request: R,
  identity: Identity,
  secret: string,
  now = Date.now(),
): R & { extensions: Record<string, unknown> } {
  const extensions: Record<string, unknown> = { ...(request.extensions as Record<string, unknown> | undefined), ...forwardingExtensions(identity, now) }
  delete extensions[SIGNATURE_EXTENSION]
  return { ...request, extensions: { ...extensions, [SIGNATURE_EXTENSION]: signatureOf({ ...request, extensions }, secret) } }
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

const refuse = (reason: string) => new AuthenticationError(reason)

/** The identity a request body forwards, once its signature with this subgraph's `secret` is verified, fresh and never seen. */
export function verifyForwardedRequest(body: unknown, secret: string, accepted: AcceptedSignatures, now = Date.now()): Identity {
  const request = (body && typeof body === 'object' ? body : {}) as SignedRequest
  const extensions = (request.extensions && typeof request.extensions === 'object' ? request.extensions : {}) as Record<string, unknown>
  const signature = extensions[SIGNATURE_EXTENSION]
  if (typeof signature !== 'string') {
    throw refuse('yêu cầu không đi qua cổng liên thông / request not signed by the gateway: call the gateway, not the subgraph')
  }
  const expected = createHmac('sha256', secret).update(signedText(request)).digest()
  const given = Buffer.from(signature, 'base64')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw refuse('chữ ký của cổng không hợp lệ / the gateway signature does not match this request')
  }
  const forwarding = ForwardingSchema.safeParse(extensions[FORWARDING_EXTENSION])
  if (!forwarding.success) throw refuse('chữ ký của cổng thiếu thời điểm hoặc mã dùng một lần / the gateway signature has no time or single-use id')
  const { iat, jti, ...perRequest } = forwarding.data
  if (now - iat > MAX_SIGNATURE_AGE_MS) throw refuse('chữ ký của cổng đã quá hạn / the gateway signature is stale')
  if (iat - now > MAX_SIGNATURE_SKEW_MS) throw refuse('chữ ký của cổng ghi thời điểm trong tương lai / the gateway signature is dated in the future')
  if (!accepted.accept(jti, iat + MAX_SIGNATURE_AGE_MS, now)) {
    throw refuse('yêu cầu đã được dùng / this signed request was already received: a replay is refused')
  }
  const payload = (extensions[JWT_EXTENSION] as { payload?: Record<string, unknown> } | undefined)?.payload ?? {}
  const claims = Object.fromEntries(TOKEN_CLAIMS.map((c) => [c, payload[c]]))
  const identity = IdentitySchema.safeParse({ ...claims, ...perRequest })
  if (!identity.success) throw refuse('danh tính được chuyển tiếp không hợp lệ / the forwarded identity is invalid')
  return identity.data
}
