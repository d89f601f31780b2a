// Tests that play someone with direct access to the database — an administrator who first turns
// the append-only triggers off, then alters or deletes audit entries — to show that the audit
// chain's verifier still catches it. Only tests do this; the network itself never does.
import type { DbProvider } from '../config.ts'
import { type AppendOnlyRefusal, type AppendOnlyTable, appendOnlyRefusal, appendOnlyTableStatements, appendOnlyTriggerNames } from '../prisma/appendOnly.ts'

interface RawDb {
  $executeRawUnsafe(sql: string): Promise<number>
}

/** Runs `work` with the triggers that guard `table` off (PostgreSQL: disabled; SQLite: dropped), and puts them back. */
export async function withAppendOnlyLifted<T>(db: object, provider: DbProvider, table: AppendOnlyTable, work: () => Promise<T>): Promise<T> {
  const raw = db as RawDb
  const names = appendOnlyTriggerNames(provider, table)
  for (const name of names)
    await raw.$executeRawUnsafe(provider === 'postgresql' ? `ALTER TABLE "${table}" DISABLE TRIGGER "${name}"` : `DROP TRIGGER "${name}"`)
  try {
    return await work()
  } finally {
    if (provider === 'postgresql') for (const name of names) await raw.$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE TRIGGER "${name}"`)
    else for (const statement of appendOnlyTableStatements(provider, table)) await raw.$executeRawUnsafe(statement)
  }
}

/** What became of an attempt to change an append-only table: the refusal, 'done' when it went through, or another error's text. */
export const appendOnlyOutcome = (attempt: Promise<unknown>): Promise<AppendOnlyRefusal | 'done' | string> =>
  attempt.then(
    () => 'done',
    (e) => appendOnlyRefusal(e) ?? String(e),
  )
