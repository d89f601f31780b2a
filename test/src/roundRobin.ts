// A load balancer in front of a subgraph's replicas, as a deployment puts one: each request goes to
// the next replica in turn (the gateway sees one URL per subgraph, NetworkOptions.gatewayRoutes).
// Replicas can be added while it runs (the second set starts after the first gateway needs a URL).
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RoundRobin extends AsyncDisposable {
  /** The URL to give the gateways in place of the subgraph's. */
  url: string
  /** The replicas' /graphql URLs, in turn. */
  targets: string[]
  /** Requests (POST) each target received, by URL. */
  arrivals: Map<string, number>
  close: () => Promise<void>
}

const HOP_HEADERS = new Set(['host', 'connection', 'content-length', 'keep-alive', 'transfer-encoding'])

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export async function startRoundRobin(targets: string[] = []): Promise<RoundRobin> {
  let turn = 0
  const arrivals = new Map<string, number>()
  const http = createServer(async (req, res) => {
    const target = targets[turn++ % targets.length]
    if (!target) return void res.writeHead(502, 'Bad Gateway').end()
    if (req.method === 'POST') arrivals.set(target, (arrivals.get(target) ?? 0) + 1)
    try {
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => !HOP_HEADERS.has(k) && typeof v === 'string')) as Record<string, string>
      const body = req.method === 'POST' ? await bodyOf(req) : undefined
      const answer = await fetch(new URL(req.url ?? '/', target), { method: req.method ?? 'GET', headers, ...(body ? { body } : {}) })
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(await answer.text())
    } catch {
      res.writeHead(502, 'Bad Gateway').end()
    }
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const close = () =>
    new Promise<void>((resolve) => {
      http.close(() => resolve())
      http.closeAllConnections()
    })
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`, targets, arrivals, close, [Symbol.asyncDispose]: close }
}
