// npm run bench:national: the full provincial report (docs/provincial-report.graphql, every KPI
// and breakdown) through the gateway on the national data set (`npm run seed -- --scale national`),
// on the network as deployed (one process per service, bench/processNetwork.ts): the first report
// right after start (cold), the same report again and again (warm), and the report right after a
// write through the gateway (cold: the write raised the data generation, the cache recounts).
// Then the same on the tests' in-process network over the same databases, counting the SQL
// statements each subgraph runs per report (cold and warm). Prints figures; asserts nothing.
//
//   npm run bench:national [-- --runs 100 --writes 10 --year 2025 --unit 99803]
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { adminUnits, bySubgraph, SUBGRAPH_NAMES } from '@lienthong/schema'
import { DEFAULT_SUPERGRAPH_PATH } from '@lienthong/gateway/config'
import { apiSchemaOf, reportOperation } from '../gateway/src/exports/reportQuery.ts'
import { DEFAULT_CALLER, DEFAULT_PURPOSE, startNetwork, type Name } from '../test/src/network.ts'
import { nationalUrls } from '../scripts/national/databases.ts'
import { startProcessNetwork } from './processNetwork.ts'

const arg = (name: string, fallback: number) => (process.argv.includes(`--${name}`) ? Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) : fallback)
const runs = arg('runs', 100)
const writes = arg('writes', 10)
const year = arg('year', 2025)
/** `--query <file>`: another operation than the full report (e.g. one agency's section), same variables. */
const queryFile = process.argv.includes('--query') ? process.argv[process.argv.indexOf('--query') + 1] : undefined
const query = queryFile ? readFileSync(queryFile, 'utf8') : reportOperation(apiSchemaOf(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')))
const unitFlag = process.argv.includes('--unit') ? process.argv[process.argv.indexOf('--unit') + 1] : undefined
const variables = { period: { kind: 'YEAR', year }, unitCode: unitFlag ?? adminUnits().province().code }
const urls = nationalUrls()
const reformCommune = adminUnits()
  .all()
  .find((u) => u.level === 'COMMUNE' && u.validFrom === adminUnits().reformDate)!.code
const RECEIVE = `mutation Receive($input: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $input) { id } }`
const receiveInput = (i: number) => ({
  externalRef: `BENCH-NATIONAL-${Date.now().toString(36)}-${i}`,
  kind: 'DENUNCIATION',
  channel: 'ONLINE',
  receivedAt: `${year}-08-0${1 + (i % 9)}T09:00:00+07:00`,
  receivedByUnitCode: adminUnits().province().code,
  unitCode: unitFlag ?? reformCommune, // inside the report's unit, so the figure must move by one per write
})

type Send = (q: string, v: Record<string, unknown>) => Promise<any>
async function timed(send: Send, q = query, v: Record<string, unknown> = variables) {
  const t = performance.now()
  const body = await send(q, v)
  const ms = performance.now() - t
  if (body.errors) throw new Error(JSON.stringify(body.errors[0]))
  return { ms, body }
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!
const f = (n: number) => n.toFixed(1)
const line = (label: string, xs: number[]) =>
  console.log(
    `  ${label.padEnd(34)} p50 ${f(pct(xs, 0.5)).padStart(7)} ms  p95 ${f(pct(xs, 0.95)).padStart(7)} ms  max ${f(Math.max(...xs)).padStart(7)} ms  (${xs.length})`,
  )

console.log(
  `Liên Thông national-scale statistics — ${os.cpus().length} cores, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
)
console.log(
  `  report: ${query.length} characters, ${JSON.stringify(variables)}; databases ${Object.values(urls)
    .map((u) => new URL(u).pathname.slice(1))
    .join(', ')}`,
)

// 1. As deployed: one process per service
const started = performance.now()
// a cold report at this scale outlasts the production deadline (15 s): the bench waits up to 10 minutes
const net = await startProcessNetwork('postgresql', 4600, { LT_RATE_LIMIT_PER_MINUTE: '100000', LT_SUBGRAPH_TIMEOUT_MS: '600000' }, urls)
console.log(`  network started in ${f((performance.now() - started) / 1000)} s`)
try {
  const bearer = await net.token(DEFAULT_CALLER)
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, 'x-purpose-of-use': DEFAULT_PURPOSE }
  const send: Send = async (q, v) => (await fetch(net.gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query: q, variables: v }) })).json()
  // each figure is printed as soon as it is measured (a cold report at this scale takes minutes)
  console.log('  as deployed (one process per service, PostgreSQL):')
  line('cold, first report after start', [(await timed(send)).ms])
  const warm: number[] = []
  for (let i = 0; i < runs; i++) warm.push((await timed(send)).ms)
  line('warm, the same report again', warm)
  const afterWrite: number[] = []
  const before = (await timed(send)).body.data.provincialStatistics.police.reportsReceived
  for (let i = 0; i < writes; i++) {
    await timed(send, RECEIVE, { input: receiveInput(i) })
    afterWrite.push((await timed(send)).ms)
  }
  if (writes) line('cold, right after a write', afterWrite)
  const after = (await timed(send)).body.data.provincialStatistics.police.reportsReceived
  console.log(`  reports received ${before} → ${after} after ${writes} writes (${after - before === writes ? 'exact' : 'NOT EXACT'})`)
} finally {
  await net.stop()
}

// 2. SQL statements per report (the tests' in-process network over the same databases)
const statements = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, 0])) as Record<Name, number>
const inProcess = await startNetwork('postgresql', {
  databases: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, { provider: 'postgresql', url: urls[n] }])),
  onStatement: bySubgraph((name) => () => {
    statements[name as Name]++
  }),
})
try {
  const count = async () => {
    for (const n of SUBGRAPH_NAMES) statements[n] = 0
    const body = await inProcess.query(query, variables)
    if (body.body.errors) throw new Error(JSON.stringify(body.body.errors[0]))
    return SUBGRAPH_NAMES.map((n) => `${n} ${statements[n]}`).join(', ')
  }
  console.log(`  SQL statements per report, cold: ${await count()}`)
  console.log(`  SQL statements per report, warm: ${await count()}`)
} finally {
  await inProcess.stop()
}
