// Writes the migration that makes a subgraph's submitted reports and audit log append-only, for
// BOTH providers, from the one text in ./appendOnly.ts. Run once in a subgraph folder:
//   npx tsx ../kit/src/prisma/appendOnlyMigration.ts
// Prisma's schema has no notion of triggers, so `db:migrate:new` cannot write this one; it is a
// committed migration like any other (never edited afterwards: a change is a new migration).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DB_PROVIDERS } from '../config.ts'
import { APPEND_ONLY_MIGRATION_NAME, appendOnlyMigrationSql } from './appendOnly.ts'

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
for (const provider of DB_PROVIDERS) {
  const migrations = path.resolve('prisma', provider, 'migrations')
  if (!existsSync(migrations)) {
    console.error(`no ${migrations}: run this in a subgraph folder`)
    process.exit(1)
  }
  const existing = readdirSync(migrations).find((m) => m.endsWith(`_${APPEND_ONLY_MIGRATION_NAME}`))
  if (existing) {
    console.log(`${provider}: ${existing} already exists`)
    continue
  }
  const dir = path.join(migrations, `${stamp}_${APPEND_ONLY_MIGRATION_NAME}`)
  mkdirSync(dir)
  writeFileSync(path.join(dir, 'migration.sql'), appendOnlyMigrationSql(provider))
  console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`)
}
