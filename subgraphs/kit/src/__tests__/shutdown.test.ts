// serveHttp's graceful stop and readiness, over real HTTP: a request in flight when close() is
// called finishes with its answer; meanwhile a new connection is refused and a request arriving
// on an open socket is answered 503 SHUTTING_DOWN with `connection: close`; close() resolves once
// the request in flight is done. /ready answers 200, or 503 when not ready or stopping.
import { connect, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { ApolloServer } from '@apollo/server'
import { serveHttp, shutdownGraceMs, type HealthReport, type RunningHttp } from '../http.ts'
import { ConfigError } from '../config.ts'
import { createLogger } from '../logging/logger.ts'

const silent = createLogger({ service: 'test', level: 'silent' })

/** A promise the test settles. */
function gate() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { open, opened }
}

async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const v = await probe()
    if (v !== undefined) return v
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`never: ${what}`)
}

/** Sends raw bytes on a socket and collects what comes back until the server closes it. */
function rawSocket(port: number): Promise<{ socket: Socket; answer: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let text = ''
    const answer = new Promise<string>((done) => {
      socket.on('data', (d) => {
        text += d.toString('utf8')
      })
      socket.on('close', () => done(text))
    })
    socket.once('error', reject)
    socket.once('connect', () => resolve({ socket, answer }))
  })
}

const refused = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve('connected')
    })
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'))
  })

let running: RunningHttp | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

async function start(ready?: () => Promise<HealthReport>) {
  const server = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } })
  await server.start()
  const slow = gate()
  let slowStarted = false
  const http = await serveHttp({
    server,
    context: async () => ({}),
    health: async () => ({ status: 'ok', service: 'test' }),
    ...(ready ? { ready } : {}),
    host: '127.0.0.1',
    port: 0,
    portVariable: 'TEST_PORT',
    logger: silent,
    routes: {
      '/slow': async (_req, res) => {
        slowStarted = true
        await slow.opened
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.end('done')
      },
    },
  })
  running = http
  return { http, slow, started: () => slowStarted }
}

describe('graceful stop', () => {
  it('lets the request in flight finish, refuses new connections, answers 503 SHUTTING_DOWN on an open socket, then resolves', async () => {
    const { http, slow, started } = await start()
    const base = `http://127.0.0.1:${http.port}`
    const inFlight = fetch(`${base}/slow`)
    await eventually(() => (started() ? true : undefined), 'the slow route started')
    // a socket that has begun a request (its headers not finished) before the stop
    const open = await rawSocket(http.port)
    open.socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\n')
    await new Promise((r) => setTimeout(r, 200))

    let closed = false
    const closing = http.close().then(() => {
      closed = true
    })
    expect(await refused(http.port)).toBe('ECONNREFUSED')

    open.socket.write('\r\n')
    const answer = await open.answer
    expect(answer).toMatch(/^HTTP\/1\.1 503 /)
    expect(answer.toLowerCase()).toContain('connection: close')
    expect(answer).toContain('"SHUTTING_DOWN"')
    expect(closed).toBe(false)

    slow.open()
    const res = await inFlight
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('done')
    await closing
    expect(closed).toBe(true)
  })

  it('closing twice is one stop', async () => {
    const { http } = await start()
    await Promise.all([http.close(), http.close()])
    await http.close()
  })
})

describe('GET /ready', () => {
  it('is 200 when ready, 503 when its status is down', async () => {
    let status: HealthReport['status'] = 'ok'
    const { http } = await start(async () => ({ status, service: 'test', database: status === 'down' ? 'down' : 'up' }))
    const base = `http://127.0.0.1:${http.port}`
    const up = await fetch(`${base}/ready`)
    expect(up.status).toBe(200)
    expect(await up.json()).toEqual({ status: 'ok', service: 'test', database: 'up' })
    status = 'down'
    const down = await fetch(`${base}/ready`)
    expect(down.status).toBe(503)
    expect(await down.json()).toEqual({ status: 'down', service: 'test', database: 'down' })
  })

  it('answers as /health when no readiness is given', async () => {
    const { http } = await start()
    const res = await fetch(`http://127.0.0.1:${http.port}/ready`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', service: 'test' })
  })
})

describe('LT_SHUTDOWN_GRACE_MS', () => {
  it('is 10 s unless set; 0 cuts at once; anything else but a whole number of ms is refused, naming the variable', () => {
    expect(shutdownGraceMs({})).toBe(10_000)
    expect(shutdownGraceMs({ LT_SHUTDOWN_GRACE_MS: '0' })).toBe(0)
    expect(shutdownGraceMs({ LT_SHUTDOWN_GRACE_MS: '30000' })).toBe(30_000)
    for (const bad of ['later', '-5', '2.5'])
      expect(() => shutdownGraceMs({ LT_SHUTDOWN_GRACE_MS: bad })).toThrow(
        new ConfigError('LT_SHUTDOWN_GRACE_MS: must be a whole number of milliseconds, at least 0'),
      )
  })
})
