// npm start: the whole network on one machine. Each subgraph migrates its database and seeds
// the demo data (SQLite files under .data/ by default), then the gateway starts; the URLs are
// printed when everything answers. Ctrl-C stops every process cleanly. The services' JSON log
// lines are relayed as they are, or as one short readable line each when run in a terminal.
// `npm start` runs the TypeScript sources through tsx (development); `npm run start:production`
// (`--compiled`) builds the services first (scripts/build.ts) and runs `node <service>/dist/index.js`.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError, DEFAULT_DATA_DIR, SUBGRAPH_NAMES, subgraphConfig, type SubgraphName } from '@lienthong/kit'
import { assertDatabaseReachable, assertPortFree } from '@lienthong/kit/prisma'
import { masterSecretFrom, subgraphSecret } from '@lienthong/kit/identity'
import { gatewayConfig } from '../gateway/src/config.ts'
import { ensureBuilt } from '../dashboard/server/build.ts'
import { dashboardServerOptions } from '../dashboard/server/options.ts'
import { serveDashboard, type RunningDashboard } from '../dashboard/server/serve.ts'
import { buildServices, COMPILED_ENTRY } from './build.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
/** Run the compiled services (npm run start:production) rather than their sources through tsx. */
const COMPILED = process.argv.includes('--compiled')
const children = new Map<string, ChildProcess>()
let stopping = false
let dashboard: RunningDashboard | undefined

/** A child already printed its own one-line reason (✖ …) before exiting. */
class ChildFailed extends Error {}

async function stopAll(code: number): Promise<void> {
  if (stopping) return
  stopping = true
  await dashboard?.close()
  const exits = [...children.values()]
    .filter((c) => c.exitCode === null)
    .map(
      (c) =>
        new Promise((r) => {
          c.once('exit', r)
          c.kill('SIGTERM')
        }),
    )
  await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, 5000))])
  process.exit(code)
}

/** A service's JSON log line as one short line for a person at a terminal (anything else as it is). */
function readable(line: string): string {
  if (!line.startsWith('{')) return line
  try {
    const l = JSON.parse(line) as Record<string, unknown>
    const head = `[${String(l.service ?? '?')}] ${String(l.level ?? '')}`.trimEnd()
    if (l.msg !== 'request') return `${head} ${String(l.msg ?? '')}${l.requestId ? ` (request ${String(l.requestId)})` : ''}`
    const outcome = l.outcome === 'ok' ? 'ok' : `error ${(l.errorCodes as string[] | undefined)?.join(',') ?? ''}`.trimEnd()
    return `[${String(l.service)}] ${String(l.status)} ${outcome} ${String(l.operation ?? l.route ?? '')} ${String(l.durationMs)} ms — request ${String(l.requestId)}`
  } catch {
    return line
  }
}

/** Starts the service in folder `dir` and resolves when it prints its "ready at" line. */
function start(name: string, dir: string, env: Record<string, string>): Promise<void> {
  const args = COMPILED ? [path.join(dir, COMPILED_ENTRY)] : ['--import', 'tsx', path.join(dir, 'src', 'index.ts')]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    children.set(name, child)
    const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
      let buffer = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        buffer += chunk
        let i: number
        while ((i = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, i)
          buffer = buffer.slice(i + 1)
          if (line.includes('ready at')) resolve()
          if (!/npm warn|^\s*$/.test(line)) out.write(`${out.isTTY ? readable(line) : line}\n`)
        }
      })
    }
    relay(child.stdout!, process.stdout)
    relay(child.stderr!, process.stderr)
    child.once('exit', (code) => {
      if (!stopping) reject(new ChildFailed(`${name} stopped (exit code ${code})`))
    })
  })
}

try {
  const configs = SUBGRAPH_NAMES.map((name: SubgraphName) => subgraphConfig(name))
  const gateway = gatewayConfig()
  if (configs.some((c) => c.database.provider === 'sqlite')) mkdirSync(DEFAULT_DATA_DIR, { recursive: true })
  // a port in use or an unreachable database is told in seconds, before any migration or seed
  for (const c of configs) await assertPortFree(c.host, c.port, `${c.name.toUpperCase()}_PORT`)
  await assertPortFree(gateway.host, gateway.port, 'GATEWAY_PORT')
  for (const c of configs) await assertDatabaseReachable(c.database)
  if (COMPILED) await buildServices()
  console.log(`Liên Thông: starting ${SUBGRAPH_NAMES.length} subgraphs on ${configs[0]!.database.provider} (migrate + demo seed), then the gateway…`)
  // each subgraph gets only its own secret (derived from the gateway's master secret): none can sign for another
  const master = masterSecretFrom()
  await Promise.all(
    configs.map((c) =>
      start(c.name, path.join('subgraphs', c.name), {
        LT_SEED_DEMO: process.env.LT_SEED_DEMO ?? '1',
        LT_SUBGRAPH_SECRET: subgraphSecret(master, c.name),
      }),
    ),
  )
  const subgraphUrls = Object.fromEntries(configs.map((c) => [`${c.name.toUpperCase()}_URL`, `http://${c.host}:${c.port}/graphql`]))
  await start('gateway', 'gateway', subgraphUrls)
  const base = `http://${gateway.host}:${gateway.port}`
  ensureBuilt((line) => console.log(line))
  dashboard = await serveDashboard(dashboardServerOptions(process.env, `${base}/graphql`))
  console.log(`
✔ Liên Thông is running — Ctrl-C stops it.
  Dashboard:           ${dashboard.url}
  Gateway (GraphQL):   ${base}/graphql
  Health:              ${base}/health${gateway.explorer ? `\n  Explorer (GraphiQL): ${base}/explorer` : ''}
${configs.map((c) => `  Subgraph ${c.name.padEnd(13)}http://${c.host}:${c.port}/graphql`).join('\n')}
  Every request needs a token (development tokens: npm run token -- --agency police --role officer --unit 99).
  Try: TOKEN=$(npm run -s token -- --agency police --role officer --unit 99)
       curl -s ${base}/graphql -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\
         -H 'x-purpose-of-use: investigation' \\
         -d '{"query":"{ criminalCases(first: 1) { edges { node { externalRef procuracyFile { status } victims { personRef supportCases { facility } borderIncidents { placeType } policeVictim { fullName } } } } } }"}'
`)
  process.once('SIGINT', () => void stopAll(0))
  process.once('SIGTERM', () => void stopAll(0))
} catch (e) {
  if (e instanceof ConfigError) console.error(`✖ ${e.message}`)
  else if (!(e instanceof ChildFailed)) console.error(`✖ ${(e as Error).message}`)
  await stopAll(1)
}
