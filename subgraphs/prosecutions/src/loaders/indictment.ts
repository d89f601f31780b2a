import { byKeyLoader, byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const indictmentLoader = (db: Db) => byKeyLoader(db.indictment, 'id')

/** Indictments of each procuracy file, oldest first (the last is the current one). */
export const indictmentsByFileLoader = (db: Db) => byParentLoader(db.indictment, 'fileId', [{ indictedAt: 'asc' }, { id: 'asc' }])

/** Charges of each indictment. */
export const chargesByIndictmentLoader = (db: Db) => byParentLoader(db.charge, 'indictmentId', [{ defendantId: 'asc' }, { article: 'asc' }])

/** Charges of each defendant, across indictments. */
export const chargesByDefendantLoader = (db: Db) => byParentLoader(db.charge, 'defendantId', [{ indictmentId: 'asc' }, { article: 'asc' }])
