// The gateway's keep-alive client to subgraphs (resilience/connections.ts) under the transport,
// over real local HTTP servers: sockets are reused, and undici's failures become the same
// SUBGRAPH_UNAVAILABLE / SUBGRAPH_TIMEOUT as before (refused, reset, silent, a proxy's 502).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { SubgraphConnections } from '../resilience/connections.ts'
import { connectionFailure } from '../resilience/subgraphFailure.ts'
import { subgraphTransport } from '../resilience/transport.ts'

const servers: Server[] = []
const connections = new SubgraphConnections()
afterAll(async () => {
  await connections.close()
  for (const s of servers) {
    s.closeAllConnections()
    await new Promise((r) => s.close(r))
  }
})

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; sockets: () => number }> {
  const server = createServer(handler)
  let sockets = 0
  server.on('connection', () => sockets++)
  servers.push(server)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, sockets: () => sockets }
}

async function closedPort(): Promise<string> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const { port } = s.address() as AddressInfo
  await new Promise((r) => s.close(r))
  return `http://127.0.0.1:${port}/graphql`
}

const client = (url: string, timeoutMs = 10_000) => subgraphTransport(connections.exchangeFor(url, { deadlineMs: timeoutMs }), { service: 'cases', timeoutMs })
const post = (url: string, timeoutMs?: number) =>
  client(url, timeoutMs)(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ x }"}' })

describe('keep-alive client', () => {
  it('answers with the status, headers and body, reusing sockets for requests one after another', async () => {
    const server = await serve((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'x-seen': req.headers['content-type'] ?? '' }).end(`{"data":${body}}`))
    })
    for (let i = 0; i < 20; i++) {
      const answer = await post(server.url)
      expect(answer.status).toBe(200)
      expect(answer.headers.get('x-seen')).toBe('application/json')
      expect(await answer.json()).toEqual({ data: { query: '{ x }' } })
    }
    expect(server.sockets()).toBeLessThan(10) // reused (a socket just freed may not be idle yet for the next one)
  })

  it('turns a refused connection into SUBGRAPH_UNAVAILABLE, worth a retry', async () => {
    await expect(post(await closedPort())).rejects.toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'connection refused', retryable: true })
  })

  it('turns a reset connection into SUBGRAPH_UNAVAILABLE, worth a retry', async () => {
    const reset = await serve((req) => req.socket.destroy())
    await expect(post(reset.url)).rejects.toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'connection reset', retryable: true })
  })

  it('ends a request at its deadline: SUBGRAPH_TIMEOUT, not retried', async () => {
    const silent = await serve(() => undefined)
    await expect(post(silent.url, 300)).rejects.toMatchObject({ code: 'SUBGRAPH_TIMEOUT', reason: 'timed out after 300 ms', retryable: false })
  })

  it("turns a proxy's 502 into SUBGRAPH_UNAVAILABLE, with the status text, and passes a subgraph's typed 503", async () => {
    const proxy = await serve((_, res) => res.writeHead(502, 'Bad Gateway').end('<html>bad gateway</html>'))
    await expect(post(proxy.url)).rejects.toMatchObject({ reason: 'HTTP 502 Bad Gateway' })
    const typed = { errors: [{ message: 'db down', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }
    const db = await serve((_, res) => res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify(typed)))
    const answer = await post(db.url)
    expect(answer.status).toBe(503)
    expect(await answer.json()).toEqual(typed)
  })

  it("knows undici's own error codes", () => {
    const failure = (code: string) => connectionFailure('cases', Object.assign(new Error(code), { code }))?.reason
    expect(['UND_ERR_SOCKET', 'ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_CLOSED'].map(failure)).toEqual([
      'connection reset',
      'connection refused',
      'connection timed out',
      'connection closed',
    ])
  })
})
