import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

const order = [{ requestedAt: 'asc' as const }, { id: 'asc' as const }]

export const cooperationLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.crossBorderCooperation.findMany({ where: { id: { in: ids } } }), (c) => c.id)

export const cooperationsOfIncidentLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.crossBorderCooperation.findMany({ where: { incidentId: { in: ids } }, orderBy: order }), (c) => c.incidentId!)

export const cooperationsOfRepatriationLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.crossBorderCooperation.findMany({ where: { repatriationId: { in: ids } }, orderBy: order }), (c) => c.repatriationId!)
