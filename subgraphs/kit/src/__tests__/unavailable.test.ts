// The one classification of "the database is out of reach" (prisma/unavailable.ts), on the
// shapes the drivers really produce (the failures themselves are provoked against real databases
// in test/src/__tests__/database-outage.test.ts): it is DATABASE_UNAVAILABLE naming the subgraph,
// while a refusal, a constraint violation or a bug keeps its own answer.
import { describe, expect, it } from 'vitest'
import { GraphQLError } from 'graphql'
import { connectTimeoutMs, databaseUnavailable, isDatabaseUnavailable, unavailableOr } from '../prisma/unavailable.ts'
import { subgraphErrorFormat } from '../server.ts'
import { ConfigError } from '../config.ts'

/** A Prisma known request error as the client throws it over a driver adapter. */
const prismaError = (code: string, cause?: Record<string, unknown>) =>
  Object.assign(new Error('\nInvalid `db.caseRecord.findMany()` invocation: SELECT "name" FROM "Person" WHERE name = $1'), {
    name: 'PrismaClientKnownRequestError',
    code,
    meta: cause ? { driverAdapterError: Object.assign(new Error(String(cause.kind)), { cause }) } : {},
  })

describe('isDatabaseUnavailable', () => {
  it.each([
    ['server unreachable (P1001)', prismaError('P1001', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
    ['raw query over an unreachable server (P2010)', prismaError('P2010', { kind: 'DatabaseNotReachable' })],
    ['connection closed (P1017)', prismaError('P1017')],
    ['pool timeout (P2024)', prismaError('P2024')],
    ['SQLite file locked (P1008)', prismaError('P1008', { kind: 'SocketTimeout', originalCode: '5', originalMessage: 'database is locked' })],
    ['pg: connect timeout', new Error('Connection terminated due to connection timeout')],
    ['pg: connection cut', new Error('Connection terminated unexpectedly')],
    ['pg: pool wait', new Error('timeout exceeded when trying to connect')],
    ['socket refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['server shutting down (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['SQLite cannot open', Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' })],
  ])('%s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
    expect(isDatabaseUnavailable(new GraphQLError('resolver failed', { originalError: error }))).toBe(true)
  })

  it.each([
    ['a unique constraint (P2002)', prismaError('P2002', { kind: 'UniqueConstraintViolation' })],
    ['a record not found (P2025)', prismaError('P2025')],
    ['a refusal', new GraphQLError('Không có quyền / Forbidden', { extensions: { code: 'FORBIDDEN' } })],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('not %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
    expect(unavailableOr(error)).toBe(error)
  })
})

describe('the answer', () => {
  const format = subgraphErrorFormat('border')
  const cut = new GraphQLError('unexpected', { path: ['crossBorderCooperations'], originalError: prismaError('P1001', { kind: 'DatabaseNotReachable' }) })

  it('is DATABASE_UNAVAILABLE naming the subgraph, bilingual, without SQL or values', () => {
    const answer = format({ message: cut.message, path: cut.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, cut)
    expect(answer).toEqual({
      message: databaseUnavailable().message,
      path: ['crossBorderCooperations'],
      extensions: { code: 'DATABASE_UNAVAILABLE', service: 'border' },
    })
    expect(answer.message).toMatch(/^[^/]+ \/ The agency database cannot be reached/)
    expect(JSON.stringify(answer)).not.toMatch(/SELECT|Person|5432/)
  })

  it('keeps a typed refusal as it is, and masks any other failure', () => {
    const refusal = new GraphQLError('Không có quyền / Forbidden — x: a / b', { extensions: { code: 'FORBIDDEN', field: 'x' } })
    expect(format({ message: refusal.message, extensions: { code: 'FORBIDDEN', field: 'x' } }, refusal).extensions).toEqual({ code: 'FORBIDDEN', field: 'x' })
    const bug = new GraphQLError('boom', { originalError: new TypeError('x is undefined') })
    expect(format({ message: bug.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, bug).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' })
  })

  it('a write pipeline refusal (unavailableOr) is typed before it reaches the formatter', () => {
    const typed = unavailableOr(new Error('Connection terminated unexpectedly'), 'border') as GraphQLError
    expect(typed.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', service: 'border' })
  })
})

describe('LT_DB_CONNECT_TIMEOUT_MS', () => {
  it('is 5 s unless set; anything but a positive whole number of ms is refused, naming the variable', () => {
    expect(connectTimeoutMs({})).toBe(5_000)
    expect(connectTimeoutMs({ LT_DB_CONNECT_TIMEOUT_MS: '2500' })).toBe(2_500)
    for (const bad of ['soon', '0', '-1', '1.5'])
      expect(() => connectTimeoutMs({ LT_DB_CONNECT_TIMEOUT_MS: bad })).toThrow(
        new ConfigError('LT_DB_CONNECT_TIMEOUT_MS: must be a whole number of milliseconds, at least 1'),
      )
  })
})
