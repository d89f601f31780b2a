import { byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

/** Services of many support cases in one query, earliest first. */
export const servicesOfCaseLoader = (db: Db) => byParentLoader(db.supportService, 'supportCaseId', [{ startedOn: 'asc' }, { id: 'asc' }])
