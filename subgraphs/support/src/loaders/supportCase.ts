import { byKeyLoader, byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const supportCaseLoader = (db: Db) => byKeyLoader(db.supportCase, 'id')

export const supportCasesOfPersonLoader = (db: Db) => byParentLoader(db.supportCase, 'personRef', [{ receivedAt: 'asc' }, { id: 'asc' }])
