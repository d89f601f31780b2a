// The version of a record as an integrator reads it through the gateway before changing it
// (docs/concurrency.md): every change of an existing record names the version it read.
import type { Query } from './network.ts'

export type VersionedRoot =
  | 'incomingReport'
  | 'criminalCase'
  | 'procuracyFile'
  | 'courtFile'
  | 'supportCase'
  | 'supportReferral'
  | 'hotlineContact'
  | 'borderIncident'
  | 'repatriation'
  | 'crossBorderCooperation'

/** The version of the record `root(id)` as `as` reads it now. */
export async function versionRead(as: Query, root: VersionedRoot, id: string): Promise<number> {
  const { body } = await as(`query($id: ID!) { ${root}(id: $id) { version } }`, { id })
  const version = (body.data as Record<string, { version?: number } | null> | undefined)?.[root]?.version
  if (typeof version !== 'number') throw new Error(`no version read for ${root} ${id}: ${JSON.stringify(body.errors)}`)
  return version
}

/** Where the record an input changes is named: its key and the query root that reads it. */
const CHANGED_BY: readonly [string, VersionedRoot][] = [
  ['incidentId', 'borderIncident'],
  ['repatriationId', 'repatriation'],
  ['cooperationId', 'crossBorderCooperation'],
  ['supportCaseId', 'supportCase'],
  ['referralId', 'supportReferral'],
  ['contactId', 'hotlineContact'],
  ['procuracyFileId', 'procuracyFile'],
  ['courtFileId', 'courtFile'],
]

/**
 * A change's input with the version of its record read just before through the gateway, as a
 * careful integrator sends it; an input that creates a record (an `externalRef` or `judgmentRef`
 * of its own) or already names a version is left as it is.
 */
export async function withVersionRead(as: Query, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  if ('version' in input || input.externalRef || input.judgmentRef) return input
  const found = CHANGED_BY.find(([key]) => typeof input[key] === 'string')
  return found ? { ...input, version: await versionRead(as, found[1], input[found[0]] as string) } : input
}
