// npm run bench:import — 10,000 incoming reports imported through the gateway by
// `lienthong import` (a child process, as an officer runs it), on the network as deployed: each
// service its own process (bench/processNetwork.ts), on PostgreSQL, the production database
// (--sqlite for the embedded one), with the gateway's production limits. Prints the seconds and
// rows per second; the budget is 10,000 rows in under 60 s.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startProcessNetwork } from './processNetwork.ts'
import { incomingReports, runCli, writeReportsCsv } from '../cli/src/__tests__/importFixtures.ts'

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000)
const BUDGET_SECONDS = 60
const provider = process.argv.includes('--sqlite') ? 'sqlite' : 'postgresql'

console.log(`starting the network on ${provider} (demo data)…`)
process.env.LT_LOG_LEVEL ??= 'warn'
const net = await startProcessNetwork(provider)
const dir = mkdtempSync(path.join(tmpdir(), 'lt-bench-import-'))
try {
  const file = path.join(dir, 'nguon-tin.csv')
  writeReportsCsv(file, incomingReports(`BENCH-${Date.now().toString(36)}`, ROWS))
  const token = await net.token({ sub: 'bench-officer', agency: 'police', role: 'officer', unit: '99' })
  const started = Date.now()
  const run = await runCli(['import', 'incoming-reports', file, '--gateway', net.gatewayUrl, '--token', token])
  const seconds = (Date.now() - started) / 1000
  process.stdout.write(run.stdout)
  if (run.code !== 0) throw new Error(`the import failed (exit ${run.code}): ${run.stderr}`)
  const ok = seconds < BUDGET_SECONDS
  console.log(`import of ${ROWS} incoming reports on ${provider}: ${seconds.toFixed(1)} s, ${Math.round(ROWS / seconds)} rows/s`)
  console.log(ok ? `✔ within budget (${BUDGET_SECONDS} s)` : `✖ OVER BUDGET (${BUDGET_SECONDS} s)`)
  process.exitCode = ok ? 0 : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
  await net.stop()
}
