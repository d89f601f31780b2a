import { relationLoader, byKeyLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

const order = [{ requestedAt: 'asc' as const }, { id: 'asc' as const }]

export const cooperationLoader = (db: Db) => byKeyLoader(db.crossBorderCooperation, 'id')

export const cooperationsOfIncidentLoader = (db: Db) =>
  relationLoader(
    (ids: string[]) => db.crossBorderCooperation.findMany({ where: { incidentId: { in: ids } }, orderBy: order }),
    (c) => c.incidentId!,
  )

export const cooperationsOfRepatriationLoader = (db: Db) =>
  relationLoader(
    (ids: string[]) => db.crossBorderCooperation.findMany({ where: { repatriationId: { in: ids } }, orderBy: order }),
    (c) => c.repatriationId!,
  )
