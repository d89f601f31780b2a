// A change as a careful client sends it: with the version of its record read just before (the
// record named by the input's incident, repatriation or cooperation id).
import { readVersion } from '@lienthong/kit/testing'
import type { Db } from '../db.ts'

export async function versioned(db: Db, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  if ('version' in input) return input
  const id = (key: string) => ({ id: input[key] as string })
  if (input.incidentId && !input.externalRef) return { ...input, version: await readVersion(db.borderIncident, id('incidentId')) }
  if (input.repatriationId) return { ...input, version: await readVersion(db.repatriation, id('repatriationId')) }
  if (input.cooperationId) return { ...input, version: await readVersion(db.crossBorderCooperation, id('cooperationId')) }
  return input
}
