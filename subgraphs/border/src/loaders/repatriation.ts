import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const repatriationLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.repatriation.findMany({ where: { id: { in: ids } } }), (r) => r.id)

export const personsOfRepatriationLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.repatriationPerson.findMany({ where: { repatriationId: { in: ids } }, orderBy: { personRef: 'asc' } }), (p) => p.repatriationId)

export const repatriationsOfPersonLoader = (db: Db) =>
  relationLoader((refs: string[]) => db.repatriationPerson.findMany({ where: { personRef: { in: refs } }, orderBy: { repatriationId: 'asc' } }), (p) => p.personRef)
