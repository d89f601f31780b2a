// npm run bench:load [-- --users 50 --duration 60 --think 2 --sqlite] — the network under load as
// deployed: each service its own process (bench/processNetwork.ts) on PostgreSQL (--sqlite for the
// embedded database), with the gateway's production limits (600 operations a minute per token).
// `--users` virtual users, each with its own token, for `--duration` seconds: committee users read
// the provincial statistics as the dashboard asks them, officers read their agency's list and
// write through its create mutations — new records, replays of acknowledged writes, invalid
// writes (bench/loadWorkload.ts). Prints requests, p50/p95/p99 latency per kind, throughput,
// errors, and the recount in each agency's database (bench/loadRecount.ts). Exit code 1 on any
// error or an inexact recount.
import os from 'node:os'
import { parseArgs } from 'node:util'
import { recount } from './loadRecount.ts'
import { formatLoadReport } from './loadReport.ts'
import { runLoad } from './loadRun.ts'
import { startProcessNetwork } from './processNetwork.ts'

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '50' },
    duration: { type: 'string', default: '60' },
    think: { type: 'string', default: '2' },
    sqlite: { type: 'boolean', default: false },
  },
})
const users = Number(values.users)
const seconds = Number(values.duration)
const think = Number(values.think)
if (!Number.isInteger(users) || users < 1 || !(seconds > 0) || !(think > 0)) {
  console.error('usage: npm run bench:load -- [--users N] [--duration SECONDS] [--think SECONDS] [--sqlite]')
  process.exit(2)
}
const provider = values.sqlite ? 'sqlite' : 'postgresql'

console.log(`starting the network on ${provider} (demo data, one process per service)…`)
process.env.LT_LOG_LEVEL ??= 'warn'
const net = await startProcessNetwork(provider)
let ok = false
try {
  console.log(`${users} users for ${seconds} s…`)
  const load0 = os.loadavg()[0]!
  const result = await runLoad(net, { users, durationMs: seconds * 1000, thinkMs: think * 1000 })
  const load1 = os.loadavg()[0]!
  const counted = await recount(net.databases, result)
  const heading =
    `Liên Thông load (NET-10) — ${users} users (${result.users.committee} committee, ${result.users.officers} officers) × ${seconds} s, ` +
    `think ${think} s, ${provider}, one process per service; ${os.cpus().length} cores, load average ${load0.toFixed(2)} before, ${load1.toFixed(2)} after`
  for (const line of formatLoadReport(result, counted, heading)) console.log(line)
  ok = result.errors.length === 0 && counted.ok
} finally {
  await net.stop()
}
process.exitCode = ok ? 0 : 1
