// Keeps prisma/postgresql/schema.prisma identical to prisma/sqlite/schema.prisma but for the
// provider and the generator output. Run in a subgraph folder (db:generate does it first).
// `--check` exits 1 when the PostgreSQL file is stale instead of writing it.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import path from 'node:path'

export function postgresqlSchemaFrom(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output(\s*)=(\s*)"\.\.\/\.\.\/src\/generated\/sqlite"/, 'output$1=$2"../../src/generated/postgresql"')
  return `// GENERATED from ../sqlite/schema.prisma by kit/src/prisma/syncSchemas.ts — edit that file.\n${out.replace(/^\/\/ GENERATED.*\n/, '')}`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.cwd()
  const src = path.join(dir, 'prisma', 'sqlite', 'schema.prisma')
  const dst = path.join(dir, 'prisma', 'postgresql', 'schema.prisma')
  const want = postgresqlSchemaFrom(readFileSync(src, 'utf8'))
  const have = existsSync(dst) ? readFileSync(dst, 'utf8') : ''
  if (process.argv.includes('--check')) {
    if (want !== have) { console.error(`${dst} is stale: run npm run db:generate`); process.exit(1) }
  } else if (want !== have) {
    mkdirSync(path.dirname(dst), { recursive: true })
    writeFileSync(dst, want)
  }
}
