// npx tsx bench/gatewayProfile.ts [--seconds 20] [--connections 20] [--sqlite] [--port 4760] — where the
// gateway's CPU goes under load (NET-9): the network as deployed (bench/processNetwork.ts), every
// service under `node --cpu-prof`, `--connections` clients sending the nested cross-agency query
// (police cases → procuracy file → victims → support cases, border incidents) as fast as they can
// with one officer's token (the rate limit on, set above the load) for `--seconds`. Prints the
// requests answered, then the gateway's top self-time entries and its time by package.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '20' },
    sqlite: { type: 'boolean', default: false },
    port: { type: 'string', default: '4760' },
  },
})
const seconds = Number(values.seconds)
const connections = Number(values.connections)
const QUERY = `{ criminalCases(first: 10) { edges { node { externalRef status procuracyFile { status }
  victims { personRef supportCases { facility } borderIncidents { placeType } } } } } }`

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Self time per function and per package (or node internals, GC, idle), as shares of the non-idle time. */
export function summarise(profile: Profile): { total: number; functions: [string, number][]; packages: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
  })
  const functions = new Map<string, number>()
  const packages = new Map<string, number>()
  let total = 0
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame
    if (functionName === '(idle)' || functionName === '(program)') continue
    total += us
    const where = url.replace(/^file:\/\//, '')
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ?? (where.startsWith('node:') ? 'node internals' : where ? 'project code' : functionName)
    const name = `${functionName || '(anonymous)'} ${where ? `${path.basename(where)}:${lineNumber + 1}` : ''} [${pkg}]`
    functions.set(name, (functions.get(name) ?? 0) + us)
    packages.set(pkg, (packages.get(pkg) ?? 0) + us)
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 15)
  return { total, functions: top(functions), packages: top(packages) }
}

const dir = mkdtempSync(path.join(tmpdir(), 'lienthong-prof-'))
process.env.LT_BENCH_NODE_ARGS = `--cpu-prof --cpu-prof-dir=${dir}`
const { startProcessNetwork } = await import('./processNetwork.ts') // reads LT_BENCH_NODE_ARGS when loaded
const net = await startProcessNetwork(values.sqlite ? 'sqlite' : 'postgresql', Number(values.port), { LT_RATE_LIMIT_PER_MINUTE: '100000' })
let answered = 0
let failed = 0
try {
  const token = await net.token({ sub: 'bench-officer', agency: 'police', role: 'officer', unit: '99' })
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': 'investigation' }
  const send = async () => {
    const res = await fetch(net.gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query: QUERY }) })
    const body = (await res.json()) as { errors?: unknown[] }
    if (res.status === 200 && !body.errors) answered++
    else failed++
  }
  for (let i = 0; i < connections; i++) await send() // warm-up: plans cached, sockets open
  const end = Date.now() + seconds * 1000
  answered = failed = 0
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) await send()
    }),
  )
} finally {
  await net.stop()
}
const profiles = readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Profile)
const gateway = profiles.find((p) => p.nodes.some((n) => n.callFrame.url.includes('@apollo/gateway')))
if (gateway) rmSync(dir, { recursive: true, force: true })
else console.error(`profiles kept in ${dir}`)
console.log(`${answered} answered (${(answered / seconds).toFixed(1)}/s), ${failed} failed, ${connections} connections, ${seconds} s`)
if (!gateway) throw new Error('no CPU profile of the gateway')
const { total, functions, packages } = summarise(gateway)
const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`
console.log(`gateway CPU (non-idle): ${(total / 1e6).toFixed(1)} s, ${(total / 1000 / Math.max(answered, 1)).toFixed(1)} ms per request\n\ntop self time:`)
for (const [name, us] of functions) console.log(`${pct(us)}  ${name}`)
console.log('\nby package:')
for (const [name, us] of packages) console.log(`${pct(us)}  ${name}`)
