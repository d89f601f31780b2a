// `npm run seed`: the demo world into each subgraph's configured database (each subgraph's own
// seed, through turbo), or with `--scale national` the national-scale data set of the statistics
// benchmark (NET-9): ≥ 1,000,000 incoming reports, 200,000 criminal cases, 300,000 victims and
// the matching procuracy, court, Social Affairs and Border Guard records, in four PostgreSQL
// databases named `lienthong_<subgraph>_national` (or `<NAME>_DATABASE_URL`), with a progress
// bar on stderr. SQLite is refused for this mode. See scripts/national/replicate.ts for how.
//
//   npm run seed -- --scale national [--fresh] [--suffix _national]
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { z } from 'zod'
import { type DatabaseConfig, subgraphConfig } from '@lienthong/kit'
import { migrateDeploy } from '@lienthong/kit/prisma'
import { SUBGRAPH_NAMES, type SubgraphName, subgraphDir } from '@lienthong/schema'
import { nationalUrl } from './national/databases.ts'
import { progressBar } from './national/progress.ts'
import { planOf, replicate, type TablePlan } from './national/replicate.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const Args = z.object({
  scale: z.enum(['demo', 'national']).default('demo'),
  fresh: z.boolean().default(false),
  suffix: z
    .string()
    .regex(/^_[a-z0-9_]+$/)
    .default('_national'),
})
const argv = process.argv.slice(2)
const flag = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined)
const parsed = Args.safeParse({ scale: flag('scale'), fresh: argv.includes('--fresh'), suffix: flag('suffix') })
if (!parsed.success) {
  console.error(
    `✖ npm run seed -- [--scale demo|national] [--fresh] [--suffix _national]: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  )
  process.exit(2)
}
const args = parsed.data

/** What the national data set must hold at least (issue NET-9). */
const TARGETS = { IncomingReport: 1_000_000, CriminalCase: 200_000, Victim: 300_000 }

if (args.scale === 'demo') {
  const r = spawnSync('npx', ['turbo', 'run', 'seed'], { cwd: ROOT, stdio: 'inherit' })
  process.exit(r.status ?? 1)
}
if ((process.env.DB_PROVIDER ?? 'postgresql') !== 'postgresql') {
  console.error(
    '✖ --scale national: chỉ chạy trên PostgreSQL / PostgreSQL only — SQLite is refused for millions of rows (unset DB_PROVIDER or set it to postgresql)',
  )
  process.exit(2)
}

async function prepare(name: SubgraphName): Promise<string> {
  const url = nationalUrl(name, args.suffix)
  const dbName = decodeURIComponent(new URL(url).pathname.slice(1))
  const server = new URL(url)
  server.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: server.toString() })
  await admin.connect()
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])).rowCount
    if (exists && !args.fresh) throw new Error(`${dbName} exists: run with --fresh to drop and rebuild it`)
    if (exists) await admin.query(`DROP DATABASE "${dbName}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${dbName}"`)
  } finally {
    await admin.end()
  }
  await migrateDeploy(subgraphDir(name), { provider: 'postgresql', url, variable: `${name.toUpperCase()}_DATABASE_URL` })
  // the demo world, by the subgraph's own seed (its server module first: the seed module is its dependency)
  const dir = `../subgraphs/${name}`
  await import(`${dir}/src/server.ts`)
  const { seedDemo } = (await import(`${dir}/prisma/seed.ts`)) as { seedDemo: (db: unknown, key: string) => Promise<unknown> }
  const { createDb } = (await import(`${dir}/src/db.ts`)) as { createDb: (c: DatabaseConfig) => { $disconnect(): Promise<void> } }
  const db = createDb({ provider: 'postgresql', url })
  await seedDemo(db, subgraphConfig(name, { ...process.env, DB_PROVIDER: 'postgresql', [`${name.toUpperCase()}_DATABASE_URL`]: url }).networkKey)
  await db.$disconnect()
  return url
}

const started = Date.now()
console.error('[seed] national: databases, migrations and the demo world (the template)…')
const urls = {} as Record<SubgraphName, string>
for (const name of SUBGRAPH_NAMES) urls[name] = await prepare(name)
const clients = {} as Record<SubgraphName, pg.Client>
const plans = {} as Record<SubgraphName, TablePlan[]>
for (const name of SUBGRAPH_NAMES) {
  clients[name] = new pg.Client({ connectionString: urls[name] })
  await clients[name].connect()
  plans[name] = await planOf(clients[name])
}
const template = (t: keyof typeof TARGETS) => plans.cases.find((p) => p.table === t)?.rows ?? 0
const copies = Math.max(...Object.entries(TARGETS).map(([t, want]) => Math.ceil(want / Math.max(1, template(t as keyof typeof TARGETS)))))
const total = SUBGRAPH_NAMES.reduce((sum, name) => sum + plans[name].reduce((s, p) => s + p.rows * (copies - 1), 0), 0)
console.error(`[seed] ${copies} copies of the demo world: ${total.toLocaleString('en-US')} rows to write`)
const bar = progressBar(total)
for (const name of SUBGRAPH_NAMES) {
  await replicate(clients[name], plans[name], copies, (rows, table) => bar.add(rows, `${name}.${table}`))
  await clients[name].query('ANALYZE')
}
bar.done()
for (const name of SUBGRAPH_NAMES) {
  const sizes = plans[name].filter((p) => p.rows).map((p) => `${p.table} ${(p.rows * copies).toLocaleString('en-US')}`)
  console.log(`[seed] ${name} (${urls[name].replace(/\/\/[^@]*@/, '//')}): ${sizes.join(', ')}`)
  await clients[name].end()
}
console.log(`[seed] national scale seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`)
