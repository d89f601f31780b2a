// Keeps prisma/postgresql/*.prisma identical to prisma/sqlite/*.prisma but for the provider and
// the generator output (a model may be split over several files: schema.prisma holds the
// datasource and generator). Run in a subgraph folder (db:generate does it first).
// `--check` exits 1 when the PostgreSQL file is stale instead of writing it.
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

export function postgresqlSchemaFrom(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output(\s*)=(\s*)"\.\.\/\.\.\/src\/generated\/sqlite"/, 'output$1=$2"../../src/generated/postgresql"')
  return generatedFrom('schema.prisma', out)
}

function generatedFrom(file: string, text: string): string {
  return `// GENERATED from ../sqlite/${file} by kit/src/prisma/syncSchemas.ts — edit that file.\n${text.replace(/^\/\/ GENERATED.*\n/, '')}`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.cwd()
  const from = path.join(dir, 'prisma', 'sqlite')
  const to = path.join(dir, 'prisma', 'postgresql')
  const files = readdirSync(from).filter((f) => f.endsWith('.prisma'))
  const want = new Map(
    files.map((f) => {
      const text = readFileSync(path.join(from, f), 'utf8')
      return [f, f === 'schema.prisma' ? postgresqlSchemaFrom(text) : generatedFrom(f, text)] as const
    }),
  )
  const stale = existsSync(to) ? readdirSync(to).filter((f) => f.endsWith('.prisma') && !want.has(f)) : []
  const differ = [...want].filter(([f, text]) => !existsSync(path.join(to, f)) || readFileSync(path.join(to, f), 'utf8') !== text)
  if (process.argv.includes('--check')) {
    if (differ.length || stale.length) {
      console.error(`${to} is stale: run npm run db:generate`)
      process.exit(1)
    }
  } else {
    mkdirSync(to, { recursive: true })
    for (const [f, text] of differ) writeFileSync(path.join(to, f), text)
    for (const f of stale) rmSync(path.join(to, f))
  }
}
