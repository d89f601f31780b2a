// A subgraph down or slow does not take the gateway down (NET-10): its fields are null with a
// SUBGRAPH_UNAVAILABLE or SUBGRAPH_TIMEOUT error, the rest answers; queries are retried, mutations
// never; a circuit per subgraph opens after repeated failures and closes when it answers again;
// /health and /ready tell. Real subgraphs over real HTTP, on SQLite and PostgreSQL; the Border
// Guard's URL at the gateway is a route the test controls (forward, 502, reset, silence).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SUBGRAPH_NAMES } from '@lienthong/schema'
import { testProviders } from '@lienthong/kit/testing'
import { devKeyPair, issueToken } from '@lienthong/kit/identity'
import { freePort, startNetwork, type TestNetwork, onlyApollo } from '../network.ts'
import { startFaultyRoute, type FaultyRoute } from '../faultyRoute.ts'

/** Generous bound of every wait for a state to change (the CI box is a loaded 2-core machine). */
const WAIT_MS = 30_000
const BORDER_TIMEOUT_MS = 3000

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + WAIT_MS
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > end) throw new Error(`still waiting after ${WAIT_MS} ms for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

const getJson = async (url: URL) => {
  const res = await fetch(url)
  return { status: res.status, body: (await res.json()) as any }
}

const BORDER_QUERY = '{ borderGates { code } }'
const TWO_AGENCIES = '{ criminalCases(first: 2) { totalCount } supportCases(first: 2) { totalCount } }'

describe.skipIf(onlyApollo("deadlines, retries, circuit breakers and /health per subgraph are our gateway's")).each(await testProviders())(
  'a subgraph down or slow, on %s',
  (provider) => {
    let net: TestNetwork
    let border: FaultyRoute
    beforeAll(async () => {
      border = await startFaultyRoute()
      net = await startNetwork(provider, {
        gatewayRoutes: { border: border.url },
        resilience: { timeoutsMs: { border: BORDER_TIMEOUT_MS }, breaker: { resetTimeoutMs: 1000, volumeThreshold: 10 } },
      })
      border.target = net.subgraphUrls.border
    })
    afterAll(async () => {
      await net?.stop()
      await border?.close()
    })
    const health = () => getJson(new URL('/health', net.gatewayUrl))
    /** Border answers again and its circuit is closed (after a half-open probe, when it was open). */
    const heal = async () => {
      border.mode = 'pass'
      await until('border to answer again', async () => ((await net.query(BORDER_QUERY)).body.errors ? undefined : true))
      await until('border circuit closed', async () => ((await health()).body.subgraphs.border.breaker === 'closed' ? true : undefined))
    }

    it('answers the other agencies when one subgraph is stopped: its fields are null with SUBGRAPH_UNAVAILABLE', async () => {
      const before = await net.query(TWO_AGENCIES)
      expect(before.body.errors).toBeUndefined()
      await net.stopSubgraph('support')
      const { status, body } = await net.query(TWO_AGENCIES)
      expect(status).toBe(200)
      expect(body.data.criminalCases.totalCount).toBe(before.body.data.criminalCases.totalCount)
      expect(body.data.supportCases).toBeNull()
      expect(body.errors).toHaveLength(1)
      expect(body.errors![0].path).toEqual(['supportCases'])
      expect(body.errors![0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'support', reason: 'connection refused' })
      expect(body.errors![0].message).toMatch(/Sở Lao động - Thương binh và Xã hội.* \/ .*Social Affairs service \(support\) cannot be reached/)
    })

    it("nulls the entity fields of the stopped subgraph inside another agency's records, each with its path", async () => {
      const { body: list } = await net.query('{ criminalCases(first: 20) { edges { node { id victims { personRef } } } } }')
      const c = list.data.criminalCases.edges.map((e: any) => e.node).find((n: any) => n.victims.length > 0)
      const { body } = await net.query('query($id: ID!) { criminalCase(id: $id) { id victims { personRef supportCases { externalRef } } } }', { id: c.id })
      expect(body.data.criminalCase.id).toBe(c.id)
      expect(body.data.criminalCase.victims.map((v: any) => v.supportCases)).toEqual(c.victims.map(() => null))
      expect(body.errors!.map((e: any) => e.path)).toEqual(c.victims.map((_: unknown, i: number) => ['criminalCase', 'victims', i, 'supportCases']))
      for (const e of body.errors!) expect(e.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'support', reason: 'connection refused' })
    })

    it("answers the provincial statistics without the stopped agency's figures: only its section and the figures built from it are null", async () => {
      await net.stopSubgraph('support') // stopped by the first test already; stopping again does nothing
      const { status, body } = await net.query(`{ provincialStatistics(period: { kind: YEAR, year: 2024 }) {
      unitName police { reportsReceived } procuracy { filesAccepted } kpis { code } support { casesReceived } victims { total } } }`)
      expect(status).toBe(200)
      const stats = body.data.provincialStatistics
      expect([typeof stats.unitName, typeof stats.police.reportsReceived, typeof stats.procuracy.filesAccepted, stats.kpis.length]).toEqual([
        'string',
        'number',
        'number',
        5,
      ])
      expect([stats.support, stats.victims]).toEqual([null, null])
      // victims is null because its input from Social Affairs (the hidden supportPersonRefs) failed: that fetch's error names it
      const paths = body.errors!.map((e: any) => e.path.join('.')).sort()
      expect(paths).toEqual(['provincialStatistics.support', 'provincialStatistics.supportPersonRefs'])
      for (const e of body.errors!) expect(e.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', service: 'support' })
    })

    it('shows the stopped subgraph down on /health with its last failure, and stays ready', async () => {
      const { status, body } = await health()
      expect(status).toBe(200)
      expect(body.status).toBe('degraded')
      expect(body.subgraphs.support).toMatchObject({ status: 'down', lastFailure: { code: 'SUBGRAPH_UNAVAILABLE', reason: 'connection refused' } })
      expect(['closed', 'open', 'halfOpen']).toContain(body.subgraphs.support.breaker)
      expect(body.subgraphs.cases).toMatchObject({ status: 'ok', breaker: 'closed' })
      const ready = await getJson(new URL('/ready', net.gatewayUrl))
      expect(ready.status).toBe(200)
      expect(ready.body).toMatchObject({ status: 'degraded', ready: true, subgraphs: { support: { reachable: false }, cases: { reachable: true } } })
    })

    it('serves the subgraph again once it is back', async () => {
      await net.restartSubgraph('support')
      const body = await until('support served again', async () => {
        const r = await net.query(TWO_AGENCIES)
        return r.body.errors ? undefined : r.body
      })
      expect(body.data.supportCases.totalCount).toBeGreaterThan(0)
      await until('support up on /health', async () => ((await health()).body.subgraphs.support.status === 'ok' ? true : undefined))
    })

    it('answers SUBGRAPH_TIMEOUT when a subgraph does not answer within its deadline', async () => {
      border.mode = 'silent'
      // a nullable field: a non-null one (borderGates) would null the whole data, as GraphQL says
      const { status, body } = await net.query('{ repatriations(first: 1) { totalCount } criminalCases(first: 1) { totalCount } }')
      expect(status).toBe(200)
      expect(body.data.repatriations).toBeNull()
      expect(body.data.criminalCases.totalCount).toBeGreaterThan(0)
      expect(body.errors).toEqual([
        expect.objectContaining({
          path: ['repatriations'],
          extensions: { code: 'SUBGRAPH_TIMEOUT', service: 'border', reason: `timed out after ${BORDER_TIMEOUT_MS} ms` },
        }),
      ])
      expect(body.errors![0].message).toMatch(/Bộ Chỉ huy Bộ đội Biên phòng.* \/ No answer in time from the Border Guard Command service \(border\)/)
      await heal()
    })

    it('retries a query twice on a 502, then answers SUBGRAPH_UNAVAILABLE', async () => {
      border.mode = '502'
      const before = border.arrivals
      const { status, body } = await net.query(BORDER_QUERY)
      expect(status).toBe(503) // nothing else in the response: the status of the code
      expect(body.errors![0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'border', reason: 'HTTP 502 Bad Gateway' })
      expect(border.arrivals - before).toBe(3)
      await heal()
    })

    it('retries a query whose answer was lost, signed afresh (the subgraph refuses a signature it has seen)', async () => {
      border.mode = 'loseOnce'
      const before = border.arrivals
      const { body } = await net.query(BORDER_QUERY)
      expect(body.errors).toBeUndefined()
      expect(body.data.borderGates.length).toBeGreaterThan(0)
      expect(border.arrivals - before).toBe(2)
    })

    it('opens the circuit after repeated failures: then answers at once without contacting the subgraph, and closes when it answers', async () => {
      border.mode = '502'
      await until('border circuit open', async () => {
        await net.query(BORDER_QUERY)
        return (await health()).body.subgraphs.border.breaker === 'open' ? true : undefined
      })
      const arrived = border.arrivals
      const { body } = await net.query(BORDER_QUERY)
      expect(body.errors![0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'border', reason: 'circuit open' })
      expect(border.arrivals).toBe(arrived)
      const { body: h } = await health()
      expect(h.subgraphs.border).toMatchObject({ lastFailure: { code: 'SUBGRAPH_UNAVAILABLE', reason: 'HTTP 502 Bad Gateway' } })
      expect(['open', 'halfOpen']).toContain(h.subgraphs.border.breaker)
      await heal() // half-open after the reset timeout: the next query is the probe, and closes it
      expect(border.arrivals).toBeGreaterThan(arrived)
    })

    it("does not count a subgraph's own refusals as failures", async () => {
      const refused = await net.query('{ borderAuditLog(first: 1) { entries { seq } } }')
      expect(refused.body.errors?.[0].extensions.code).toBe('FORBIDDEN')
      for (let i = 0; i < 12; i++) await net.query('{ borderAuditLog(first: 1) { entries { seq } } }')
      expect((await health()).body.subgraphs.border.breaker).toBe('closed')
    })

    // last of the block: the mutation's failure reaches the breaker's window, which the tests above count on
    it('never sends a mutation twice, even when the subgraph failed before answering', async () => {
      border.mode = 'reset'
      const before = border.arrivals
      const { body } = await net.query('mutation { closeBorderIncident(input: { incidentId: "x", closedAt: "2025-01-01T00:00:00Z", version: 1 }) { id } }')
      expect(body.data).toBeNull()
      expect(body.errors![0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'border', reason: 'connection reset' })
      expect(border.arrivals - before).toBe(1)
      await heal()
    })
  },
)

describe.skipIf(onlyApollo("deadlines, retries, circuit breakers and /health per subgraph are our gateway's")).each(await testProviders())(
  'a gateway started while its subgraphs are down, on %s',
  (provider) => {
    let net: TestNetwork
    beforeAll(async () => {
      net = await startNetwork(provider, { only: ['support', 'border'], startLater: ['support', 'border'], resilience: { breaker: { resetTimeoutMs: 1000 } } })
    })
    afterAll(async () => {
      await net?.stop()
    })

    it('starts, is not ready, and answers SUBGRAPH_UNAVAILABLE', async () => {
      const ready = await getJson(new URL('/ready', net.gatewayUrl))
      expect(ready.status).toBe(503)
      expect(ready.body).toMatchObject({
        status: 'down',
        ready: false,
        started: true,
        subgraphs: { support: { reachable: false }, border: { reachable: false } },
      })
      const health = await getJson(new URL('/health', net.gatewayUrl))
      expect(health.status).toBe(200)
      expect(health.body.subgraphs.support.status).toBe('down')
      const { status, body } = await net.query('{ supportCases(first: 1) { totalCount } }')
      expect(status).toBe(503)
      expect(body.data.supportCases).toBeNull()
      expect(body.errors![0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'support', reason: 'connection refused' })
    })

    it('picks a subgraph up when it starts: ready, and served', async () => {
      await net.restartSubgraph('support')
      const ready = await until('the gateway ready', async () => {
        const r = await getJson(new URL('/ready', net.gatewayUrl))
        return r.status === 200 ? r.body : undefined
      })
      expect(ready).toMatchObject({ status: 'degraded', ready: true, subgraphs: { support: { reachable: true }, border: { reachable: false } } })
      const body = await until('support served', async () => {
        const r = await net.query('{ supportCases(first: 1) { totalCount } }')
        return r.body.errors ? undefined : r.body
      })
      expect(body.data.supportCases.totalCount).toBeGreaterThan(0)
    })
  },
)

describe.skipIf(onlyApollo("deadlines, retries, circuit breakers and /health per subgraph are our gateway's"))(
  "the gateway's entry point (npm start) with every subgraph down",
  () => {
    it('starts from its supergraph file: /health answers, /ready is 503, a query answers SUBGRAPH_UNAVAILABLE', async () => {
      const root = fileURLToPath(new URL('../../../', import.meta.url))
      const keys = mkdtempSync(path.join(tmpdir(), 'lt-resilience-keys-'))
      const port = await freePort()
      const down = Object.fromEntries(
        await Promise.all(SUBGRAPH_NAMES.map(async (n) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${await freePort()}/graphql`])),
      )
      const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/index.ts'], {
        cwd: root,
        env: { ...process.env, ...down, GATEWAY_PORT: String(port), LT_KEYS_DIR: keys, LT_LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      child.stdout.on('data', (d) => (output += d))
      child.stderr.on('data', (d) => (output += d))
      try {
        await until('the gateway to start', async () =>
          /\[gateway\] ready at/.test(output) ? true : child.exitCode != null ? Promise.reject(new Error(output)) : undefined,
        )
        const base = `http://127.0.0.1:${port}`
        const ready = await getJson(new URL('/ready', base))
        expect(ready.status).toBe(503)
        expect(ready.body).toMatchObject({ status: 'down', ready: false, started: true })
        expect(Object.keys(ready.body.subgraphs).sort()).toEqual([...SUBGRAPH_NAMES].sort())
        const health = await getJson(new URL('/health', base))
        expect(health.status).toBe(200)
        expect(health.body.status).toBe('degraded')
        const token = await issueToken(
          { sub: 'resilience-test', agency: 'social_affairs', role: 'officer', unit: '99' },
          devKeyPair('jwt', { LT_KEYS_DIR: keys }).privateKey,
        )
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': 'victim_support' },
          body: JSON.stringify({ query: '{ supportCases(first: 1) { totalCount } }' }),
        })
        const body = (await res.json()) as any
        expect(res.status).toBe(503)
        expect(body.errors[0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'support', reason: 'connection refused' })
      } finally {
        child.kill('SIGINT')
        rmSync(keys, { recursive: true, force: true })
      }
    })
  },
)
