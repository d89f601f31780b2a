import { entityLoader, byKeyLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const hotlineContactLoader = (db: Db) => byKeyLoader(db.hotlineContact, 'id')

/** The hotline contact each police incoming report came from (by the report id kept here). */
export const hotlineContactOfReportLoader = (db: Db) =>
  entityLoader(
    (reportIds: string[]) => db.hotlineContact.findMany({ where: { forwardedReportId: { in: reportIds } } }),
    (h) => h.forwardedReportId!,
  )
