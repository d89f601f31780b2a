import { byKeyLoader, byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const borderIncidentLoader = (db: Db) => byKeyLoader(db.borderIncident, 'id')

export const involvementsOfIncidentLoader = (db: Db) => byParentLoader(db.incidentPerson, 'incidentId', { personRef: 'asc' })

export const involvementsOfPersonLoader = (db: Db) => byParentLoader(db.incidentPerson, 'personRef', { incidentId: 'asc' })
