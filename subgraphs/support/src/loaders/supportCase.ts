import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const supportCaseLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.supportCase.findMany({ where: { id: { in: ids } } }), (s) => s.id)

export const supportCasesOfPersonLoader = (db: Db) =>
  relationLoader((refs: string[]) => db.supportCase.findMany({ where: { personRef: { in: refs } }, orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }] }), (s) => s.personRef)
