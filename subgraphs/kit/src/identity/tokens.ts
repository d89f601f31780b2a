// Users' JWTs (EdDSA), verified with jose. Development tokens come from `npm run token`.
import { SignJWT, jwtVerify, errors } from 'jose'
import type { KeyObject } from 'node:crypto'
import { IdentitySchema, type Identity } from './claims.ts'

export const JWT_ISSUER = 'lien-thong'
export const JWT_AUDIENCE = 'lien-thong-gateway'

/** Longest lifetime (exp − iat) a user's token may have, unless configured (LT_MAX_TOKEN_LIFETIME). */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600
/** How far ahead of this server's clock an issuer's or the gateway's clock may be. */
export const MAX_CLOCK_SKEW_SECONDS = 5

export class AuthenticationError extends Error {
  override name = 'AuthenticationError'
}

export async function issueToken(identity: Identity, privateKey: KeyObject, ttlSeconds = 8 * 3600): Promise<string> {
  const claims = IdentitySchema.parse(identity)
  return new SignJWT({ agency: claims.agency, role: claims.role, unit: claims.unit })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject(claims.sub)
    .setIssuer(JWT_ISSUER)
    .setAudience(JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(privateKey)
}

/**
 * Verifies a bearer token; the error message says what is wrong, never the token itself. A token
 * must say when it was issued (not in the future beyond a small clock skew) and live at most
 * `maxLifetimeSeconds` (exp − iat): a stolen long-lived token is refused, not honoured for days.
 */
export async function verifyToken(
  token: string,
  publicKey: KeyObject,
  maxLifetimeSeconds = DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  now = Date.now(),
): Promise<Identity> {
  let payload: Record<string, unknown>
  try {
    ;({ payload } = await jwtVerify(token, publicKey, {
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      algorithms: ['EdDSA'],
      requiredClaims: ['exp', 'iat', 'sub'],
      currentDate: new Date(now),
    }))
  } catch (e) {
    if (e instanceof errors.JWTExpired) throw new AuthenticationError('mã xác thực đã hết hạn / the token has expired')
    if (e instanceof errors.JWTClaimValidationFailed)
      throw new AuthenticationError(`mã xác thực sai thông tin (${e.claim}) / the token's ${e.claim} claim is not accepted`)
    throw new AuthenticationError('mã xác thực không hợp lệ / the token is not valid (bad signature or format)')
  }
  const { iat, exp } = payload as { iat: number; exp: number }
  if (iat > now / 1000 + MAX_CLOCK_SKEW_SECONDS) throw new AuthenticationError('mã xác thực được cấp trong tương lai / the token is issued in the future (iat)')
  if (exp - iat > maxLifetimeSeconds) {
    throw new AuthenticationError(
      `mã xác thực có thời hạn quá dài / the token lives longer than the ${maxLifetimeSeconds} s allowed (exp − iat): ask for a shorter-lived token`,
    )
  }
  const r = IdentitySchema.omit({ purpose: true, operation: true, entityPath: true, requestId: true }).safeParse(payload)
  if (!r.success)
    throw new AuthenticationError(`mã xác thực thiếu thông tin / the token's claims are invalid: ${r.error.issues.map((i) => i.path.join('.')).join(', ')}`)
  return r.data
}
