// npm run bench: how fast the full provincial report (every KPI and breakdown the supergraph
// offers) answers through the gateway on the demo data, for a year, by month and by unit.
// Prints figures; asserts nothing (timings belong here, not in tests).
// By default the five services run in this one process on fresh SQLite (or PostgreSQL) databases
// with the demo data, so a report costs the sum of their work. BENCH_GATEWAY=<url> measures a
// network already running instead (`npm start`: each service its own process, as deployed; start
// it with LT_RATE_LIMIT_PER_MINUTE=100000, the bench sends more than the default 600 a minute).
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { adminUnits, bySubgraph } from '@lienthong/schema'
import { DEFAULT_SUPERGRAPH_PATH } from '@lienthong/gateway/config'
import { apiSchemaOf, reportOperation } from '../gateway/src/exports/reportQuery.ts'
import { devKeyPair, issueToken } from '@lienthong/kit/identity'
import { DEFAULT_CALLER, DEFAULT_PURPOSE, startNetwork, type Query } from '../test/src/network.ts'

const provider = process.env.DB_PROVIDER === 'postgresql' ? 'postgresql' : 'sqlite'
const year = Number(process.env.BENCH_YEAR ?? 2024)
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const query = reportOperation(apiSchemaOf(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')))
// SQL statements per subgraph (the statistics count in the database: a few statements per report)
const statements: Record<string, number> = {}
const counter = (name: string) => () => {
  statements[name] = (statements[name] ?? 0) + 1
}
const remote = process.env.BENCH_GATEWAY
const net = remote ? await runningNetwork(remote) : await startNetwork(provider, { onStatement: bySubgraph((name) => counter(name)) })

/** A network started with `npm start`: a development token from the local key pair, the test caller. */
async function runningNetwork(url: string): Promise<{ query: Query; stop: () => Promise<void> }> {
  const bearer = await issueToken(DEFAULT_CALLER, devKeyPair('jwt').privateKey, 3600)
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, 'x-purpose-of-use': DEFAULT_PURPOSE }
  const query: Query = async (q, variables) => {
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: q, variables }) })
    return { status: res.status, body: (await res.json()) as any }
  }
  return { query, stop: async () => {} }
}

const units = [
  '99',
  ...adminUnits()
    .unitsOn('DISTRICT', `${year}-06-30`)
    .map((u) => u.code),
  ...adminUnits()
    .unitsOn('COMMUNE', '2025-07-01')
    .map((u) => u.code),
]
const periods = [{ kind: 'YEAR', year }, ...Array.from({ length: 12 }, (_, i) => ({ kind: 'MONTH', year, index: i + 1 }))]

async function timed(variables: Record<string, unknown>): Promise<number> {
  const t = performance.now()
  const { body } = await net.query(query, variables)
  const ms = performance.now() - t
  if (body.errors) throw new Error(JSON.stringify(body.errors[0]))
  return ms
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!

// warm-up: query plans, connections, and the JIT of six Node.js servers sharing this process
const firstMs = await timed({ period: periods[0], unitCode: '99' })
for (const period of periods) await timed({ period, unitCode: '99' })
for (const k of Object.keys(statements)) statements[k] = 0
const single: number[] = []
for (let i = 0; i < rounds * 8; i++) single.push(await timed({ period: periods[0], unitCode: '99' }))
const perReport = Object.entries(statements)
  .map(([k, n]) => `${k} ${n / single.length}`)
  .join(', ')
const grid: number[] = []
const t0 = performance.now()
for (let r = 0; r < rounds; r++) for (const period of periods) for (const unitCode of units) grid.push(await timed({ period, unitCode }))
const total = performance.now() - t0
await net.stop()

const f = (n: number) => n.toFixed(1)
console.log(
  `Liên Thông statistics benchmark — ${remote ? `the network at ${remote}` : `${provider}, all services in this process`}, demo data, ${query.length} characters of query`,
)
console.log(`  first report after start (cold): ${f(firstMs)} ms`)
console.log(`  full report, province, year ${year}: median ${f(median(single))} ms, p95 ${f(p95(single))} ms (${single.length} runs)`)
if (!remote) console.log(`  SQL statements per report: ${perReport}`)
console.log(
  `  year + 12 months × ${units.length} units (${periods.length * units.length} reports): median ${f(median(grid))} ms, p95 ${f(p95(grid))} ms per report; ${f(total / rounds)} ms per grid`,
)
