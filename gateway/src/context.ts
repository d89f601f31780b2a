// Per-request state of the gateway: who is calling (verified JWT) and the request id (given by
// serveHttp: the caller's well-formed X-Request-Id or a new one; it is in the response header,
// signed to every subgraph and in every log line). Nothing but /health is served without a valid
// token: a missing or bad one is a 401 that says what to fix.
import type { KeyObject } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { GraphQLError } from 'graphql'
import { requestIdOf } from '@lienthong/kit'
import { AuthenticationError, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, PURPOSES, verifyToken, type Identity, type Purpose } from '@lienthong/kit/identity'

/** Header in which the caller declares the purpose of a victim-level read. */
export const PURPOSE_HEADER = 'x-purpose-of-use'
/** Header `x-dry-run: 1`: every write of the request runs in full and is rolled back (kit/src/writes/mutation.ts). */
export const DRY_RUN_HEADER = 'x-dry-run'

export interface GatewayContext {
  requestId: string
  identity: Identity
}

function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Chưa xác thực / Unauthenticated — ${reason}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
  })
}

/**
 * Authenticates each request: a valid token no older than its issuer says and living at most
 * `maxTokenLifetimeSeconds` (LT_MAX_TOKEN_LIFETIME), plus the declared purpose of use.
 */
export function createGatewayContext(jwtPublicKey: KeyObject, maxTokenLifetimeSeconds = DEFAULT_MAX_TOKEN_LIFETIME_SECONDS) {
  return async (req: IncomingMessage): Promise<GatewayContext> => {
    const requestId = requestIdOf(req)
    const header = req.headers.authorization
    if (!header)
      throw unauthenticated(
        'thiếu mã xác thực / missing token: send "Authorization: Bearer <token>" (development: npm run token -- --agency police --role officer --unit 99)',
      )
    const match = /^Bearer\s+(\S+)$/i.exec(header)
    if (!match) throw unauthenticated('sai định dạng / the Authorization header must be "Bearer <token>"')
    const purpose = purposeOf(req.headers[PURPOSE_HEADER])
    const dryRun = dryRunOf(req.headers[DRY_RUN_HEADER])
    try {
      const { dryRun: _fromToken, ...identity } = await verifyToken(match[1]!, jwtPublicKey, maxTokenLifetimeSeconds)
      return { requestId, identity: { ...identity, ...(purpose ? { purpose } : {}), ...(dryRun ? { dryRun } : {}) } }
    } catch (e) {
      if (e instanceof AuthenticationError) throw unauthenticated(e.message)
      throw e
    }
  }
}

function dryRunOf(header: string | string[] | undefined): true | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.trim().toLowerCase()
  if (value == null || value === '' || value === '0' || value === 'false') return undefined
  if (value === '1' || value === 'true') return true
  throw new GraphQLError(`Dữ liệu không hợp lệ / Invalid input — ${DRY_RUN_HEADER}: chỉ nhận 1 hoặc 0 / must be 1 or 0`, {
    extensions: { code: 'BAD_USER_INPUT', field: DRY_RUN_HEADER, http: { status: 400 } },
  })
}

function purposeOf(header: string | string[] | undefined): Purpose | undefined {
  if (header == null || header === '') return undefined
  const value = (Array.isArray(header) ? header[0]! : header).trim().toLowerCase()
  if ((PURPOSES as readonly string[]).includes(value)) return value as Purpose
  throw new GraphQLError(
    `Dữ liệu không hợp lệ / Invalid input — ${PURPOSE_HEADER}: mục đích sử dụng không có trong danh mục / the purpose of use must be one of ${PURPOSES.join(', ')}`,
    {
      extensions: { code: 'BAD_USER_INPUT', field: PURPOSE_HEADER, http: { status: 400 } },
    },
  )
}
