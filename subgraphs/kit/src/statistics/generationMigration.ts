// Writes the migration that installs the data generation (./generation.ts) in a subgraph's
// database, for BOTH providers, for every model of its Prisma schema. Run once in a subgraph folder:
//   npx tsx ../kit/src/statistics/generationMigration.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DB_PROVIDERS } from '../config.ts'
import { GENERATION_MIGRATION_NAME, generationMigrationSql } from './generation.ts'

const schemaDir = path.resolve('prisma', 'sqlite')
const models = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.prisma'))
  .flatMap((f) => [...readFileSync(path.join(schemaDir, f), 'utf8').matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!))
  .sort()
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
for (const provider of DB_PROVIDERS) {
  const migrations = path.resolve('prisma', provider, 'migrations')
  if (!existsSync(migrations)) {
    console.error(`no ${migrations}: run this in a subgraph folder`)
    process.exit(1)
  }
  const existing = readdirSync(migrations).find((m) => m.endsWith(`_${GENERATION_MIGRATION_NAME}`))
  if (existing) {
    console.log(`${provider}: ${existing} already exists`)
    continue
  }
  const dir = path.join(migrations, `${stamp}_${GENERATION_MIGRATION_NAME}`)
  mkdirSync(dir)
  writeFileSync(path.join(dir, 'migration.sql'), generationMigrationSql(provider, models))
  console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`)
}
