import { entityLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const incomingReportLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.incomingReport.findMany({ where: { id: { in: ids } } }), (r) => r.id)
