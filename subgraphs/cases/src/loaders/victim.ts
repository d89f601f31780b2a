import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

/** Victim records without the sealed personal columns: they never leave the database here. */
const PUBLIC = {
  personRef: true, externalRef: true, status: true, identifiedAt: true, recordedAt: true, recruitmentMethod: true,
  rescueOperationId: true, consentToCount: true, consentToShare: true,
} as const

export const victimLoader = (db: Db) =>
  entityLoader((refs: string[]) => db.victim.findMany({ where: { personRef: { in: refs } }, select: PUBLIC }), (v) => v.personRef)

export const victimFormsLoader = (db: Db) =>
  relationLoader((refs: string[]) => db.victimExploitationForm.findMany({ where: { personRef: { in: refs } }, orderBy: { form: 'asc' } }), (f) => f.personRef)

export const rescuedVictimsLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.victim.findMany({ where: { rescueOperationId: { in: ids } }, select: { personRef: true, rescueOperationId: true }, orderBy: { personRef: 'asc' } }), (v) => v.rescueOperationId!)

export type VictimRecord = NonNullable<Awaited<ReturnType<ReturnType<typeof victimLoader>['load']>>>
export { PUBLIC as VICTIM_PUBLIC_FIELDS }
