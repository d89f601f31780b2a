// The HTTP exchange with a subgraph, wrapped around any fetch-like client (the gateway's undici
// keep-alive pools, connections.ts; or any fetch): a deadline over the whole
// exchange (connecting, the answer and its body), and a client's network error or a 502/503/504
// that is not the subgraph's own typed answer (a proxy's, a load balancer's) turned into a
// SubgraphFailure that names the subgraph and says why.
import type { RemoteGraphQLDataSource } from '@apollo/gateway'
import { isErrorCode } from '@lienthong/kit'
import type { ExchangeInit, HttpExchange } from './connections.ts'
import { connectionFailure, SubgraphFailure, timedOut } from './subgraphFailure.ts'

export type Fetcher = RemoteGraphQLDataSource['fetcher']

/** Answers that say the subgraph, or what stands in front of it, cannot serve now: worth a retry for a query. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504])
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304])

export interface TransportOptions {
  service: string
  timeoutMs: number
}

export function subgraphTransport(client: HttpExchange | Fetcher, { service, timeoutMs }: TransportOptions): Fetcher {
  const exchange = client as HttpExchange
  return async (url, init) => {
    const controller = new AbortController()
    let expired = false
    const timer = setTimeout(() => {
      expired = true
      controller.abort()
    }, timeoutMs)
    try {
      const response = await exchange(url, { ...(init as ExchangeInit), signal: controller.signal })
      // read within the deadline: a subgraph that sends its headers and then stalls is slow too
      const body = await response.text()
      if (RETRYABLE_STATUSES.has(response.status) && !isTypedAnswer(body))
        throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', service, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, true)
      return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
      })
    } catch (e) {
      if (expired) throw timedOut(service, timeoutMs)
      throw connectionFailure(service, e) ?? e
    } finally {
      clearTimeout(timer)
    }
  }
}

/** A GraphQL answer whose first error has one of the network's codes (e.g. DATABASE_UNAVAILABLE, SHUTTING_DOWN). */
function isTypedAnswer(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] }
    return Array.isArray(parsed.errors) && isErrorCode(parsed.errors[0]?.extensions?.code)
  } catch {
    return false
  }
}
