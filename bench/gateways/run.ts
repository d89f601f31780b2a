// The gateways benchmark's driver (`npm run bench:gateways`, from the repository root): installs
// this directory's own packages when they are missing (`npm --prefix bench/gateways ci`: Hive
// Gateway and autocannon stay out of the workspace), reads the options, then runs ./bench.ts.
//
//   --quick            smoke run: 1 round, 5 s warm-up, 10 s measured
//   --rounds N         rounds of A B C D (default 3)
//   --warmup S         warm-up seconds per run (default 10)
//   --duration S       measured seconds per run (default 30)
//   --connections N    autocannon connections (default 50)
//   --only a,b         gateways to drive (apollo, ours, hive, hive-rust)
//   --no-dedup         Hive Gateway without inbound in-flight request deduplication
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

const here = path.dirname(new URL(import.meta.url).pathname)
if (!existsSync(path.join(here, 'node_modules'))) {
  console.log('installing bench/gateways packages (npm ci)…')
  execFileSync('npm', ['--prefix', here, 'ci', '--no-audit', '--no-fund'], { stdio: 'inherit' })
}

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    warmup: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
    'no-dedup': { type: 'boolean', default: false },
  },
})
const positive = (name: string, value: string | undefined, fallback: number) => {
  const n = value == null ? fallback : Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name}: a positive whole number is required, got ${value}`)
  return n
}
const { runBench } = await import('./bench.ts')
await runBench({
  rounds: positive('rounds', values.rounds, values.quick ? 1 : 3),
  warmupSeconds: positive('warmup', values.warmup, values.quick ? 5 : 10),
  seconds: positive('duration', values.duration, values.quick ? 10 : 30),
  connections: positive('connections', values.connections, 50),
  only: values.only?.split(',').map((s) => s.trim()),
  hiveDedup: !values['no-dedup'],
})
