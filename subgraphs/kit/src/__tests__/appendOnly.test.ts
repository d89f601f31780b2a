// The append-only migration is written once (prisma/appendOnly.ts) and committed in every subgraph
// for both providers: each committed copy is exactly the generated text, and no later SQLite
// migration rebuilds a guarded table without its triggers (SQLite drops them with the table).
// What the triggers do in a database is tested on every subgraph in test/src/__tests__/append-only.test.ts.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SUBGRAPH_NAMES, subgraphDir } from '@lienthong/schema'
import { DB_PROVIDERS } from '../config.ts'
import { APPEND_ONLY_MIGRATION_NAME, APPEND_ONLY_TABLE_NAMES, appendOnlyMigrationSql, appendOnlyRefusal, appendOnlyTableSql } from '../prisma/appendOnly.ts'

const migrationsOf = (name: (typeof SUBGRAPH_NAMES)[number], provider: string) => {
  const dir = path.join(subgraphDir(name), 'prisma', provider, 'migrations')
  return readdirSync(dir)
    .filter((m) => /^\d{14}_/.test(m))
    .sort()
    .map((m) => ({ name: m, sql: readFileSync(path.join(dir, m, 'migration.sql'), 'utf8') }))
}

describe('the append-only migration', () => {
  for (const name of SUBGRAPH_NAMES)
    for (const provider of DB_PROVIDERS)
      it(`${name} (${provider}) commits it once, exactly as generated, after the tables it guards`, () => {
        const all = migrationsOf(name, provider)
        const at = all.findIndex((m) => m.name.endsWith(`_${APPEND_ONLY_MIGRATION_NAME}`))
        expect(all.filter((m) => m.name.endsWith(`_${APPEND_ONLY_MIGRATION_NAME}`)).length).toBe(1)
        expect(all[at]!.sql).toBe(appendOnlyMigrationSql(provider))
        for (const table of APPEND_ONLY_TABLE_NAMES)
          expect({ table, createdBefore: all.slice(0, at).some((m) => m.sql.includes(`CREATE TABLE "${table}"`)) }).toEqual({ table, createdBefore: true })
      })

  it('is never lost by a later SQLite migration that rebuilds a guarded table', () => {
    const offenders = SUBGRAPH_NAMES.flatMap((name) => {
      const all = migrationsOf(name, 'sqlite')
      const later = all.slice(all.findIndex((m) => m.name.endsWith(`_${APPEND_ONLY_MIGRATION_NAME}`)) + 1)
      return later.flatMap((m) =>
        APPEND_ONLY_TABLE_NAMES.filter((t) => m.sql.includes(`DROP TABLE "${t}"`) && !m.sql.includes(appendOnlyTableSql('sqlite', t))).map(
          (t) => `${name}/${m.name}: rebuilds ${t} without appendOnlyTableSql('sqlite', '${t}')`,
        ),
      )
    })
    expect(offenders).toEqual([])
  })

  it("reads the refusal from either provider's error", () => {
    const message = 'AuditEntry UPDATE: nhật ký kiểm toán chỉ được ghi thêm — the audit log is append-only'
    expect(appendOnlyRefusal(new Error(message))).toEqual({ table: 'AuditEntry', operation: 'UPDATE' })
    const sqlite = Object.assign(new Error('Foreign key constraint violated on the foreign key'), {
      meta: { driverAdapterError: { cause: { originalCode: '1811', originalMessage: `ReportSubmission DELETE: x — y` } } },
    })
    expect(appendOnlyRefusal(sqlite)).toEqual({ table: 'ReportSubmission', operation: 'DELETE' })
    expect(appendOnlyRefusal(new Error('Foreign key constraint violated on the foreign key'))).toBeUndefined()
    expect(appendOnlyRefusal(undefined)).toBeUndefined()
  })
})
