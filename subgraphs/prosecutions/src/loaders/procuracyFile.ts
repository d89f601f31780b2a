import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const procuracyFileLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.procuracyFile.findMany({ where: { id: { in: ids } } }), (f) => f.id)

/** The procuracy file of each police case id (at most one per case). */
export const procuracyFileByCaseLoader = (db: Db) =>
  entityLoader((caseIds: string[]) => db.procuracyFile.findMany({ where: { caseId: { in: caseIds } } }), (f) => f.caseId)

/** Status decisions of each file, oldest first. */
export const procuracyChangesByFileLoader = (db: Db) =>
  relationLoader((fileIds: string[]) => db.procuracyStatusChange.findMany({ where: { fileId: { in: fileIds } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }), (c) => c.fileId)
