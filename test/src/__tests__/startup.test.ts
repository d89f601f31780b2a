// `npm start` as a user runs it (the launcher in scripts/network.ts, real child processes), and
// the one-line refusals of bad configuration.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { SUBGRAPH_NAMES } from '@lienthong/schema'
import { PG_SERVER_URL, testProviders } from '@lienthong/kit/testing'
import { devKeyPair, issueToken } from '@lienthong/kit/identity'
import { subgraph as cases } from '@lienthong/cases'
import { onlyApollo } from '../network.ts'

const onPostgres = (await testProviders()).includes('postgresql')
const root = fileURLToPath(new URL('../../../', import.meta.url))
const scratch = mkdtempSync(path.join(tmpdir(), 'lienthong-start-'))
const keys = path.join(scratch, 'keys')
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

// Fixed ports for the spawned networks, below Linux's ephemeral range (32768–60999): a port the
// kernel hands to another test's listener or client socket (port 0) can never be one of these.
let nextPort = 20000 + Math.floor(Math.random() * 2000) * 5
const ports = (): { GATEWAY_PORT: string; CASES_PORT: string } & Record<string, string> => {
  const base = (nextPort += 5)
  return {
    GATEWAY_PORT: String(base),
    CASES_PORT: String(base + 1),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((n, i) => [`${n.toUpperCase()}_PORT`, String(base + 1 + i)])),
  }
}

/** Migrating and seeding four databases on a busy 2-core machine takes a while: a generous bound, not a timing. */
const START_LIMIT_MS = 240_000

interface Run {
  code: number | null
  stdout: string
  stderr: string
}
/** Runs an entry file like `npm start` does; `until` ends the wait early (then `act` runs and the process gets SIGINT). */
function run(entry: string, env: Record<string, string>, until?: RegExp, act?: (out: string) => Promise<void>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: root,
      env: { ...process.env, LT_SEED_DEMO: '1', LT_KEYS_DIR: keys, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let acted = false
    child.stdout.on('data', async (d) => {
      stdout += d
      if (until && !acted && until.test(stdout)) {
        acted = true
        await act?.(stdout).catch((e) => {
          stderr += `\nTEST: ${e}`
        })
        child.kill('SIGINT')
      }
    })
    child.stderr.on('data', (d) => {
      stderr += d
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), START_LIMIT_MS - 10_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({
        code,
        stdout,
        stderr: stderr
          .split('\n')
          .filter((l) => l && !l.startsWith('npm warn'))
          .join('\n'),
      })
    })
  })
}

const crossQuery =
  '{ criminalCases(first: 5) { totalCount edges { node { externalRef procuracyFile { status } victims { personRef supportCases { id } borderIncidents { id } } } } } }'

async function exerciseGateway(gatewayPort: string): Promise<void> {
  const health: any = await (await fetch(`http://127.0.0.1:${gatewayPort}/health`)).json()
  expect(health.status).toBe('ok')
  const anonymous = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: crossQuery }),
  })
  expect(anonymous.status).toBe(401)
  // the development key pair the network generated at first start (npm run token uses it too)
  const token = await issueToken({ sub: 'startup-test', agency: 'police', role: 'officer', unit: '99' }, devKeyPair('jwt', { LT_KEYS_DIR: keys }).privateKey)
  const res = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': 'investigation' },
    body: JSON.stringify({ query: crossQuery }),
  })
  const body: any = await res.json()
  expect(body.errors).toBeUndefined()
  expect(body.data.criminalCases.totalCount).toBeGreaterThan(30)
}

/** `npm start` until the network says it is running, its gateway exercised, then Ctrl-C: clean, with exit code 0. */
async function startExerciseStop(env: ReturnType<typeof ports>): Promise<Run> {
  let checked = false
  const r = await run('scripts/network.ts', env, /Liên Thông is running/, async () => {
    await exerciseGateway(env.GATEWAY_PORT)
    checked = true
  })
  expect(r.stderr).toBe('')
  expect(checked).toBe(true)
  expect(r.code).toBe(0)
  return r
}

/** Holds a port for the length of `body`. */
async function holding<T>(port: string, body: () => Promise<T>): Promise<T> {
  const blocker = createServer()
  await new Promise<void>((r) => blocker.listen(Number(port), '127.0.0.1', () => r()))
  try {
    return await body()
  } finally {
    blocker.close()
  }
}

