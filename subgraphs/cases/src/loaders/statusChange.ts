import { relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

/** The status history of records of one kind (`entityType`), oldest first, by record id. */
export const statusHistoryLoader = (db: Db, entityType: string) =>
  relationLoader(
    (ids: string[]) => db.statusChange.findMany({ where: { entityType, entityId: { in: ids } }, orderBy: [{ effectiveAt: 'asc' }, { seq: 'asc' }] }),
    (c) => c.entityId,
  )
