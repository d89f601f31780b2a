import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const indictmentLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.indictment.findMany({ where: { id: { in: ids } } }), (i) => i.id)

/** Indictments of each procuracy file, oldest first (the last is the current one). */
export const indictmentsByFileLoader = (db: Db) =>
  relationLoader((fileIds: string[]) => db.indictment.findMany({ where: { fileId: { in: fileIds } }, orderBy: [{ indictedAt: 'asc' }, { id: 'asc' }] }), (i) => i.fileId)

/** Charges of each indictment. */
export const chargesByIndictmentLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.charge.findMany({ where: { indictmentId: { in: ids } }, orderBy: [{ defendantId: 'asc' }, { article: 'asc' }] }), (c) => c.indictmentId)

/** Charges of each defendant, across indictments. */
export const chargesByDefendantLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.charge.findMany({ where: { defendantId: { in: ids } }, orderBy: [{ indictmentId: 'asc' }, { article: 'asc' }] }), (c) => c.defendantId)
