// Per-token rate limit at the gateway: each caller (the token's subject) may send at most
// `limit` operations per `windowMs` (a sliding window kept in memory per gateway process);
// beyond that the request is refused with 429 and Retry-After, before any subgraph is called.
// The check runs once the operation is resolved: Apollo Server answers an error thrown there
// with the HTTP status it carries (an error thrown when the request starts would be a 500).
import type { ApolloServerPlugin } from '@apollo/server'
import { GraphQLError } from 'graphql'
import type { GatewayContext } from '../context.ts'

export interface RateLimitOptions {
  /** Operations allowed per window and caller. */
  limit: number
  windowMs: number
}
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 600, windowMs: 60_000 }

export function createRateLimitPlugin(options: Partial<RateLimitOptions> = {}): ApolloServerPlugin<GatewayContext> {
  const { limit, windowMs } = { ...DEFAULT_RATE_LIMIT, ...options }
  const calls = new Map<string, number[]>()
  return {
    async requestDidStart() {
      return { didResolveOperation: async ({ contextValue }) => admit(contextValue) }
    },
  }
  function admit(contextValue: GatewayContext): void {
    const key = `${contextValue.identity.agency}:${contextValue.identity.sub}`
    const now = Date.now()
    const recent = (calls.get(key) ?? []).filter((t) => t > now - windowMs)
    if (recent.length >= limit) {
      const retryAfter = Math.ceil((recent[0]! + windowMs - now) / 1000)
      calls.set(key, recent)
      throw new GraphQLError(
        `Quá nhiều yêu cầu / Too many requests — tối đa ${limit} yêu cầu mỗi ${windowMs / 1000} giây / at most ${limit} operations per ${windowMs / 1000} s per token`,
        {
          extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } },
        },
      )
    }
    recent.push(now)
    calls.set(key, recent)
    if (calls.size > 10_000) for (const [k, v] of calls) if (!v.some((t) => t > now - windowMs)) calls.delete(k)
  }
}
