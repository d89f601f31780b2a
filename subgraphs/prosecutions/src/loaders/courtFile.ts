import { byKeyLoader, byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const courtFileLoader = (db: Db) => byKeyLoader(db.courtFile, 'id')

/** The court file of each indictment (at most one). */
export const courtFileByIndictmentLoader = (db: Db) => byKeyLoader(db.courtFile, 'indictmentId')

/** Status decisions of each court file, oldest first. */
export const courtChangesByFileLoader = (db: Db) => byParentLoader(db.courtStatusChange, 'courtFileId', [{ at: 'asc' }, { id: 'asc' }])
