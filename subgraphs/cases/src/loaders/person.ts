import { byKeyLoader, byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const personLoader = (db: Db) => byKeyLoader(db.person, 'personRef')

export const casesOfVictimLoader = (db: Db) => byParentLoader(db.caseVictim, 'personRef', { caseId: 'asc' })

export const suspectInLoader = (db: Db) => byParentLoader(db.suspect, 'personRef', { externalRef: 'asc' })
