// The resilience modules on their own: retry policy, circuit breaker, the transport's deadline and
// classification over real local HTTP servers, and the errors a caller sees. No timing assertions:
// waits poll until the state changes.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parse } from 'graphql'
import { afterAll, describe, expect, it } from 'vitest'
import { RemoteGraphQLDataSource } from '@apollo/gateway'
import { backoffDelay, withRetry, DEFAULT_RETRY } from '../resilience/retry.ts'
import { isBreakerFailure, SubgraphBreaker } from '../resilience/breaker.ts'
import { failureErrors, formatSubgraphFailure, SubgraphFailure } from '../resilience/subgraphFailure.ts'
import { subgraphTransport } from '../resilience/transport.ts'
import { isRetryable, NetworkResilience } from '../resilience/resilience.ts'
import { operationKindOf } from '../datasources/SubgraphDataSource.ts'
import { networkHealth, networkReadiness } from '../health.ts'

const noWait = async () => undefined
const servers: Server[] = []
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections()
    await new Promise((r) => s.close(r))
  }
})

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; arrivals: () => number }> {
  let arrivals = 0
  const server = createServer((req, res) => {
    arrivals++
    handler!(req, res)
  })
  servers.push(server)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, arrivals: () => arrivals }
}

/** A port with nothing listening on it. */
async function closedPort(): Promise<string> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const { port } = s.address() as AddressInfo
  await new Promise((r) => s.close(r))
  return `http://127.0.0.1:${port}/graphql`
}

const unavailable = (reason: string, retryable = true) => new SubgraphFailure('SUBGRAPH_UNAVAILABLE', 'cases', reason, retryable)

describe('retry', () => {
  it('waits an exponential backoff with jitter, capped', () => {
    const policy = { retries: 2, baseDelayMs: 100, maxDelayMs: 1000 }
    expect([0, 1, 2, 5].map((n) => backoffDelay(n, policy, () => 0))).toEqual([50, 100, 200, 500])
    expect([0, 1, 2, 5].map((n) => backoffDelay(n, policy, () => 1))).toEqual([100, 200, 400, 1000])
  })

  it('attempts at most twice more, and only while the failure is retryable', async () => {
    const options = { policy: DEFAULT_RETRY, retryable: isRetryable, wait: noWait }
    let n = 0
    const refused = async () => {
      n++
      throw unavailable('connection refused')
    }
    await expect(withRetry(refused, options)).rejects.toThrow()
    expect(n).toBe(3)
    n = 0
    const open = async () => {
      n++
      throw unavailable('circuit open', false)
    }
    await expect(withRetry(open, options)).rejects.toThrow()
    expect(n).toBe(1)
    n = 0
    expect(await withRetry(async () => (++n < 2 ? Promise.reject(unavailable('connection reset')) : 'ok'), options)).toBe('ok')
    expect(n).toBe(2)
  })

  it('retries 502/503/504 answers and connection failures, never a timeout or a refusal', () => {
    expect(isRetryable(unavailable('HTTP 502 Bad Gateway'))).toBe(true)
    expect(isRetryable(new SubgraphFailure('SUBGRAPH_TIMEOUT', 'cases', 'timed out after 10 ms'))).toBe(false)
    expect(isRetryable(Object.assign(new Error('typed'), { status: 503 }))).toBe(true)
    expect(isRetryable(Object.assign(new Error('typed'), { status: 403 }))).toBe(false)
    expect(isRetryable(new Error('anything else'))).toBe(false)
  })

  it('sends a mutation once and a query three times through NetworkResilience', async () => {
    const resilience = new NetworkResilience({ wait: noWait, breaker: { volumeThreshold: 100 } })
    let calls = 0
    const failing = async () => {
      calls++
      throw unavailable('connection refused')
    }
    await expect(resilience.call('cases', failing, { idempotent: false })).rejects.toBeInstanceOf(SubgraphFailure)
    expect(calls).toBe(1)
    await expect(resilience.call('cases', failing, { idempotent: true })).rejects.toBeInstanceOf(SubgraphFailure)
    expect(calls).toBe(4)
    resilience.shutdown()
  })
})

