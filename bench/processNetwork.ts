// The network as it is deployed: each subgraph and the gateway in its own Node process, running
// its compiled JavaScript (`node <service>/dist/index.js`, built first by scripts/build.ts, as
// `npm run start:production` runs them), on fresh databases (SQLite files or PostgreSQL databases)
// seeded with the demo world, on ports from `basePort`. For benchmarks: one process per service
// spreads the work over the machine's cores as production does; the tests' in-process network does
// not. LT_BENCH_TSX=1 runs the TypeScript sources through tsx instead (development's way).
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type DatabaseConfig, type DbProvider, SUBGRAPH_NAMES } from '@lienthong/kit'
import { devKeyPair, type Identity, issueToken } from '@lienthong/kit/identity'
import { createTestDatabase, type TestDatabase } from '@lienthong/kit/testing'
import { type SubgraphName, subgraphDir } from '@lienthong/schema'
import { buildServices, COMPILED_ENTRY } from '../scripts/build.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** Extra Node options for every service, e.g. LT_BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile them. */
const NODE_ARGS = process.env.LT_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []
/** Run the sources through tsx instead of the compiled services (to compare). */
const TSX = process.env.LT_BENCH_TSX === '1'

export interface ProcessNetwork {
  gatewayUrl: string
  /** A development token for `identity` (the gateway verifies the local key pair, .data/keys). */
  token(identity: Identity): Promise<string>
  /** Each subgraph's database (to count what was written, directly). */
  databases: Record<SubgraphName, DatabaseConfig>
  stop(): Promise<void>
}

/** Starts the service in folder `dir` (gateway, subgraphs/<name>) and resolves when it is ready. */
function service(dir: string, env: Record<string, string>, children: ChildProcess[]): Promise<void> {
  const entry = TSX ? path.join(dir, 'src', 'index.ts') : path.join(dir, COMPILED_ENTRY)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, ...(TSX ? ['--import', 'tsx'] : []), entry], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.push(child)
    let seen = ''
    const watch = (chunk: Buffer) => {
      seen = (seen + chunk.toString('utf8')).slice(-4000)
      if (seen.includes('ready at')) resolve()
    }
    child.stdout!.on('data', watch)
    child.stderr!.on('data', watch)
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}): ${seen.slice(-500)}`)))
  })
}

export async function startProcessNetwork(
  provider: DbProvider,
  basePort = 4400,
  env: Record<string, string> = {},
  /** Serve these existing, migrated and seeded databases (never seeded again, never dropped), e.g. the national data set. */
  existing?: Record<SubgraphName, string>,
): Promise<ProcessNetwork> {
  const children: ChildProcess[] = []
  const databases: TestDatabase[] = []
  const configs = {} as Record<SubgraphName, DatabaseConfig>
  const stop = async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM')
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)))
    for (const d of databases) await d.drop()
  }
  try {
    if (!TSX) await buildServices()
    const common = { DB_PROVIDER: provider, LT_LOG_LEVEL: 'warn', LT_SEED_DEMO: existing ? '0' : '1', ...env }
    const urls: Record<string, string> = {}
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name, i) => {
        const db = existing ? { db: { provider, url: existing[name] } } : await createTestDatabase(subgraphDir(name), provider)
        if ('drop' in db) databases.push(db)
        configs[name] = db.db
        const NAME = name.toUpperCase()
        urls[`${NAME}_URL`] = `http://127.0.0.1:${basePort + 1 + i}/graphql`
        await service(path.join('subgraphs', name), { ...common, [`${NAME}_PORT`]: String(basePort + 1 + i), [`${NAME}_DATABASE_URL`]: db.db.url }, children)
      }),
    )
    await service('gateway', { ...common, ...urls, GATEWAY_PORT: String(basePort) }, children)
  } catch (e) {
    await stop()
    throw e
  }
  return {
    gatewayUrl: `http://127.0.0.1:${basePort}/graphql`,
    token: (identity) => issueToken(identity, devKeyPair('jwt').privateKey, 3600),
    databases: configs,
    stop,
  }
}
