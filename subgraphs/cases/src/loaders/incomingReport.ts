import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const incomingReportLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.incomingReport.findMany({ where: { id: { in: ids } } }), (r) => r.id)

/** The status history of records of one kind (`entityType`), oldest first, by record id. */
export const statusHistoryLoader = (db: Db, entityType: string) =>
  relationLoader((ids: string[]) => db.statusChange.findMany({ where: { entityType, entityId: { in: ids } }, orderBy: [{ effectiveAt: 'asc' }, { seq: 'asc' }] }), (c) => c.entityId)
