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
    const detail = `${err.stderr ?? ''}\n${err.stdout ?? ''}`.split('\n').find((l) => /Error|error:|P\d{4}/.test(l)) ?? err.message
    throw new MigrationError(`migrate deploy failed in ${subgraphDir}: ${detail.trim()}`)
  }
}
