// A subgraph whose database goes away, through the gateway over real HTTP: its reads and writes
// answer DATABASE_UNAVAILABLE naming the subgraph (no SQL, no value), a refused write leaves no
// row, its /health says the database is down, and once the database is back the next requests
// succeed without restarting anything.
// PostgreSQL: the Border Guard subgraph reaches its database through a TCP proxy the test cuts
// (every connection destroyed, new ones refused) and reopens. SQLite: another connection holds an
// exclusive lock on the file (as a backup or a manual sqlite3 session can), then lets go.
import { createServer, type Server, type Socket } from 'node:net'
import { createClient, type Client } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseConfig, DbProvider } from '@lienthong/kit'
import { testProviders } from '@lienthong/kit/testing'
import { dataOf, refusalOf } from '../answers.ts'
import { TEST_OFFICERS } from '../network.ts'
import { useNetwork } from '../sharedNetwork.ts'

/** A TCP proxy to PostgreSQL that can cut every connection and refuse new ones (its port closed), then listen again. */
class CuttableProxy {
  private server?: Server
  private readonly sockets = new Set<Socket>()
  port = 0
  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = new (client.constructor as typeof Socket)()
      upstream.connect(this.target.port, this.target.host)
      for (const s of [client, upstream]) {
        this.sockets.add(s)
        s.on('error', () => s.destroy())
        s.on('close', () => this.sockets.delete(s))
      }
      client.on('close', () => upstream.destroy())
      upstream.on('close', () => client.destroy())
      client.pipe(upstream)
      upstream.pipe(client)
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.port = (server.address() as { port: number }).port
    this.server = server
  }

  /** Every proxied connection destroyed, and the port closed: new connections are refused. */
  async cut(): Promise<void> {
    const server = this.server
    this.server = undefined
    const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
    for (const s of this.sockets) s.destroy()
    await closed
  }

  route(db: DatabaseConfig): DatabaseConfig {
    const u = new URL(db.url)
    u.hostname = '127.0.0.1'
    u.port = String(this.port)
    return { ...db, url: u.toString() }
  }
}

/** Another connection holding an exclusive lock on the SQLite file: the subgraph can neither read nor write it. */
class FileLock {
  private client?: Client
  constructor(private readonly url: string) {}
  async cut(): Promise<void> {
    this.client = createClient({ url: this.url })
    await this.client.execute('BEGIN EXCLUSIVE')
  }
  async open(): Promise<void> {
    await this.client?.execute('ROLLBACK')
    this.client?.close()
    this.client = undefined
  }
}

const READ = '{ crossBorderCooperations(first: 5) { totalCount edges { node { externalRef } } } }'
const WRITE = 'mutation($input: RecordCrossBorderCooperationInput!) { recordCrossBorderCooperation(input: $input) { externalRef status } }'
const input = (externalRef: string) => ({
  externalRef,
  direction: 'OUTGOING',
  counterpart: 'NEIGHBOURING_BORDER_POST',
  counterpartCountry: 'LA',
  subject: 'VERIFY_IDENTITY',
  requestedAt: '2025-09-10T09:00:00+07:00',
})

/** Polls until `probe` holds (the database's return is noticed by the next request: generous, not a timing). */
async function eventually(probe: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (await probe()) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`never: ${what}`)
}

describe.each(await testProviders())('a Border Guard database that goes away, on %s', (provider: DbProvider) => {
  const proxy = new CuttableProxy({ host: '127.0.0.1', port: 5432 })
  let lock: FileLock | undefined
  // the proxy listens before the subgraph's client is created (the network starts in the next beforeAll)
  beforeAll(async () => {
    if (provider === 'postgresql') await proxy.open()
  })
  const { net, callers } = useNetwork(provider, {
    only: ['border'],
    seed: false,
    callers: { border: TEST_OFFICERS.border_guard },
    databaseRoutes: provider === 'postgresql' ? { border: (db) => proxy.route(db) } : {},
  })
  const cut = () => (provider === 'postgresql' ? proxy.cut() : lock!.cut())
  const reopen = () => (provider === 'postgresql' ? proxy.open() : lock!.open())
  afterAll(async () => {
    await lock?.open().catch(() => {})
    await proxy.cut()
  })

  it('answers DATABASE_UNAVAILABLE while it is gone, writes nothing, and recovers on its own', async () => {
    if (provider === 'sqlite') lock = new FileLock(net.databases.border.url)
    const border = callers.border
    const before = dataOf(await border(READ)).crossBorderCooperations.totalCount
    expect(dataOf(await border(WRITE, { input: input('HTQT-DOWN-001') })).recordCrossBorderCooperation).toEqual({
      externalRef: 'HTQT-DOWN-001',
      status: 'OPEN',
    })

    await cut()
    const read = await border(READ)
    expect(read.status).toBe(503)
    expect(refusalOf(read)).toMatchObject({ code: 'DATABASE_UNAVAILABLE', service: 'border' })
    expect(read.body.errors![0].message).toMatch(/^.+ \/ The agency database cannot be reached/)
    const write = await border(WRITE, { input: input('HTQT-DOWN-002') })
    expect(write.status).toBe(503)
    expect(refusalOf(write)).toMatchObject({ code: 'DATABASE_UNAVAILABLE', service: 'border' })
    for (const answer of [read, write]) expect(JSON.stringify(answer.body)).not.toMatch(/SELECT|INSERT|HTQT-DOWN|5432|postgres/i)
    const health = await fetch(net.subgraphUrls.border.replace(/\/graphql$/, '/health'))
    expect(health.status).toBe(503)
    expect(await health.json()).toMatchObject({ status: 'down', service: 'border', database: 'down' })
    const ready = await fetch(net.subgraphUrls.border.replace(/\/graphql$/, '/ready'))
    expect(ready.status).toBe(503)

    await reopen()
    // nothing restarted: the subgraph's next requests open new connections
    await eventually(async () => (await border(READ)).status === 200, 'reads succeed again')
    const after = dataOf(await border(READ)).crossBorderCooperations
    expect(after.totalCount).toBe(before + 1) // the refused write left no row
    expect(after.edges.map((e: { node: { externalRef: string } }) => e.node.externalRef)).not.toContain('HTQT-DOWN-002')
    expect(dataOf(await border(WRITE, { input: input('HTQT-DOWN-002') })).recordCrossBorderCooperation.status).toBe('OPEN')
    expect(dataOf(await border(READ)).crossBorderCooperations.totalCount).toBe(before + 2)
    expect((await fetch(net.subgraphUrls.border.replace(/\/graphql$/, '/health'))).status).toBe(200)
  })
})
