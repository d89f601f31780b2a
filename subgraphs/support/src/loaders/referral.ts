import DataLoader from 'dataloader'
import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const referralLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.supportReferral.findMany({ where: { id: { in: ids } } }), (r) => r.id)

/** Referrals of many support cases in one query, earliest first. */
export const referralsOfCaseLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.supportReferral.findMany({ where: { supportCaseId: { in: ids } }, orderBy: [{ referredAt: 'asc' }, { id: 'asc' }] }), (r) => r.supportCaseId)

/**
 * The network agency that receives a referral to each kind of organisation (organisations outside
 * the network — NGOs, clinics, legal aid — read nothing through it).
 */
const RECEIVING_AGENCY: Partial<Record<string, string>> = {
  POLICE: 'police', BORDER_GUARD: 'border_guard', SOCIAL_PROTECTION_CENTRE: 'social_affairs', VICTIM_SUPPORT_FACILITY: 'social_affairs',
}

/**
 * Per person reference, the agencies an accepted (or completed) referral shares the person's data
 * with, while the consent to share recorded on the support case is still GIVEN. One query per batch.
 */
export const personalDataGranteesLoader = (db: Db) =>
  new DataLoader<string, string[]>(async (refs) => {
    const rows = await db.supportReferral.findMany({
      where: { sharesPersonData: true, consentAtReferral: 'GIVEN', status: { in: ['ACCEPTED', 'DONE'] }, supportCase: { personRef: { in: [...new Set(refs)] }, consentToShare: 'GIVEN' } },
      select: { toType: true, supportCase: { select: { personRef: true } } },
    })
    const byRef = new Map<string, Set<string>>()
    for (const r of rows) {
      const agency = RECEIVING_AGENCY[r.toType]
      if (agency) byRef.set(r.supportCase.personRef, (byRef.get(r.supportCase.personRef) ?? new Set()).add(agency))
    }
    return refs.map((ref) => [...(byRef.get(ref) ?? [])].sort())
  }, { maxBatchSize: 1000 })