describe.skipIf(onlyApollo("npm start spawns our gateway's processes, not the test network's gateway"))('npm start (scripts/network.ts)', () => {
  it(
    'on SQLite: migrates, seeds, starts four subgraphs and the gateway, prints the URLs, stops on Ctrl-C',
    async () => {
      const env = { ...ports(), ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_DATABASE_URL`, `file:${path.join(scratch, `${n}.db`)}`])) }
      const r = await startExerciseStop(env)
      expect(r.stdout).toContain(`Gateway (GraphQL):   http://127.0.0.1:${env.GATEWAY_PORT}/graphql`)
      expect(r.stdout).toContain(`Health:              http://127.0.0.1:${env.GATEWAY_PORT}/health`)
      // everything stopped: the ports are free again
      for (const port of Object.values(env).filter((v) => /^\d+$/.test(v))) {
        await new Promise<void>((resolve, reject) => {
          const s = createServer()
            .once('error', reject)
            .listen(Number(port), '127.0.0.1', () => s.close(() => resolve()))
        })
      }
    },
    START_LIMIT_MS,
  )

  it.runIf(onPostgres)(
    'on PostgreSQL when DB_PROVIDER=postgresql and a DATABASE_URL per subgraph are set',
    async () => {
      const admin = new pg.Client({ connectionString: PG_SERVER_URL })
      await admin.connect()
      const tag = `lt_test_start_${Date.now().toString(36)}`
      const urls: Record<string, string> = {}
      for (const n of SUBGRAPH_NAMES) {
        await admin.query(`CREATE DATABASE "${tag}_${n}"`)
        const u = new URL(PG_SERVER_URL)
        u.pathname = `/${tag}_${n}`
        urls[`${n.toUpperCase()}_DATABASE_URL`] = u.toString()
      }
      try {
        const r = await startExerciseStop({ ...ports(), DB_PROVIDER: 'postgresql', ...urls })
        expect(r.stdout).toContain('on postgresql')
      } finally {
        for (const n of SUBGRAPH_NAMES) await admin.query(`DROP DATABASE IF EXISTS "${tag}_${n}" WITH (FORCE)`)
        await admin.end()
      }
    },
    START_LIMIT_MS,
  )
})

describe.skipIf(onlyApollo("npm start spawns our gateway's processes, not the test network's gateway"))(
  'bad configuration stops start-up with one line saying what to fix',
  () => {
    it.each([
      [{ DB_PROVIDER: 'mysql' }, /^✖ DB_PROVIDER: unknown provider "mysql": set DB_PROVIDER to sqlite \(default\) or postgresql$/],
      [
        { DB_PROVIDER: 'postgresql' },
        /^✖ CASES_DATABASE_URL: missing: set CASES_DATABASE_URL \(or DATABASE_URL\) to a postgresql:\/\/user@host:port\/database URL$/,
      ],
      [{ CASES_DATABASE_URL: 'mysql://x' }, /^✖ CASES_DATABASE_URL: invalid: a SQLite URL looks like file:\/path\/to\/cases\.db$/],
      [{ SUPERGRAPH_PATH: '/nonexistent/supergraph.graphql' }, /^✖ SUPERGRAPH_PATH: no file at \/nonexistent\/supergraph\.graphql: run npm run compose/],
    ])('npm start with %j', async (bad, line) => {
      const r = await run('scripts/network.ts', { ...ports(), ...bad })
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(line)
      expect(r.stderr.split('\n')).toHaveLength(1)
    })

    it('a subgraph whose port is taken names the port and the variable, before migrating or seeding', async () => {
      const file = path.join(scratch, 'port.db')
      const env = { ...ports(), CASES_DATABASE_URL: `file:${file}`, LT_SEED_DEMO: '1' }
      const r = await holding(env.CASES_PORT, () => run('subgraphs/cases/src/index.ts', env))
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(`✖ cases: port ${env.CASES_PORT} on 127.0.0.1 is in use: stop the other process or set CASES_PORT to a free port`)
      expect(existsSync(file)).toBe(false)
    })
  },
)

describe.skipIf(onlyApollo("npm start spawns our gateway's processes, not the test network's gateway"))(
  'start-up failures are one line naming the cause, before any migration or seed',
  () => {
    const sqliteUrls = (tag: string) =>
      Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_DATABASE_URL`, `file:${path.join(scratch, `${tag}-${n}.db`)}`]))

    it('npm start with the gateway port in use', async () => {
      const env = { ...ports(), ...sqliteUrls('gwport') }
      const r = await holding(env.GATEWAY_PORT, () => run('scripts/network.ts', env))
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(`✖ port ${env.GATEWAY_PORT} on 127.0.0.1 is in use: stop the other process or set GATEWAY_PORT to a free port`)
      for (const n of SUBGRAPH_NAMES) expect(existsSync(path.join(scratch, `gwport-${n}.db`))).toBe(false)
    })

    it('npm start with a subgraph port in use', async () => {
      const env = { ...ports(), ...sqliteUrls('sgport') }
      const r = await holding(env.SUPPORT_PORT!, () => run('scripts/network.ts', env))
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(`✖ port ${env.SUPPORT_PORT} on 127.0.0.1 is in use: stop the other process or set SUPPORT_PORT to a free port`)
      for (const n of SUBGRAPH_NAMES) expect(existsSync(path.join(scratch, `sgport-${n}.db`))).toBe(false)
    })

    it('a SQLite file in a folder that does not exist', async () => {
      const r = await run('scripts/network.ts', { ...ports(), CASES_DATABASE_URL: 'file:/nonexistent/lienthong/cases.db' })
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(
        '✖ CASES_DATABASE_URL: the folder /nonexistent/lienthong does not exist: create it or point CASES_DATABASE_URL at a file in an existing folder',
      )
    })

    it.runIf(onPostgres)('a PostgreSQL database that does not exist', async () => {
      const u = new URL(PG_SERVER_URL)
      u.pathname = `/lt_test_missing_${Date.now().toString(36)}`
      const name = u.pathname.slice(1)
      const r = await run('scripts/network.ts', { ...ports(), DB_PROVIDER: 'postgresql', DATABASE_URL: u.toString() })
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(
        new RegExp(
          `^✖ DATABASE_URL: database "${name}" does not exist on ${u.hostname}:${u.port || 5432}: create it \\(createdb .* ${name}\\) or point DATABASE_URL at an existing one$`,
        ),
      )
      // the subgraph entry alone says the same, naming itself and its own variable
      const alone = await run('subgraphs/cases/src/index.ts', { ...ports(), DB_PROVIDER: 'postgresql', CASES_DATABASE_URL: u.toString() })
      expect(alone.code).toBe(1)
      expect(alone.stderr).toMatch(/^✖ cases: CASES_DATABASE_URL: database ".*" does not exist on /)
      expect(alone.stderr.split('\n')).toHaveLength(1)
    })

    it.runIf(onPostgres)('a PostgreSQL server that refuses the connection', async () => {
      const free = ports().GATEWAY_PORT
      const r = await run('scripts/network.ts', { ...ports(), DB_PROVIDER: 'postgresql', DATABASE_URL: `postgresql://postgres@127.0.0.1:${free}/lienthong` })
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(`✖ DATABASE_URL: PostgreSQL at 127.0.0.1:${free} refused the connection: start it or fix the host and port in DATABASE_URL`)
    })

    it('a migration that fails names the migration and the cause, and nothing is seeded', async () => {
      const file = path.join(scratch, 'clash.db')
      const db = cases.createPrisma({ provider: 'sqlite', url: `file:${file}` }) as unknown as {
        $executeRawUnsafe: (sql: string) => Promise<number>
        $queryRawUnsafe: <T>(sql: string) => Promise<T>
        $disconnect: () => Promise<void>
      }
      await db.$executeRawUnsafe(
        'CREATE TABLE "_prisma_migrations" (id TEXT PRIMARY KEY, checksum TEXT NOT NULL, finished_at DATETIME, migration_name TEXT NOT NULL, logs TEXT, rolled_back_at DATETIME, started_at DATETIME NOT NULL DEFAULT current_timestamp, applied_steps_count INTEGER NOT NULL DEFAULT 0)',
      )
      await db.$executeRawUnsafe('CREATE TABLE "Person" (legacy INTEGER)')
      try {
        const r = await run('subgraphs/cases/src/index.ts', { ...ports(), CASES_DATABASE_URL: `file:${file}`, LT_SEED_DEMO: '1' })
        expect(r.code).toBe(1)
        expect(r.stderr).toMatch(/^✖ cases: migration \d+_init failed: SQLITE_ERROR: table "Person" already exists \(CASES_DATABASE_URL\)$/)
        expect(await db.$queryRawUnsafe<unknown[]>('SELECT * FROM "Person"')).toEqual([])
      } finally {
        await db.$disconnect()
      }
    })
  },
)
