import { byKeyLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const rescueOperationLoader = (db: Db) => byKeyLoader(db.rescueOperation, 'id')