describe('circuit breaker', () => {
  it('opens after repeated failures, refuses without calling, half-opens and closes on an answer', async () => {
    const breaker = new SubgraphBreaker('border', { resetTimeoutMs: 200, volumeThreshold: 3, errorThresholdPercentage: 50, rollingWindowMs: 10_000 })
    let calls = 0
    const fail = () =>
      breaker.run(async () => {
        calls++
        throw unavailable('connection refused')
      })
    for (let i = 0; i < 3; i++) await expect(fail()).rejects.toMatchObject({ reason: 'connection refused' })
    expect(breaker.state).toBe('open')
    expect(breaker.lastFailure).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'connection refused' })
    await expect(fail()).rejects.toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', service: 'border', reason: 'circuit open' })
    expect(calls).toBe(3)
    for (let i = 0; breaker.state !== 'halfOpen' && i < 300; i++) await new Promise((r) => setTimeout(r, 100))
    expect(breaker.state).toBe('halfOpen')
    const answer = async () => {
      calls++
      return 'answer'
    }
    expect(await breaker.run(answer)).toBe('answer')
    expect(breaker.state).toBe('closed')
    expect(calls).toBe(4)
    breaker.shutdown()
  })

  it('tells when a circuit opens (the gateway logs it)', async () => {
    const changes: string[] = []
    const resilience = new NetworkResilience({
      wait: noWait,
      breaker: { volumeThreshold: 1 },
      onStateChange: (service, s) => changes.push(`${service} ${s.breaker} ${s.lastFailure?.reason}`),
    })
    await expect(resilience.call('support', async () => Promise.reject(unavailable('connection refused')), { idempotent: false })).rejects.toThrow()
    expect(changes).toEqual(['support open connection refused'])
    expect(resilience.stateOf('support')).toMatchObject({ breaker: 'open', lastFailure: { reason: 'connection refused' } })
    resilience.shutdown()
  })

  it("does not count a subgraph's 4xx refusals, and counts its 5xx answers", async () => {
    expect(isBreakerFailure(Object.assign(new Error('FORBIDDEN'), { status: 403 }))).toBe(false)
    expect(isBreakerFailure(Object.assign(new Error('BAD_USER_INPUT'), { status: 400 }))).toBe(false)
    expect(isBreakerFailure(Object.assign(new Error('DATABASE_UNAVAILABLE'), { status: 503 }))).toBe(true)
    expect(isBreakerFailure(unavailable('connection refused'))).toBe(true)
    const breaker = new SubgraphBreaker('border', { resetTimeoutMs: 60_000, volumeThreshold: 2, errorThresholdPercentage: 50, rollingWindowMs: 10_000 })
    for (let i = 0; i < 10; i++)
      await expect(breaker.run(async () => Promise.reject(Object.assign(new Error('refused'), { status: 403 })))).rejects.toThrow('refused')
    expect(breaker.state).toBe('closed')
    expect(breaker.lastFailure).toBeUndefined()
    breaker.shutdown()
  })
})

describe('transport', () => {
  const base = new RemoteGraphQLDataSource().fetcher
  const post = (fetcher: ReturnType<typeof subgraphTransport>, url: string) =>
    fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ x }"}' })

  it('turns a refused connection into SUBGRAPH_UNAVAILABLE, worth a retry', async () => {
    await expect(post(subgraphTransport(base, { service: 'cases', timeoutMs: 10_000 }), await closedPort())).rejects.toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      reason: 'connection refused',
      retryable: true,
    })
  })

  it('ends a request at its deadline: SUBGRAPH_TIMEOUT', async () => {
    const silent = await serve(() => undefined)
    await expect(post(subgraphTransport(base, { service: 'cases', timeoutMs: 300 }), silent.url)).rejects.toMatchObject({
      code: 'SUBGRAPH_TIMEOUT',
      reason: 'timed out after 300 ms',
      retryable: false,
    })
  })

  it("turns a proxy's 502 into SUBGRAPH_UNAVAILABLE but passes a subgraph's typed 503 and 4xx through", async () => {
    const proxy = await serve((_, res) => res.writeHead(502, 'Bad Gateway').end('<html>bad gateway</html>'))
    await expect(post(subgraphTransport(base, { service: 'cases', timeoutMs: 10_000 }), proxy.url)).rejects.toMatchObject({ reason: 'HTTP 502 Bad Gateway' })
    const typed = { errors: [{ message: 'db down', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }
    const db = await serve((_, res) => res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify(typed)))
    const answer = await post(subgraphTransport(base, { service: 'cases', timeoutMs: 10_000 }), db.url)
    expect(answer.status).toBe(503)
    expect(await answer.json()).toEqual(typed)
    const refusal = await serve((_, res) => res.writeHead(403, { 'content-type': 'application/json' }).end('{"errors":[]}'))
    expect((await post(subgraphTransport(base, { service: 'cases', timeoutMs: 10_000 }), refusal.url)).status).toBe(403)
  })
})

