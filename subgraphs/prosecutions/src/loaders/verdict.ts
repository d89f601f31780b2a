import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const verdictLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.verdict.findMany({ where: { id: { in: ids } } }), (v) => v.id)

/** Verdicts of each court file. */
export const verdictsByCourtFileLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.verdict.findMany({ where: { courtFileId: { in: ids } }, orderBy: { id: 'asc' } }), (v) => v.courtFileId)

/** Verdicts of each defendant (one per court file that tried them). */
export const verdictsByDefendantLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.verdict.findMany({ where: { defendantId: { in: ids } }, orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }] }), (v) => v.defendantId)

/** Appeals against each verdict, oldest first. */
export const appealsByVerdictLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.appeal.findMany({ where: { verdictId: { in: ids } }, orderBy: [{ filedAt: 'asc' }, { id: 'asc' }] }), (a) => a.verdictId)
