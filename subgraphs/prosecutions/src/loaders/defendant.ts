import { byKeyLoader, byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const defendantLoader = (db: Db) => byKeyLoader(db.defendant, 'id')

/** Defendants of each procuracy file. */
export const defendantsByFileLoader = (db: Db) => byParentLoader(db.defendant, 'fileId', { personRef: 'asc' })

/** Defendant records of each person reference (one per file the person is accused in). */
export const defendantsByPersonLoader = (db: Db) => byParentLoader(db.defendant, 'personRef', { id: 'asc' })
