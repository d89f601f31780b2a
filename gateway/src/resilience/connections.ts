// The gateway's HTTP connections to its subgraphs: one undici keep-alive pool per subgraph origin,
// shared by every request to it and closed when the gateway stops. Apollo's default client
// (make-fetch-happen behind agent-base) built a stack trace and a new socket on each request: the
// CPU profile under load showed about two thirds of the gateway's time there (NET-9). Here a
// request reuses an idle socket; `undici.request` skips the WHATWG fetch layers. The deadline,
// the abort and the failure classification stay in transport.ts, around this client.
import { STATUS_CODES } from 'node:http'
import { Agent } from 'undici'

/** The HTTP exchange transport.ts wraps: a fetch, or a pooled client that answers like one. */
export type HttpExchange = (url: string, init: ExchangeInit) => Promise<ExchangeAnswer>

export interface ExchangeInit {
  method?: string
  headers?: Record<string, string> | Iterable<[string, string]>
  body?: string
  signal?: AbortSignal
}

export interface ExchangeAnswer {
  status: number
  statusText: string
  headers: Iterable<[string, string]>
  text(): Promise<string>
}

/** Sockets kept open per subgraph origin: enough for the planner's parallel fetches under load. */
export const CONNECTIONS_PER_SUBGRAPH = 64
/** Longest wait for a TCP connection to a subgraph (shorter still when the subgraph's deadline is). */
export const CONNECT_TIMEOUT_MS = 5_000
/** An idle socket is closed after this (subgraphs keep theirs 120 s: kit/src/http.ts), so the subgraph never closes one the gateway is about to reuse. */
export const IDLE_SOCKET_MS = 60_000

export class SubgraphConnections {
  private readonly pools = new Map<string, Agent>()

  /** The client for one subgraph; requests to the same origin share its pool. */
  exchangeFor(url: string, { deadlineMs }: { deadlineMs: number }): HttpExchange {
    const { origin } = new URL(url)
    let pool = this.pools.get(origin)
    if (!pool) {
      pool = new Agent({
        connections: CONNECTIONS_PER_SUBGRAPH,
        pipelining: 1, // one request at a time per socket: a slow answer never holds another behind it
        keepAliveTimeout: IDLE_SOCKET_MS,
        keepAliveMaxTimeout: IDLE_SOCKET_MS,
        connect: { timeout: Math.min(CONNECT_TIMEOUT_MS, Math.max(1, deadlineMs - 1)) },
        // the transport's deadline covers the headers and the body (transport.ts)
        headersTimeout: 0,
        bodyTimeout: 0,
      })
      this.pools.set(origin, pool)
    }
    const agent = pool
    return async (target, init) => {
      const { pathname, search } = new URL(target)
      const answer = await agent.request({
        origin,
        path: `${pathname}${search}`,
        method: (init.method ?? 'GET') as 'POST',
        headers: init.headers ? headerPairs(init.headers) : {},
        body: init.body ?? null,
        signal: init.signal ?? null,
      })
      return {
        status: answer.statusCode,
        statusText: answer.statusText || STATUS_CODES[answer.statusCode] || '',
        headers: responseHeaders(answer.headers),
        text: () => answer.body.text(),
      }
    }
  }

  /** Closes every pool (the gateway stops): requests under way finish, idle sockets close. */
  async close(): Promise<void> {
    const pools = [...this.pools.values()]
    this.pools.clear()
    await Promise.allSettled(pools.map((p) => p.close()))
  }
}

function headerPairs(headers: Record<string, string> | Iterable<[string, string]>): Record<string, string> {
  return Symbol.iterator in headers ? Object.fromEntries(headers as Iterable<[string, string]>) : headers
}

function responseHeaders(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const out: [string, string][] = []
  for (const [name, value] of Object.entries(headers)) {
    if (Array.isArray(value)) for (const v of value) out.push([name, v])
    else if (value !== undefined) out.push([name, value])
  }
  return out
}
