import { byKeyLoader, byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const verdictLoader = (db: Db) => byKeyLoader(db.verdict, 'id')

/** Verdicts of each court file. */
export const verdictsByCourtFileLoader = (db: Db) => byParentLoader(db.verdict, 'courtFileId', { id: 'asc' })

/** Verdicts of each defendant (one per court file that tried them). */
export const verdictsByDefendantLoader = (db: Db) => byParentLoader(db.verdict, 'defendantId', [{ decidedAt: 'asc' }, { id: 'asc' }])

/** Appeals against each verdict, oldest first. */
export const appealsByVerdictLoader = (db: Db) => byParentLoader(db.appeal, 'verdictId', [{ filedAt: 'asc' }, { id: 'asc' }])
