// Identical subgraph queries in flight are sent once (NET-9, gateway/src/datasources/inflight.ts):
// N identical concurrent requests of one caller reach the subgraph once and each gets the whole
// answer; two callers' identical requests reach it twice; a request with a declared purpose of use
// (the only kind that may read victim-level data, each audited on its own) and a mutation are
// never shared. Real
// subgraphs over real HTTP, on SQLite and PostgreSQL (the registry alone, its copies and its
// clean-up: gateway/src/__tests__/inflight.test.ts). The Border Guard's URL at the gateway is a
// route that counts the requests reaching it and holds them until the test lets them through, so
// that the requests overlap whatever the machine's load (the test waits, it never times).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testProviders } from '@lienthong/kit/testing'
import { DEFAULT_CALLER, startNetwork, type TestNetwork } from '../network.ts'

/** Generous bound of every wait (the CI box is a loaded 2-core machine). */
const WAIT_MS = 60_000
const CONCURRENT = 6
const BORDER_QUERY = '{ borderGates { code } }'
/** No X-Purpose-Of-Use header: an aggregate or reference read, the kind that may be shared. */
const NO_PURPOSE = { 'x-purpose-of-use': '' }

async function until(what: string, done: () => boolean): Promise<void> {
  const end = Date.now() + WAIT_MS
  while (!done()) {
    if (Date.now() > end) throw new Error(`still waiting after ${WAIT_MS} ms for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Forwards POSTs to `target` once released, counting them; GET /health probes pass at once, uncounted. */
async function holdingRoute() {
  const held: (() => void)[] = []
  const route = {
    target: '',
    arrivals: 0,
    holding: false,
    url: '',
    release: () => {
      for (const go of held.splice(0)) go()
    },
    close: async () => {},
  }
  const forward = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([k, v]) => !['host', 'connection', 'content-length'].includes(k) && typeof v === 'string'),
    )
    const answer = await fetch(new URL(req.url ?? '/', route.target), {
      method: req.method ?? 'GET',
      headers: headers as Record<string, string>,
      ...(req.method === 'POST' ? { body } : {}),
    })
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(await answer.text())
  }
  const http = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    if (req.method !== 'POST') return void forward(req, res, Buffer.alloc(0))
    route.arrivals++
    if (route.holding) await new Promise<void>((go) => held.push(go))
    await forward(req, res, Buffer.concat(chunks)).catch(() => res.writeHead(502).end())
  })
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r))
  route.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`
  route.close = () =>
    new Promise<void>((r) => {
      http.close(() => r())
      http.closeAllConnections()
    })
  return route
}

describe.each(await testProviders())('identical subgraph requests in flight, on %s', (provider) => {
  let net: TestNetwork
  let border: Awaited<ReturnType<typeof holdingRoute>>
  beforeAll(async () => {
    border = await holdingRoute()
    net = await startNetwork(provider, { gatewayRoutes: { border: border.url } })
    border.target = net.subgraphUrls.border
  })
  afterAll(async () => {
    border?.release()
    await net?.stop()
    await border?.close()
  })

  /** Sends the requests at once, lets them through once `ready()` says they all wait, and answers them. */
  async function together<T>(requests: (() => Promise<T>)[], ready: () => boolean): Promise<{ answers: T[]; arrivals: number }> {
    const before = border.arrivals
    border.holding = true
    const answers = Promise.all(requests.map((r) => r()))
    await until('every request to wait at the gateway or at the route', ready)
    border.holding = false
    border.release()
    return { answers: await answers, arrivals: border.arrivals - before }
  }

  it('sends N identical queries of one caller once, and answers each of them in full', async () => {
    const { body: alone } = await net.query(BORDER_QUERY, {}, NO_PURPOSE)
    expect(alone.errors).toBeUndefined()
    expect(alone.data.borderGates.length).toBeGreaterThan(0)
    const requests = Array.from({ length: CONCURRENT }, () => () => net.query(BORDER_QUERY, {}, NO_PURPOSE))
    const { answers, arrivals } = await together(requests, () => net.resilience.inflight.waiting === CONCURRENT)
    expect(arrivals).toBe(1)
    for (const { status, body } of answers) {
      expect(status).toBe(200)
      expect(body).toEqual(alone)
    }
    expect(net.resilience.inflight.size).toBe(0) // dropped once answered: nothing is cached
  })

  it("sends two callers' identical queries twice", async () => {
    const other = await net.as({ ...DEFAULT_CALLER, sub: 'another-officer' })
    const requests = [0, 1, 2].flatMap(() => [() => net.query(BORDER_QUERY, {}, NO_PURPOSE), () => other(BORDER_QUERY)])
    const { answers, arrivals } = await together(requests, () => net.resilience.inflight.waiting === requests.length)
    expect(arrivals).toBe(2)
    for (const { body } of answers) expect(body.errors).toBeUndefined()
  })

  it('never shares a read with a declared purpose: each is sent, and audited, on its own', async () => {
    const before = border.arrivals
    const requests = Array.from({ length: CONCURRENT }, () => () => net.query(BORDER_QUERY, {}, { 'x-purpose-of-use': 'victim_support' }))
    const { answers, arrivals } = await together(requests, () => border.arrivals - before === CONCURRENT)
    expect(arrivals).toBe(CONCURRENT)
    for (const { body } of answers) expect(body.errors).toBeUndefined()
    expect(net.resilience.inflight.size).toBe(0)
  })

  it('never shares a mutation: N identical mutations reach the subgraph N times', async () => {
    const mutation = 'mutation { closeBorderIncident(input: { incidentId: "x", closedAt: "2025-01-01T00:00:00Z", version: 1 }) { id } }'
    const before = border.arrivals
    const requests = Array.from({ length: CONCURRENT }, () => () => net.query(mutation))
    const { answers, arrivals } = await together(requests, () => border.arrivals - before === CONCURRENT)
    expect(arrivals).toBe(CONCURRENT)
    for (const { body } of answers) expect(body.errors?.[0]?.extensions?.code).not.toBe('SUBGRAPH_UNAVAILABLE') // each answered by the subgraph itself
    expect(net.resilience.inflight.size).toBe(0)
  })
})
