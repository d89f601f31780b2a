import { relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

/** Reintegration follow-ups of many support cases in one query, earliest first. */
export const followUpsOfCaseLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.reintegrationFollowUp.findMany({ where: { supportCaseId: { in: ids } }, orderBy: [{ followedUpAt: 'asc' }, { id: 'asc' }] }), (f) => f.supportCaseId)
