// The request id and the request's log line, over real HTTP (serveHttp with a small Apollo
// Server): X-Request-Id on every response, errors included; one line per request naming the
// operation, the status, the duration and the error codes, never a variable, a message or a header.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ApolloServer } from '@apollo/server'
import { GraphQLError } from 'graphql'
import { serveHttp, type RunningHttp } from '../http.ts'
import { createLogger, logLevelFrom } from '../logging/logger.ts'
import { requestLogPlugin } from '../logging/requestLog.ts'
import { REQUEST_ID_PATTERN } from '../logging/requestId.ts'
import { ConfigError } from '../config.ts'

const SECRET_NAME = 'Nguyễn Thị Bí Mật'
const TOKEN = 'not-a-real-token-but-secret'

interface Ctx {
  identity: { agency: string }
}

async function start(lines: Record<string, unknown>[], acceptRequestId?: boolean): Promise<RunningHttp> {
  const server = new ApolloServer<Ctx>({
    typeDefs: 'type Query { greet(name: String): String  boom(name: String): String }',
    resolvers: {
      Query: {
        greet: () => 'xin chào',
        boom: () => {
          throw new Error(`database refused ${SECRET_NAME}`)
        },
      },
    },
    plugins: [
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ operationName }) {
              if (operationName === 'Limited') throw new GraphQLError('too many', { extensions: { code: 'RATE_LIMITED', http: { status: 429 } } })
            },
          }
        },
      },
      requestLogPlugin<Ctx>(),
    ],
    includeStacktraceInErrorResponses: false,
  })
  await server.start()
  const http = await serveHttp<Ctx>({
    server,
    host: '127.0.0.1',
    port: 0,
    portVariable: 'TEST_PORT',
    acceptRequestId,
    logger: createLogger({ service: 'test', level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line)) } }),
    health: async () => ({ status: 'ok', service: 'test' }),
    context: async (req) => {
      if (req.headers['x-crash']) throw new Error(`cannot reach the database for ${SECRET_NAME}`)
      if (req.headers.authorization !== `Bearer ${TOKEN}`)
        throw new GraphQLError('Unauthenticated', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } })
      return { identity: { agency: 'police' } }
    },
  })
  return {
    ...http,
    close: async () => {
      await http.close()
      await server.stop()
    },
  }
}

describe('request ids and request log lines (serveHttp)', () => {
  const lines: Record<string, unknown>[] = []
  let http: RunningHttp
  beforeAll(async () => {
    http = await start(lines)
  })
  afterAll(() => http?.close())

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers }, body })
  const send = (query: string, variables?: unknown, headers?: Record<string, string>) => post(JSON.stringify({ query, variables }), headers)
  /** The request line of `id` (written when the response ends: waited for, not timed). */
  const lineOf = (id: string) =>
    vi.waitFor(() => {
      const found = lines.filter((l) => l.requestId === id && l.msg === 'request')
      expect(found).toHaveLength(1)
      return found[0]!
    })

  it('gives every request an id, answers it in X-Request-Id and logs one line with the operation, duration and outcome', async () => {
    const res = await send('query Greet($name: String) { greet(name: $name) }', { name: SECRET_NAME })
    expect(res.status).toBe(200)
    const id = res.headers.get('x-request-id')!
    expect(id).toMatch(REQUEST_ID_PATTERN)
    const line = await lineOf(id)
    expect(line).toMatchObject({
      level: 'info',
      service: 'test',
      requestId: id,
      agency: 'police',
      route: '/graphql',
      operation: 'Greet',
      operationType: 'query',
      status: 200,
      outcome: 'ok',
    })
    expect(line.durationMs).toEqual(expect.any(Number))
    expect(line).not.toHaveProperty('errorCodes')
  })

  it("keeps the caller's well-formed X-Request-Id and replaces any other", async () => {
    const given = 'trace-0123456789abcdef'
    expect((await send('{ greet }', undefined, { 'x-request-id': given })).headers.get('x-request-id')).toBe(given)
    for (const bad of ['short', 'has space in it', `${'x'.repeat(65)}`, `${SECRET_NAME}-1234`]) {
      const answered = (await send('{ greet }', undefined, { 'x-request-id': encodeURIComponent(bad).replace(/%/g, '=') })).headers.get('x-request-id')!
      expect(answered).toMatch(REQUEST_ID_PATTERN)
      expect(answered).not.toContain('=')
    }
  })

  it('answers the id on refusals and failures too (400, 401, 429, 500) and logs their codes', async () => {
    const cases: [Response, number, string][] = [
      [await post('{ not json'), 400, 'BAD_REQUEST'],
      [await send('{ greet }', undefined, { authorization: 'Bearer wrong' }), 401, 'UNAUTHENTICATED'],
      [await send('query Limited { greet }'), 429, 'RATE_LIMITED'],
      [await send('{ greet }', undefined, { 'x-crash': '1' }), 500, 'INTERNAL_SERVER_ERROR'],
    ]
    for (const [res, status, code] of cases) {
      expect(res.status).toBe(status)
      const id = res.headers.get('x-request-id')!
      expect(id, code).toMatch(REQUEST_ID_PATTERN)
      expect(await lineOf(id)).toMatchObject({ requestId: id, status, outcome: 'error', errorCodes: [code], level: status >= 500 ? 'error' : 'info' })
    }
  })

  it('logs an unexpected error by its kind and path under the request id, never its message nor the variables', async () => {
    const res = await send('query Boom($name: String) { boom(name: $name) }', { name: SECRET_NAME })
    const id = res.headers.get('x-request-id')!
    expect(await lineOf(id)).toMatchObject({ operation: 'Boom', status: 200, outcome: 'error', errorCodes: ['INTERNAL_SERVER_ERROR'] })
    expect(lines.filter((l) => l.requestId === id && l.msg === 'unexpected error')).toEqual([
      expect.objectContaining({ level: 'error', errorKind: 'Error', path: 'boom' }),
    ])
  })

  it('never writes a variable, an error message, a token or a query text', () => {
    const all = JSON.stringify(lines)
    expect(lines.length).toBeGreaterThan(8)
    for (const secret of [SECRET_NAME, 'database refused', 'cannot reach', TOKEN, 'greet(name', 'not json']) expect(all).not.toContain(secret)
  })

  it('in a subgraph (acceptRequestId false), ignores the X-Request-Id of the caller', async () => {
    const own: Record<string, unknown>[] = []
    const sub = await start(own, false)
    try {
      const res = await fetch(sub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, 'x-request-id': 'chosen-by-caller-1' },
        body: JSON.stringify({ query: '{ greet }' }),
      })
      expect(res.headers.get('x-request-id')).toMatch(REQUEST_ID_PATTERN)
      expect(res.headers.get('x-request-id')).not.toBe('chosen-by-caller-1')
    } finally {
      await sub.close()
    }
  })

  it('reads LT_LOG_LEVEL: info by default, one line naming the choices when unknown', () => {
    expect(logLevelFrom({})).toBe('info')
    expect(logLevelFrom({ LT_LOG_LEVEL: 'Silent' })).toBe('silent')
    expect(() => logLevelFrom({ LT_LOG_LEVEL: 'loud' })).toThrow(ConfigError)
    expect(() => logLevelFrom({ LT_LOG_LEVEL: 'loud' })).toThrow(
      /^LT_LOG_LEVEL: unknown level "loud": set it to one of fatal, error, warn, info, debug, trace, silent$/,
    )
  })
})
