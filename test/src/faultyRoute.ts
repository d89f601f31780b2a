// A stand-in for a subgraph's URL that the test controls: it forwards to the real subgraph, or
// answers 502, resets the connection, never answers, or forwards once and loses the answer (resets
// the connection after the subgraph answered) — and counts the GraphQL requests that reached it
// (GET /health probes are not counted).
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export type FaultMode = 'pass' | '502' | 'reset' | 'silent' | 'loseOnce'

export interface FaultyRoute extends AsyncDisposable {
  /** The URL to give the gateway in place of the subgraph's (NetworkOptions.gatewayRoutes). */
  url: string
  /** Where 'pass' forwards to (the real subgraph's /graphql URL). */
  target: string
  mode: FaultMode
  /** GraphQL requests (POST) that arrived since the route started. */
  arrivals: number
  close: () => Promise<void>
}

const HOP_HEADERS = new Set(['host', 'connection', 'content-length', 'keep-alive', 'transfer-encoding'])

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export async function startFaultyRoute(): Promise<FaultyRoute> {
  const route = { target: '', mode: 'pass' as FaultMode, arrivals: 0 }
  const http = createServer(async (req, res) => {
    if (req.method === 'POST') route.arrivals++
    if (route.mode === '502') return void res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/plain' }).end('bad gateway')
    if (route.mode === 'reset') return void req.socket.destroy()
    if (route.mode === 'silent') return // the caller gives up (its deadline) and closes the connection
    const lose = route.mode === 'loseOnce' && req.method === 'POST'
    if (lose) route.mode = 'pass'
    try {
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => !HOP_HEADERS.has(k) && typeof v === 'string')) as Record<string, string>
      const target = new URL(req.url ?? '/', route.target)
      const body = req.method === 'POST' ? await bodyOf(req) : undefined
      const answer = await fetch(target, { method: req.method ?? 'GET', headers, ...(body ? { body } : {}) })
      const text = await answer.text()
      if (lose) return void req.socket.destroy()
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(text)
    } catch {
      res.writeHead(502, 'Bad Gateway').end()
    }
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const port = (http.address() as AddressInfo).port
  const close = () =>
    new Promise<void>((resolve) => {
      http.close(() => resolve())
      http.closeAllConnections()
    })
  return Object.assign(route, { url: `http://127.0.0.1:${port}/graphql`, close, [Symbol.asyncDispose]: close })
}
