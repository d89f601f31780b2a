import DataLoader from 'dataloader'
import { byKeyLoader, byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { grantOf } from '../domain/referralParties.ts'

export const referralLoader = (db: Db) => byKeyLoader(db.supportReferral, 'id')

/** Referrals of many support cases in one query, earliest first. */
export const referralsOfCaseLoader = (db: Db) => byParentLoader(db.supportReferral, 'supportCaseId', [{ referredAt: 'asc' }, { id: 'asc' }])

/**
 * Per person reference, the grants ("agency:unitCode") of each data-sharing referral to the
 * network that is ACCEPTED and whose sharing has not ended (done, revoked, consent withdrawn),
 * consented at referral, while the support case's consent to share is still GIVEN. One query per
 * batch. The police decide whether they honour a grant (their own record's consent).
 */
export const personalDataGrantsLoader = (db: Db) =>
  new DataLoader<string, string[]>(
    async (refs) => {
      const rows = await db.supportReferral.findMany({
        where: {
          sharesPersonData: true,
          consentAtReferral: 'GIVEN',
          status: 'ACCEPTED',
          sharingEndedAt: null,
          toUnitCode: { not: null },
          supportCase: { personRef: { in: [...new Set(refs)] }, consentToShare: 'GIVEN' },
        },
        select: { toType: true, toUnitCode: true, referredBy: true, supportCase: { select: { personRef: true } } },
      })
      const byRef = new Map<string, Set<string>>()
      for (const r of rows) {
        const grant = grantOf(r)
        if (grant) byRef.set(r.supportCase.personRef, (byRef.get(r.supportCase.personRef) ?? new Set()).add(grant))
      }
      return refs.map((ref) => [...(byRef.get(ref) ?? [])].sort())
    },
    { maxBatchSize: 1000 },
  )
