import { relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

/** Services of many support cases in one query, earliest first. */
export const servicesOfCaseLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.supportService.findMany({ where: { supportCaseId: { in: ids } }, orderBy: [{ startedOn: 'asc' }, { id: 'asc' }] }), (s) => s.supportCaseId)
