// Writes a migration the kit generates (SQL Prisma's schema cannot express: triggers) into the
// subgraph folder it runs in, for BOTH providers, once: a migration already written under that
// name is left alone (committed migrations are never edited; a change is a new migration).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DB_PROVIDERS, type DbProvider } from '../config.ts'

export function writeGeneratedMigration(name: string, sqlOf: (provider: DbProvider) => string): void {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
  for (const provider of DB_PROVIDERS) {
    const migrations = path.resolve('prisma', provider, 'migrations')
    if (!existsSync(migrations)) {
      console.error(`no ${migrations}: run this in a subgraph folder`)
      process.exit(1)
    }
    const existing = readdirSync(migrations).find((m) => m.endsWith(`_${name}`))
    if (existing) {
      console.log(`${provider}: ${existing} already exists`)
      continue
    }
    const dir = path.join(migrations, `${stamp}_${name}`)
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'migration.sql'), sqlOf(provider))
    console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`)
  }
}
