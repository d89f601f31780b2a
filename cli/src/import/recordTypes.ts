// The record types an agency imports (`lienthong import <record-type> …`): the CLI's name, the
// names in Vietnamese and English, the agency that writes them, the gateway mutation and the key.
// Kept apart from ./columns.ts so that the CLI lists them without loading the API schema.
import type { Purpose } from '@lienthong/kit/identity'
import { AGENCY_REGISTRY, type AgencyId, type ImportedRecordType } from '@lienthong/schema/agencies'

/** Aliased mutations per request: the gateway's maxAliases (gateway/src/plugins/queryLimits.ts). */
export const MAX_BATCH = 30

export interface RecordType {
  /** The CLI's name: `lienthong import incoming-reports …`. */
  name: string
  nameVi: string
  nameEn: string
  /** The agency whose officers write it (the development identity). */
  agency: AgencyId
  /** The purpose of use declared by default (X-Purpose-Of-Use). */
  purpose: Purpose
  /** The gateway mutation writing one record (its `input` argument). */
  mutation: string
  /** The agency's own reference: rows with the same value form one record; a replay of it writes nothing. */
  key: string
}

/** Every agency's import record types, from the agency registry (schema/src/agencies.ts), in its order. */
export const RECORD_TYPES: readonly RecordType[] = AGENCY_REGISTRY.flatMap((a) =>
  (a.imports as readonly ImportedRecordType[]).map((r) => ({ ...r, key: r.key ?? 'externalRef', agency: a.id, purpose: a.officerPurpose as Purpose })),
)

export function recordType(name: string): RecordType | undefined {
  return RECORD_TYPES.find((r) => r.name === name)
}
