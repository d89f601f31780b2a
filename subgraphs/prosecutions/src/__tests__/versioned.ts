// A change as a careful client sends it: with the version of its record read just before (the
// procuracy file, court file or appeal its input names). Indictments and trials (`externalRef`,
// `judgmentRef`) are left as sent: their version is optional.
import { readVersion } from '@lienthong/kit/testing'
import type { Db } from '../db.ts'

export async function versioned(db: Db, input: unknown): Promise<unknown> {
  const i = input as Record<string, unknown> | null
  if (!i || typeof i !== 'object' || 'version' in i || i.externalRef || i.judgmentRef) return input
  const id = (key: string) => ({ id: i[key] as string })
  if (i.procuracyFileId) return { ...i, version: await readVersion(db.procuracyFile, id('procuracyFileId')) }
  if (i.courtFileId) return { ...i, version: await readVersion(db.courtFile, id('courtFileId')) }
  if (i.appealId) return { ...i, version: await readVersion(db.appeal, id('appealId')) }
  return input
}
