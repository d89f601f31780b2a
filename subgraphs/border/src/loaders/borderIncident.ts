import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const borderIncidentLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.borderIncident.findMany({ where: { id: { in: ids } } }), (i) => i.id)

export const involvementsOfIncidentLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.incidentPerson.findMany({ where: { incidentId: { in: ids } }, orderBy: { personRef: 'asc' } }), (p) => p.incidentId)

export const involvementsOfPersonLoader = (db: Db) =>
  relationLoader((refs: string[]) => db.incidentPerson.findMany({ where: { personRef: { in: refs } }, orderBy: { incidentId: 'asc' } }), (p) => p.personRef)
