import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const referralLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.supportReferral.findMany({ where: { id: { in: ids } } }), (r) => r.id)

/** Referrals of many support cases in one query, earliest first. */
export const referralsOfCaseLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.supportReferral.findMany({ where: { supportCaseId: { in: ids } }, orderBy: [{ referredAt: 'asc' }, { id: 'asc' }] }), (r) => r.supportCaseId)
