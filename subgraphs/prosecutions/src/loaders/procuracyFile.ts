import { byKeyLoader, byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const procuracyFileLoader = (db: Db) => byKeyLoader(db.procuracyFile, 'id')

/** The procuracy file of each police case id (at most one per case). */
export const procuracyFileByCaseLoader = (db: Db) => byKeyLoader(db.procuracyFile, 'caseId')

/** Status decisions of each file, oldest first. */
export const procuracyChangesByFileLoader = (db: Db) => byParentLoader(db.procuracyStatusChange, 'fileId', [{ at: 'asc' }, { id: 'asc' }])
