// The per-token rate limit across replicas: two gateways sharing one real Redis hand out one
// budget; without Redis each process counts alone; with Redis out of reach the gateway keeps
// serving and counts in memory, logging the outage once without keys or identities.
// Redis: LT_TEST_REDIS_URL (default redis://127.0.0.1:6379); with CI=true an unreachable Redis fails.
import { generateKeyPairSync, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { connect, createServer, type AddressInfo, type Socket } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { createLogger, type Logger } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { DEFAULT_SUPERGRAPH_PATH } from '../config.ts'
import { createGateway } from '../server.ts'
import { createRateLimiter } from '../rateLimit/limiter.ts'

const REDIS_URL = process.env.LT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

async function redisReachable(url: string): Promise<boolean> {
  const log = quiet()
  const probe = createRateLimiter({ limit: 1, windowMs: 1000, redisUrl: url, keyPrefix: `lt:test:probe:${randomUUID()}`, logger: log.logger })
  await probe.consume('probe')
  await probe.close()
  return !log.lines.some((l) => l.event === 'rate_limit_store_unavailable')
}
const redisUp = await redisReachable(REDIS_URL)
if (!redisUp && process.env.CI === 'true') throw new Error(`Redis is not reachable at ${REDIS_URL}: CI runs the shared rate limit on Redis`)

/** A logger whose JSON lines the test reads. */
function quiet(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = []
  return { lines, logger: createLogger({ service: 'gateway', level: 'info', destination: { write: (l: string) => void lines.push(JSON.parse(l)) } }) }
}

const supergraphSdl = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')
const signingKey = generateKeyPairSync('ed25519').privateKey
const identity: Identity = { sub: 'officer-7', agency: 'police', role: 'officer', unit: '99' }
const stops: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const stop of stops) await stop()
})

/** A gateway replica (no subgraph is called: `{ __typename }` is answered by the gateway). */
async function replica(rateLimit: Parameters<typeof createGateway>[0]['rateLimit']) {
  const { server } = createGateway({ supergraphSdl, signingKey, rateLimit: { ...rateLimit, logger: quiet().logger } })
  await server.start()
  stops.push(() => server.stop())
  return async () => {
    const res = await server.executeOperation({ query: '{ __typename }' }, { contextValue: { requestId: randomUUID(), identity } })
    const errors = res.body.kind === 'single' ? res.body.singleResult.errors : undefined
    return { status: res.http.status ?? 200, retryAfter: res.http.headers.get('retry-after'), code: errors?.[0]?.extensions?.code }
  }
}

describe.skipIf(!redisUp)('rate limit in Redis, shared by replicas', () => {
  it('gives two gateway replicas one budget: N admitted across both, the next refused with Retry-After', async () => {
    const shared = { limit: 5, windowMs: 60_000, redisUrl: REDIS_URL, keyPrefix: `lt:test:${randomUUID()}` }
    const replicas = [await replica(shared), await replica(shared)]
    const answers = []
    for (let i = 0; i < 5; i++) answers.push(await replicas[i % 2]!())
    expect(answers.map((a) => a.code)).not.toContain('RATE_LIMITED')
    for (const send of replicas) {
      const refused = await send()
      expect(refused).toMatchObject({ status: 429, code: 'RATE_LIMITED' })
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1)
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60)
    }
  })

  it('counts each caller apart, in the same Redis', async () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, redisUrl: REDIS_URL, keyPrefix: `lt:test:${randomUUID()}` })
    stops.push(() => limiter.close())
    const admitted = async (key: string) => (await limiter.consume(key)).allowed
    expect([await admitted('police:a'), await admitted('police:a'), await admitted('police:a')]).toEqual([true, true, false])
    expect(await admitted('police:b')).toBe(true)
  })
})

