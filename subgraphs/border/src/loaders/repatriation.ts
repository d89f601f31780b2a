import { byKeyLoader, byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const repatriationLoader = (db: Db) => byKeyLoader(db.repatriation, 'id')

export const personsOfRepatriationLoader = (db: Db) => byParentLoader(db.repatriationPerson, 'repatriationId', { personRef: 'asc' })

export const repatriationsOfPersonLoader = (db: Db) => byParentLoader(db.repatriationPerson, 'personRef', { repatriationId: 'asc' })
