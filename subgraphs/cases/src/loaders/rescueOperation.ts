import { entityLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const rescueOperationLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.rescueOperation.findMany({ where: { id: { in: ids } } }), (r) => r.id)