/** A TCP path to Redis that the test can cut (every connection reset, new ones refused) and mend. */
async function cuttableRedis() {
  const target = new URL(REDIS_URL)
  const sockets = new Set<Socket>()
  let cut = false
  const server = createServer((client) => {
    if (cut) return void client.destroy()
    const upstream = connect(Number(target.port || 6379), target.hostname)
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('error', () => undefined)
      s.on('close', () => sockets.delete(s))
    }
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  stops.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        for (const s of sockets) s.destroy()
      }),
  )
  return {
    url: `redis://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cut: () => {
      cut = true
      for (const s of sockets) s.destroy()
    },
    mend: () => {
      cut = false
    },
  }
}

describe.skipIf(!redisUp)('rate limit when Redis goes away and comes back', () => {
  it('keeps serving from memory while it is gone (logged once, no keys), and counts in Redis again once it is back', async () => {
    const path = await cuttableRedis()
    const log = quiet()
    const options = { limit: 3, windowMs: 60_000, redisUrl: path.url, keyPrefix: `lt:test:${randomUUID()}`, logger: log.logger }
    const limiter = createRateLimiter(options)
    stops.push(() => limiter.close())
    expect((await limiter.consume('police:officer-7')).allowed).toBe(true)
    path.cut()
    const during = []
    for (let i = 0; i < 4; i++) during.push((await limiter.consume('police:officer-7')).allowed)
    // in memory the replica counts afresh, and still refuses beyond the limit
    expect(during).toEqual([true, true, true, false])
    expect(log.lines.filter((l) => l.event === 'rate_limit_store_unavailable')).toHaveLength(1)
    path.mend()
    await expect.poll(() => log.lines.some((l) => l.event === 'rate_limit_store_available'), { timeout: 30_000, interval: 200 }).toBe(true)
    // back in Redis: the window counted there before the cut (1) goes on
    expect([
      (await limiter.consume('police:officer-7')).allowed,
      (await limiter.consume('police:officer-7')).allowed,
      (await limiter.consume('police:officer-7')).allowed,
    ]).toEqual([true, true, false])
    expect(JSON.stringify(log.lines)).not.toMatch(/officer-7|police:/)
  })
})

describe('rate limit in memory (no Redis URL: development, one replica)', () => {
  it('admits `limit` operations per window and key, then tells when to come back', async () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 })
    const results = [await limiter.consume('k'), await limiter.consume('k'), await limiter.consume('k'), await limiter.consume('k')]
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false])
    expect(results[3]!.retryAfterSeconds).toBeGreaterThanOrEqual(1)
    expect(results[3]!.retryAfterSeconds).toBeLessThanOrEqual(60)
    expect((await limiter.consume('other')).allowed).toBe(true)
    await limiter.close()
  })

  it('keeps one count per process: a second replica without Redis has its own budget', async () => {
    const one = await replica({ limit: 1, windowMs: 60_000 })
    const two = await replica({ limit: 1, windowMs: 60_000 })
    expect((await one()).code).not.toBe('RATE_LIMITED')
    expect((await one()).code).toBe('RATE_LIMITED')
    expect((await two()).code).not.toBe('RATE_LIMITED')
  })
})

describe('rate limit with Redis out of reach', () => {
  it('keeps serving, counts in memory per replica, and logs the outage once without keys', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const log = quiet()
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, redisUrl: `redis://127.0.0.1:${port}`, logger: log.logger })
    const results = []
    for (let i = 0; i < 3; i++) results.push(await limiter.consume('police:officer-7'))
    await limiter.close()
    expect(results.map((r) => r.allowed)).toEqual([true, true, false])
    const outages = log.lines.filter((l) => l.event === 'rate_limit_store_unavailable')
    expect(outages).toHaveLength(1)
    expect(JSON.stringify(log.lines)).not.toMatch(/officer-7|police:/)
  })

  it('refuses LT_REDIS_URL that is not a Redis URL, and warns in production without one', async () => {
    const { gatewayConfig } = await import('../config.ts')
    expect(() => gatewayConfig({ LT_REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/^LT_REDIS_URL: /)
    expect(gatewayConfig({ LT_REDIS_URL: 'redis://127.0.0.1:6379' }).rateLimit).toMatchObject({ redisUrl: 'redis://127.0.0.1:6379', warnIfUnshared: false })
    const log = quiet()
    const { server } = createGateway({ supergraphSdl, signingKey, rateLimit: { warnIfUnshared: true }, logger: log.logger })
    await server.start()
    await server.stop()
    expect(log.lines.filter((l) => l.event === 'rate_limit_unshared')).toHaveLength(1)
  })
})
