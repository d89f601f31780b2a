// Two replicas of a subgraph on one PostgreSQL database append to one audit chain: two separate
// processes of the Border Guard subgraph (started as `npm start` starts them) each receive many
// concurrent writes, signed as the gateway signs them. Every write succeeds (no AUDIT_UNAVAILABLE),
// and the chain verifies with sequence numbers 1..n, no gap, one entry per record type written.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditStoreOf, fromRow, verifyAuditStore } from '@lienthong/kit'
import { signForwardedRequest, subgraphSecret, type Identity } from '@lienthong/kit/identity'
import { createTestDatabase, testProviders, type TestDatabase } from '@lienthong/kit/testing'
import { freePort, SUBGRAPH_MODULES } from '../network.ts'
import { borderIncidentInput } from '../records.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const border = SUBGRAPH_MODULES.border
/** Writes each replica receives at once. */
const WRITES_PER_REPLICA = 40
const RECORD = 'mutation($input: RecordBorderIncidentInput!) { recordBorderIncident(input: $input) { id } }'
const officer: Identity = { sub: 'replica-test', agency: 'border_guard', role: 'officer', unit: '99', purpose: 'investigation' }

/** The writes wait their turn for one of the pool's connections however loaded the machine: this test is about the chain. */
const PATIENT = { LT_DB_CONNECT_TIMEOUT_MS: '120000' }

interface Replica {
  url: string
  child: ChildProcess
}

/** One subgraph process on the test database, as `npm start` runs it; resolves once it serves. */
function startReplica(database: TestDatabase, port: number, secret: string): Promise<Replica> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/border/src/index.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DB_PROVIDER: 'postgresql',
        BORDER_DATABASE_URL: database.db.url,
        BORDER_PORT: String(port),
        LT_SUBGRAPH_SECRET: secret,
        ...PATIENT,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout!.on('data', (d) => {
      out += d
      if (/ready at/.test(out)) resolve({ url: `http://127.0.0.1:${port}/graphql`, child })
    })
    child.stderr!.on('data', (d) => {
      out += d
    })
    child.on('exit', (code) => reject(new Error(`the border replica exited (${code}): ${out}`)))
  })
}

const stopped = (r: Replica) =>
  new Promise<void>((resolve) => {
    if (r.child.exitCode != null) return resolve()
    r.child.once('exit', () => resolve())
    r.child.kill('SIGTERM')
  })

describe.skipIf(!(await testProviders()).includes('postgresql'))('the audit chain of two replicas on one PostgreSQL database', () => {
  const secret = subgraphSecret(randomBytes(32).toString('base64url'), 'border')
  let database: TestDatabase
  const replicas: Replica[] = []
  beforeAll(async () => {
    database = await createTestDatabase(border.dir, 'postgresql')
    for (const port of [await freePort(), await freePort()]) replicas.push(await startReplica(database, port, secret))
  })
  afterAll(async () => {
    await Promise.all(replicas.map(stopped))
    await database?.drop()
  })

  /** Sends one write to `url` as the gateway would, with its own request id. */
  const write = async (url: string, k: number) => {
    const requestId = randomUUID()
    const personRef = createHash('sha256').update(`replicas:${k}`).digest('hex')
    const op = { query: RECORD, variables: { input: borderIncidentInput(`RP-BP-${k}`, '2025-03-01T08:00:00+07:00', '99402', 'LA', [personRef]) } }
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(signForwardedRequest(op, { ...officer, requestId }, secret)),
    })
    return { requestId, status: res.status, body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } }
  }

  it('appends every write of both replicas, concurrent, to one gap-free chain that verifies', async () => {
    const answers = await Promise.all(
      replicas.flatMap((r, i) => Array.from({ length: WRITES_PER_REPLICA }, (_, j) => write(r.url, i * WRITES_PER_REPLICA + j))),
    )
    const codes = answers.flatMap((a) => a.body.errors?.map((e) => e.extensions?.code) ?? [])
    expect(codes).toEqual([])
    expect(answers.every((a) => a.status === 200)).toBe(true)

    const db = border.createPrisma(database.db)
    try {
      const verdict = await verifyAuditStore(auditStoreOf(db))
      const entries = (await auditStoreOf(db).findMany({ orderBy: { seq: 'asc' } })).map(fromRow)
      expect(verdict).toMatchObject({ ok: true, entries: entries.length })
      expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1))
      // every write has its entries (one per record type it created), and nothing else was appended
      const perWrite = new Map<string, number>()
      for (const e of entries) perWrite.set(e.requestId!, (perWrite.get(e.requestId!) ?? 0) + 1)
      expect(new Set(perWrite.keys())).toEqual(new Set(answers.map((a) => a.requestId)))
      const [first] = perWrite.values()
      expect([...perWrite.values()].every((n) => n === first)).toBe(true)
      expect(entries.length).toBe(answers.length * first!)
    } finally {
      await db.$disconnect()
    }
  })
})
