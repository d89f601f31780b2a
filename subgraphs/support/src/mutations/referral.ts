// Referrals (chuyển tuyến): made only with recorded consent when the person's data is shared,
// then moved through legal status transitions, each with its date, by the side allowed to make
// each one (domain/referralParties.ts: the receiving agency answers, never the sender). Sharing
// the person's data ends for good when the referral is done, revoked or rejected (and when the
// consent is withdrawn: mutations/supportCase.ts); a consent given again later needs a new referral.
import { byExternalRef, change, fieldProblem, illegalTransition, versionOf, wrote } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { consentRequired, sharingEnded } from '../domain/consent.ts'
import { caseOf, referralOf } from '../domain/records.ts'
import { assertMayChangeReferral } from '../domain/referralParties.ts'
import { referralRow } from '../domain/rows.ts'
import { referralStatus, REFERRAL_STATUS_DATE } from '../domain/statuses.ts'
import { ChangeReferralStatusSchema, ReferSupportCaseSchema } from '../validation/referral.ts'

/** The fields of a SupportReferral set when it is made. */
const MADE_FIELDS = [
  'externalRef',
  'supportCase',
  'from',
  'to',
  'toUnitCode',
  'reason',
  'forService',
  'sharesPersonData',
  'consentAtReferral',
  'status',
  'referredAt',
]

export const referSupportCase = mutation({
  input: ReferSupportCaseSchema,
  // a replay is compared with the request (the consent on record may have changed since)
  reference: byExternalRef((tx) => tx.supportReferral),
  write: async (tx, v, { digest, ctx }) => {
    const c = await caseOf(tx, v.supportCaseId)
    if (v.referredAt < c.receivedAt) throw fieldProblem('input.referredAt', 'trước ngày tiếp nhận người được hỗ trợ', 'before the person was received')
    if (v.sharesPersonData && c.consentToShare !== 'GIVEN') throw consentRequired('input.sharesPersonData', c.consentToShare)
    const record = await tx.supportReferral.create({ data: referralRow(v, digest, c.consentToShare, ctx.identity?.sub ?? null) })
    return wrote(record, change('SupportReferral', record.id, MADE_FIELDS))
  },
})

/**
 * Who may change a referral depends on the referral (its receiving agency and unit, who made it):
 * its `load` finds it (NOT_FOUND) and refuses a caller not allowed (FORBIDDEN) before anything
 * about its status or version is told; the same change sent again is a replay (nothing written,
 * nothing audited); then the version read (CONFLICT), the transition, and the write.
 */
export const changeSupportReferralStatus = mutation({
  input: ChangeReferralStatusSchema,
  load: async (tx, v, _args, ctx) => {
    const r = await referralOf(tx, v.referralId)
    assertMayChangeReferral(ctx.identity, r, v.status)
    return r
  },
  unchanged: (r, v) => r.status === v.status && r[REFERRAL_STATUS_DATE[v.status]]?.getTime() === v.at.getTime(),
  transition: { machine: referralStatus, from: (r) => r.status, to: (v) => v.status },
  version: (tx, r) => versionOf(tx.supportReferral, { id: r.id }, r.version),
  write: async (tx, v, { current: r, ctx }) => {
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
    const dateField = REFERRAL_STATUS_DATE[v.status]
    const { count } = await tx.supportReferral.updateMany({
      // accepting: not if a withdrawal ended the sharing meanwhile (a concurrent recordSupportConsent)
      where: { id: r.id, status: r.status, ...(v.status === 'ACCEPTED' && r.sharesPersonData ? { sharingEndedAt: null } : {}) },
      data: {
        status: v.status,
        statusChangedAt: v.at,
        [dateField]: v.at,
        ...(ends ? { sharingEndedAt: v.at } : {}),
        ...(answers ? { answeredBy: ctx.identity?.sub ?? null } : {}),
      },
    })
    if (count !== 1) throw illegalTransition('input.status', 'trạng thái vừa được thay đổi bởi yêu cầu khác', 'the status was changed concurrently')
    const record = await referralOf(tx, r.id)
    return wrote(record, change('SupportReferral', r.id, ['status', dateField, ...(ends ? ['sharingEndedAt'] : [])]))
  },
})
