// The data generation of a subgraph's database: one counter in the one-row table
// "DataGeneration", raised by database triggers inside every transaction that inserts, updates or
// deletes rows of any table statistics may read (every table but the audit log, which reads also
// append to). It is what makes the statistics cache exact (./cache.ts): a figure cached under
// generation g is served only while the database still says g, so a committed write — through the
// write pipeline, a seed, an import, raw SQL at psql, or another replica of the subgraph on the
// same database — makes the next read recount.
//
// The SQL is written here once and each subgraph's migration generated from it (as the
// append-only triggers are, ../prisma/appendOnly.ts). A table added later needs its triggers in
// its own migration (`generationTriggerSql`); test/src/__tests__/statistics-cache.test.ts fails
// when a migrated database has a table without them. SQLite drops a table's triggers with the
// table (Prisma's "RedefineTables"): such a migration must create them again.
import type { DbProvider } from '../config.ts'
import { sql, type RawQueries } from './figures.ts'

export const GENERATION_TABLE = 'DataGeneration'
/** Tables whose writes do not change any statistic: the audit log (appended on reads too), the counter, Prisma's own. */
export const UNCOUNTED_TABLES = new Set([GENERATION_TABLE, 'AuditEntry', '_prisma_migrations'])
/** The name (after the timestamp) of the migration that installs the counter in every subgraph. */
export const GENERATION_MIGRATION_NAME = 'data_generation'
const FUNCTION = 'lt_bump_generation'

/** The triggers that raise the counter on writes to `table`, by name. */
export function generationTriggerNames(provider: DbProvider, table: string): string[] {
  return provider === 'postgresql' ? [`${table}_bump_generation`] : ['insert', 'update', 'delete'].map((op) => `${table}_bump_generation_${op}`)
}

/** The statements that make writes to `table` raise the counter (PostgreSQL: once per statement; SQLite: per row). */
export function generationTriggerSql(provider: DbProvider, table: string): string {
  if (provider === 'postgresql') {
    const [name] = generationTriggerNames(provider, table)
    return `CREATE TRIGGER "${name}" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "${FUNCTION}"();`
  }
  return generationTriggerNames(provider, table)
    .map((name, i) => `CREATE TRIGGER "${name}" AFTER ${['INSERT', 'UPDATE', 'DELETE'][i]} ON "${table}"\nBEGIN\n  ${bump};\nEND;`)
    .join('\n')
}

const bump = `UPDATE "${GENERATION_TABLE}" SET "generation" = "generation" + 1 WHERE "id" = 1`

/** The whole migration for a subgraph's `tables` (its models). */
export function generationMigrationSql(provider: DbProvider, tables: readonly string[]): string {
  const head = `-- Generated from subgraphs/kit/src/statistics/generation.ts (npx tsx ../kit/src/statistics/generationMigration.ts): never edit.
-- The data generation: raised inside every write's transaction, read before a cached statistic is served.`
  const table =
    provider === 'postgresql'
      ? `CREATE TABLE "${GENERATION_TABLE}" ("id" INTEGER NOT NULL, "generation" BIGINT NOT NULL DEFAULT 0, CONSTRAINT "${GENERATION_TABLE}_pkey" PRIMARY KEY ("id"));`
      : `CREATE TABLE "${GENERATION_TABLE}" ("id" INTEGER NOT NULL PRIMARY KEY, "generation" BIGINT NOT NULL DEFAULT 0);`
  const fn =
    provider === 'postgresql'
      ? [`CREATE OR REPLACE FUNCTION "${FUNCTION}"() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  ${bump};\n  RETURN NULL;\nEND\n$$;`]
      : []
  const triggers = tables.filter((t) => !UNCOUNTED_TABLES.has(t)).map((t) => `-- ${t}\n${generationTriggerSql(provider, t)}`)
  return `${[head, table, `INSERT INTO "${GENERATION_TABLE}" ("id", "generation") VALUES (1, 0);`, ...fn, ...triggers].join('\n\n')}\n`
}

/** The arm of a section's statement that answers the generation in the statement's own snapshot. */
export const generationArm = () =>
  sql`SELECT 'generation' AS "figure", CAST(NULL AS TEXT) AS "key", "generation" AS "n", CAST(NULL AS BIGINT) AS "k" FROM "DataGeneration" WHERE "id" = 1`

/** The database's generation now (one statement). */
export async function readGeneration(db: RawQueries): Promise<number> {
  const rows = await db.$queryRaw<{ generation: number | bigint }[]>(sql`SELECT "generation" FROM "DataGeneration" WHERE "id" = 1`)
  return Number(rows[0]?.generation ?? -1)
}
