import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const courtFileLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.courtFile.findMany({ where: { id: { in: ids } } }), (f) => f.id)

/** The court file of each indictment (at most one). */
export const courtFileByIndictmentLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.courtFile.findMany({ where: { indictmentId: { in: ids } } }), (f) => f.indictmentId)

/** Status decisions of each court file, oldest first. */
export const courtChangesByFileLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.courtStatusChange.findMany({ where: { courtFileId: { in: ids } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }), (c) => c.courtFileId)
