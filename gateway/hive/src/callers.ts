// Who is calling, on Hive Gateway: the same rules as our Apollo gateway (gateway/src/context.ts:
// an EdDSA token of our issuer and audience, no older than its issuer says, living at most the
// configured maximum; the declared purpose of use; x-dry-run), the request id (the caller's
// well-formed X-Request-Id or a new one, in the response header), and the per-token rate limit
// (429 with Retry-After), all before any subgraph is called. The context gets `identity` and
// `requestId`, which ./forwarding.ts signs to every subgraph.
import type { KeyObject } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime'
import { GraphQLError } from 'graphql'
import { requestIdFrom } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { createGatewayContext } from '../../src/context.ts'
import type { RateLimiter } from '../../src/rateLimit/limiter.ts'

export interface CallerContext {
  identity: Identity
  requestId: string
}

export interface CallersOptions {
  jwtPublicKey: KeyObject
  maxTokenLifetimeSeconds?: number
  rateLimiter: RateLimiter
  /** For the 429 message: operations per window and token. */
  rateLimit: { limit: number; windowMs: number }
}

export function useCallers(o: CallersOptions): GatewayPlugin<CallerContext> {
  const authenticate = createGatewayContext(o.jwtPublicKey, o.maxTokenLifetimeSeconds)
  const ids = new WeakMap<Request, string>()
  return {
    onRequest({ request }) {
      ids.set(request, requestIdFrom(request.headers.get('x-request-id') ?? undefined))
    },
    onResponse({ request, response }) {
      const id = ids.get(request)
      if (id) response.headers.set('x-request-id', id)
    },
    async onContextBuilding({ context, extendContext }) {
      const request = (context as { request: Request }).request
      const requestId = ids.get(request) ?? requestIdFrom(undefined)
      // the Apollo gateway's authenticator reads Node's request headers: the same headers, lower-cased
      const headers: Record<string, string> = Object.fromEntries(request.headers)
      headers['x-request-id'] = requestId
      const { identity } = await authenticate({ headers } as unknown as IncomingMessage)
      const { allowed, retryAfterSeconds } = await o.rateLimiter.consume(`${identity.agency}:${identity.sub}`)
      if (!allowed) throw tooManyRequests(o.rateLimit, retryAfterSeconds)
      extendContext({ identity, requestId })
    },
  }
}

function tooManyRequests({ limit, windowMs }: { limit: number; windowMs: number }, retryAfter: number): GraphQLError {
  return new GraphQLError(
    `Quá nhiều yêu cầu / Too many requests — tối đa ${limit} yêu cầu mỗi ${windowMs / 1000} giây / at most ${limit} operations per ${windowMs / 1000} s per token`,
    { extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: { 'retry-after': String(retryAfter) } } } },
  )
}