describe('what the caller sees', () => {
  const failure = new SubgraphFailure('SUBGRAPH_UNAVAILABLE', 'prosecutions', 'circuit open')

  it('one error per root field of the failed fetch, extensions exactly { code, service, reason }', () => {
    const errors = failureErrors(failure, { query: 'query Q__prosecutions__0 { a: procuracyFiles { totalCount } courtFiles { totalCount } __typename }' })
    expect(errors.map((e) => e.path)).toEqual([['a'], ['courtFiles']])
    expect(errors[0]!.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'prosecutions', reason: 'circuit open' })
    expect(errors[0]!.message).toBe(
      "Không truy cập được dịch vụ của Viện kiểm sát nhân dân, Tòa án nhân dân (prosecutions) / The People's Procuracy and People's Court service (prosecutions) cannot be reached: its fields are null",
    )
  })

  it('one error per entity and field of a failed entity fetch, as the planner numbers them', () => {
    const query =
      'query Q__support__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { supportCases { externalRef } __typename } } }'
    const errors = failureErrors(failure, { query, document: parse(query), representations: 2 })
    expect(errors.map((e) => e.path)).toEqual([
      ['_entities', 0, 'supportCases'],
      ['_entities', 1, 'supportCases'],
    ])
    expect(failureErrors(failure, { query, representations: 500 })).toHaveLength(100)
  })

  it('keeps only code, service and reason of a failure (the gateway adds serviceName)', () => {
    const formatted = {
      message: 'm',
      path: ['x'],
      extensions: { code: 'SUBGRAPH_TIMEOUT', service: 'border', reason: 'timed out after 5 ms', serviceName: 'border' },
    }
    expect(formatSubgraphFailure(formatted).extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT', service: 'border', reason: 'timed out after 5 ms' })
    const other = { message: 'm', extensions: { code: 'FORBIDDEN', serviceName: 'border' } }
    expect(formatSubgraphFailure(other)).toBe(other)
  })

  it('knows a query from a mutation (only queries are retried)', () => {
    expect(operationKindOf(undefined, 'query Q__cases__0 { a }')).toBe('query')
    expect(operationKindOf(undefined, '{ a }')).toBe('query')
    expect(operationKindOf(undefined, 'mutation M__border__0 { b }')).toBe('mutation')
    expect(operationKindOf(parse('mutation { b }'), 'query { a }')).toBe('mutation')
    expect(operationKindOf(undefined, 'garbage')).toBeUndefined()
  })
})

describe('/health and /ready', () => {
  it('ready once started with at least one subgraph reachable; each subgraph listed with its circuit', async () => {
    const up = await serve((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok","service":"cases"}'))
    const urls = { cases: up.url, border: await closedPort() }
    const resilience = new NetworkResilience()
    expect(await networkReadiness(urls, { started: () => false, resilience })).toMatchObject({ status: 'down', ready: false, started: false })
    expect(await networkReadiness(urls, { started: () => true, resilience })).toEqual({
      status: 'degraded',
      service: 'gateway',
      ready: true,
      started: true,
      subgraphs: { cases: { reachable: true, status: 'ok', breaker: 'closed' }, border: { reachable: false, status: 'down', breaker: 'closed' } },
    })
    expect(await networkReadiness({ border: urls.border }, { started: () => true })).toMatchObject({ status: 'down', ready: false })
    const health = await networkHealth(urls, resilience)
    expect(health).toMatchObject({
      status: 'degraded',
      subgraphs: { cases: { status: 'ok', breaker: 'closed' }, border: { status: 'down', breaker: 'closed' } },
    })
    resilience.shutdown()
  })
})
