// Tables that only ever grow: a submitted periodic report's revisions (`ReportSubmission`) and the
// hash-chained audit log (`AuditEntry`). The database itself refuses to change or remove their
// rows — an UPDATE or a DELETE (and on PostgreSQL a TRUNCATE) fails in a trigger, whoever sends
// it: the subgraph's Prisma client, raw SQL, or an operator at psql. A correction of a report is
// a new revision; the audit chain's verifier remains the check for someone who drops the triggers.
//
// The SQL is written here once and each subgraph's migration is generated from it
// (`npx tsx ../kit/src/prisma/appendOnlyMigration.ts` in a subgraph folder); a kit test
// checks every committed copy against this text.
//
// SQLite drops a table's triggers with the table: a later migration that redefines one of these
// tables (Prisma's "RedefineTables" on SQLite) must create them again with `appendOnlyTableSql`.
// The test of the committed migrations (test/src/__tests__/append-only.test.ts) fails when a
// freshly migrated database lacks one.
import type { DbProvider } from '../config.ts'

/** Why each table refuses changes ("Vietnamese — English", as in the database's error message). */
export const APPEND_ONLY_TABLES = {
  ReportSubmission: [
    'bản báo cáo định kỳ đã gửi không được sửa hay xóa; điều chỉnh bằng một lần gửi mới',
    'a submitted periodic report revision is never updated or deleted; a correction is a new revision',
  ],
  AuditEntry: ['nhật ký kiểm toán chỉ được ghi thêm, không được sửa hay xóa', 'the audit log is append-only: entries are never updated or deleted'],
} as const satisfies Record<string, readonly [vi: string, en: string]>
export type AppendOnlyTable = keyof typeof APPEND_ONLY_TABLES
export const APPEND_ONLY_TABLE_NAMES = Object.keys(APPEND_ONLY_TABLES) as AppendOnlyTable[]

/** The name (after the timestamp) of the migration that installs the triggers in every subgraph. */
export const APPEND_ONLY_MIGRATION_NAME = 'append_only_submissions_audit'

/** The PostgreSQL function every append-only trigger calls. */
export const REFUSE_CHANGE_FUNCTION = 'lt_refuse_change'

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`
const reason = (table: AppendOnlyTable) => APPEND_ONLY_TABLES[table].join(' — ')

/** The triggers that guard `table`, by name (what a test or an operator looks for). */
export function appendOnlyTriggerNames(provider: DbProvider, table: AppendOnlyTable): string[] {
  return provider === 'postgresql' ? [`${table}_refuse_change`, `${table}_refuse_truncate`] : [`${table}_refuse_update`, `${table}_refuse_delete`]
}

const POSTGRES_FUNCTION = `-- Refuses the change that fired the trigger: "<table> <UPDATE|DELETE|TRUNCATE>: <reason>" (SQLSTATE 23001)
CREATE OR REPLACE FUNCTION "${REFUSE_CHANGE_FUNCTION}"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% %: %', TG_TABLE_NAME, TG_OP, TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END
$$;`

/** The statements that make `table` append-only (the function of PostgreSQL apart), one trigger each. */
export function appendOnlyTableStatements(provider: DbProvider, table: AppendOnlyTable): string[] {
  const [first, second] = appendOnlyTriggerNames(provider, table)
  const why = reason(table)
  if (provider === 'postgresql')
    return [
      `CREATE TRIGGER "${first}" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${REFUSE_CHANGE_FUNCTION}"(${literal(why)});`,
      `CREATE TRIGGER "${second}" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "${REFUSE_CHANGE_FUNCTION}"(${literal(why)});`,
    ]
  const sqlite = (name: string | undefined, op: string) =>
    `CREATE TRIGGER "${name}" BEFORE ${op} ON "${table}"\nBEGIN\n  SELECT RAISE(ABORT, ${literal(`${table} ${op}: ${why}`)});\nEND;`
  return [sqlite(first, 'UPDATE'), sqlite(second, 'DELETE')]
}

/** The same as one text (what a later SQLite migration that redefines `table` appends). */
export const appendOnlyTableSql = (provider: DbProvider, table: AppendOnlyTable): string => appendOnlyTableStatements(provider, table).join('\n')

/** The whole migration: every append-only table of a subgraph's database, for `provider`. */
export function appendOnlyMigrationSql(provider: DbProvider): string {
  const head = `-- Generated from subgraphs/kit/src/prisma/appendOnly.ts (npx tsx ../kit/src/prisma/appendOnlyMigration.ts): never edit.
-- Submitted report revisions and the audit log are append-only: the database refuses to change or remove their rows.`
  const tables = APPEND_ONLY_TABLE_NAMES.map((t) => `-- ${t}\n${appendOnlyTableSql(provider, t)}`)
  return `${[head, ...(provider === 'postgresql' ? [POSTGRES_FUNCTION] : []), ...tables].join('\n\n')}\n`
}

export interface AppendOnlyRefusal {
  table: AppendOnlyTable
  operation: 'UPDATE' | 'DELETE' | 'TRUNCATE'
}
const REFUSAL = new RegExp(`\\b(${APPEND_ONLY_TABLE_NAMES.join('|')}) (UPDATE|DELETE|TRUNCATE): `)

/**
 * The append-only refusal an error reports, on either provider; undefined for any other error.
 * (Prisma's SQLite adapter reports a trigger's RAISE as a foreign-key violation, P2003 or P2010:
 * the trigger's own message is kept in the error's driver-adapter cause.)
 */
export function appendOnlyRefusal(error: unknown): AppendOnlyRefusal | undefined {
  const e = error as { message?: unknown; meta?: unknown } | null
  const m = REFUSAL.exec(`${e?.message ?? ''}\n${JSON.stringify(e?.meta ?? null)}`)
  return m ? { table: m[1] as AppendOnlyTable, operation: m[2] as AppendOnlyRefusal['operation'] } : undefined
}
