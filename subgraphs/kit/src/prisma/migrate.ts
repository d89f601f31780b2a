// Applies a subgraph's committed migrations with `prisma migrate deploy` (start-up, tests, CI).
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'
import type { DatabaseConfig } from '../config.ts'

const run = promisify(execFile)
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js')

export class MigrationError extends Error {
  override name = 'MigrationError'
}

/** Runs `prisma migrate deploy` in `subgraphDir` against `db`; resolves when the schema is current. */
export async function migrateDeploy(subgraphDir: string, db: DatabaseConfig): Promise<void> {
  try {
    await run(process.execPath, [prismaCli, 'migrate', 'deploy'], {
      cwd: subgraphDir,
      env: { ...process.env, DB_PROVIDER: db.provider, DATABASE_URL: db.url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      maxBuffer: 16 * 1024 * 1024,
    })
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string }
    throw new MigrationError(migrationFailure(`${err.stderr ?? ''}\n${err.stdout ?? ''}`, err.message, db))
  }
}

/**
 * One line out of Prisma's output: the migration that failed and why, e.g.
 * `migration 20261122020135_init failed: SQLITE_ERROR: table "Person" already exists (CASES_DATABASE_URL)`.
 */
export function migrationFailure(output: string, fallback: string, db: Pick<DatabaseConfig, 'variable'>): string {
  const lines = output.split('\n').map((l) => l.trim())
  const at = lines.findIndex((l) => /^Error: /.test(l))
  let cause = at >= 0 ? lines[at]!.replace(/^Error: /, '') : fallback.split('\n')[0]!
  // "Error: P3005" is followed by the sentence that explains it
  if (/^P\d{4}$/.test(cause)) cause = `${cause} ${lines.slice(at + 1).find((l) => l !== '') ?? ''}`.trim()
  const migration =
    /migration_name="([^"]+)"/.exec(output)?.[1] ?? /Migration name: (\S+)/.exec(output)?.[1] ?? /The `([^`]+)` migration started at/.exec(output)?.[1]
  return `${migration ? `migration ${migration} failed` : 'migrate deploy failed'}: ${cause.replace(/ Read more about[\s\S]*$/, '')} (${db.variable ?? 'DATABASE_URL'})`
}
