// Per-token rate limit at the gateway: each caller (agency:sub of the token) may send at most
// `limit` operations per `windowMs`; beyond that the request is refused with 429 and Retry-After,
// before any subgraph is called. The counter is ../rateLimit/limiter.ts: in Redis when a URL is
// given (LT_REDIS_URL: one budget across every gateway replica), in this process's memory otherwise.
// The check runs once the operation is resolved: Apollo Server answers an error thrown there
// with the HTTP status it carries (an error thrown when the request starts would be a 500).
// The Redis connection is closed when the server stops.
import type { ApolloServerPlugin } from '@apollo/server'
import { GraphQLError } from 'graphql'
import { processLog, type Logger } from '@lienthong/kit'
import type { GatewayContext } from '../context.ts'
import { createRateLimiter } from '../rateLimit/limiter.ts'

export interface RateLimitOptions {
  /** Operations allowed per window and caller. */
  limit: number
  windowMs: number
  /** The shared counter (LT_REDIS_URL); each process counts alone without it. */
  redisUrl?: string
  /** Production: warn at start when the budget is kept in this process only (no redisUrl). */
  warnIfUnshared?: boolean
  /** Prefix of the Redis keys (tests give each run its own). */
  keyPrefix?: string
  logger?: Logger
}
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 600, windowMs: 60_000 }

export function createRateLimitPlugin(options: Partial<RateLimitOptions> = {}): ApolloServerPlugin<GatewayContext> {
  const { limit, windowMs, redisUrl, keyPrefix, warnIfUnshared, logger = processLog() } = { ...DEFAULT_RATE_LIMIT, ...options }
  const limiter = createRateLimiter({ limit, windowMs, logger, ...(redisUrl ? { redisUrl } : {}), ...(keyPrefix ? { keyPrefix } : {}) })
  return {
    async serverWillStart() {
      if (warnIfUnshared && !redisUrl)
        logger.warn(
          { event: 'rate_limit_unshared' },
          'LT_REDIS_URL not set: the rate limit is counted per gateway process; with several replicas each allows the whole budget',
        )
      return { serverWillStop: () => limiter.close() }
    },
    async requestDidStart() {
      return { didResolveOperation: async ({ contextValue }) => admit(contextValue) }
    },
  }
  async function admit(contextValue: GatewayContext): Promise<void> {
    const { allowed, retryAfterSeconds } = await limiter.consume(`${contextValue.identity.agency}:${contextValue.identity.sub}`)
    if (allowed) return
    throw new GraphQLError(
      `Quá nhiều yêu cầu / Too many requests — tối đa ${limit} yêu cầu mỗi ${windowMs / 1000} giây / at most ${limit} operations per ${windowMs / 1000} s per token`,
      {
        extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
      },
    )
  }
}
