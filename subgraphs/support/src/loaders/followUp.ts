import { byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

/** Reintegration follow-ups of many support cases in one query, earliest first. */
export const followUpsOfCaseLoader = (db: Db) => byParentLoader(db.reintegrationFollowUp, 'supportCaseId', [{ followedUpAt: 'asc' }, { id: 'asc' }])
