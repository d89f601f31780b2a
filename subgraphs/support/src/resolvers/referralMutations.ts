// Referrals (chuyển tuyến): made only with recorded consent when the person's data is shared,
// then moved through legal status transitions, each with its date, by the side allowed to make
// each one (../referralParties.ts: the receiving agency answers, never the sender). Sharing the
// person's data ends for good when the referral is done or revoked (and when the consent is
// withdrawn: supportCaseMutations.ts); a consent given again later needs a new referral.
import { createOnce, illegalTransition, notFound, parseInput, inTransaction, inputDigest, fieldProblem } from '@lienthong/kit'
import type { MutationResolvers } from './types.ts'
import { consentRequired, sharingEnded } from '../errors.ts'
import { referralStatus, REFERRAL_STATUS_DATE } from '../statuses.ts'
import { referralRow } from '../payload.ts'
import { assertMayChangeReferral } from '../referralParties.ts'
import { ChangeReferralStatusSchema, ReferSupportCaseSchema } from '../validation/referralInputs.ts'
import { caseOf } from './supportCaseMutations.ts'

export const referralMutations: Pick<MutationResolvers, 'referSupportCase' | 'changeSupportReferralStatus'> = {
  referSupportCase: async (_, { input }, { db, identity }) => {
    const v = parseInput(ReferSupportCaseSchema, input, ['input'])
    return inTransaction(db, async (tx) => (await createOnce({
      existing: () => tx.supportReferral.findUnique({ where: { externalRef: v.externalRef } }),
      // a replay is compared with the request (the consent on record may have changed since)
      sameAs: (found) => found.payloadHash === inputDigest(v),
      create: async () => {
        const c = await caseOf(tx, v.supportCaseId)
        if (v.referredAt < c.receivedAt) throw fieldProblem('input.referredAt', 'trước ngày tiếp nhận người được hỗ trợ', 'before the person was received')
        if (v.sharesPersonData && c.consentToShare !== 'GIVEN') throw consentRequired('input.sharesPersonData', c.consentToShare)
        return tx.supportReferral.create({ data: referralRow(v, c.consentToShare, identity?.sub ?? null) })
      },
    })).record)
  },

  changeSupportReferralStatus: async (_, { input }, { db, identity }) => {
    const v = parseInput(ChangeReferralStatusSchema, input, ['input'])
    return inTransaction(db, async (tx) => {
      const r = await tx.supportReferral.findUnique({ where: { id: v.referralId } })
      if (!r) throw notFound('SupportReferral', 'input.referralId')
      assertMayChangeReferral(identity, r, v.status)
      if (r.status === v.status) {
        // the same change sent again (same status, same date) is a replay
        if (r[REFERRAL_STATUS_DATE[v.status]]?.getTime() === v.at.getTime()) return r
        throw illegalTransition('input.status', 'chuyển tuyến đã ở trạng thái này', `the referral is already ${v.status}`)
      }
      referralStatus.assert(r.status, v.status, 'input.status')
      if (v.at < r.statusChangedAt) throw fieldProblem('input.at', 'trước lần đổi trạng thái trước', 'before the previous status change')
      if (v.status === 'ACCEPTED' && r.sharesPersonData) {
        // the receiving organisation gets the data when it accepts: the consent must still be on
        // record, and not withdrawn since the referral was made (given again: a new referral)
        const c = await caseOf(tx, r.supportCaseId, 'input.referralId')
        if (c.consentToShare !== 'GIVEN') throw consentRequired('input.status', c.consentToShare)
        if (r.sharingEndedAt) throw sharingEnded('input.status')
      }
      const ends = r.sharesPersonData && !r.sharingEndedAt && (v.status === 'DONE' || v.status === 'REVOKED' || v.status === 'REJECTED')
      const answers = v.status === 'ACCEPTED' || v.status === 'REJECTED'
      const { count } = await tx.supportReferral.updateMany({
        where: { id: r.id, status: r.status },
        data: {
          status: v.status, statusChangedAt: v.at, [REFERRAL_STATUS_DATE[v.status]]: v.at,
          ...(ends ? { sharingEndedAt: v.at } : {}), ...(answers ? { answeredBy: identity?.sub ?? null } : {}),
        },
      })
      if (count !== 1) throw illegalTransition('input.status', 'trạng thái vừa được thay đổi bởi yêu cầu khác', 'the status was changed concurrently')
      return (await tx.supportReferral.findUnique({ where: { id: r.id } }))!
    })
  },
}
