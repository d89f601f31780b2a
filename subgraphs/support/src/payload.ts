// Validated inputs → rows, shared by the mutations and the demo seed, with the hash of the
// payload that makes a replay under the same externalRef recognisable (or a conflict).
import { inputDigest } from '@lienthong/kit'
import { vietnamMidnight } from '@lienthong/schema'
import type { ReceiveSupportCase, RecordFollowUp, RecordSupportService } from './validation/supportCaseInputs.ts'
import type { ReferSupportCase, ReferralStatus } from './validation/referralInputs.ts'
import type { RecordHotlineContact } from './validation/hotlineInputs.ts'

/** Midnight (Vietnam time) of a YYYY-MM-DD day. */
export function dayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return vietnamMidnight(y, m, d)
}

export const supportCaseRow = (v: ReceiveSupportCase) => ({
  externalRef: v.externalRef, personRef: v.personRef, receivedAt: v.receivedAt, facility: v.facility, unitCode: v.unitCode, arrival: v.arrival,
  consentToShare: v.consentToShare, consentRecordedAt: v.consentToShare === 'NOT_ASKED' ? null : v.receivedAt,
  screeningResult: v.screening?.result ?? null, screenedAt: v.screening?.screenedAt ?? null,
  needs: v.needsAssessment?.needs.join(',') ?? '', needsAssessedAt: v.needsAssessment?.assessedAt ?? null,
  payloadHash: inputDigest(v),
})

export const serviceRow = (v: RecordSupportService) => ({
  externalRef: v.externalRef, supportCaseId: v.supportCaseId, type: v.type, providerName: v.provider.name, providerType: v.provider.type,
  startedOn: dayStart(v.startedOn), endedOn: v.endedOn ? dayStart(v.endedOn) : null, payloadHash: inputDigest(v),
})

/** A new referral is in progress from its referral date; `consent` is the one on record then, `referredBy` who made it. */
export const referralRow = (v: ReferSupportCase, consent: ReferralConsent, referredBy: string | null = null) => ({
  externalRef: v.externalRef, supportCaseId: v.supportCaseId, fromName: v.from.name, fromType: v.from.type, toName: v.to.name, toType: v.to.type,
  toUnitCode: v.toUnitCode ?? null, referredBy,
  reason: v.reason, forService: v.forService, sharesPersonData: v.sharesPersonData, consentAtReferral: consent,
  status: 'IN_PROGRESS' as ReferralStatus, referredAt: v.referredAt, statusChangedAt: v.referredAt, payloadHash: inputDigest(v),
})
type ReferralConsent = 'GIVEN' | 'REFUSED' | 'WITHDRAWN' | 'NOT_ASKED'

export const followUpRow = (v: RecordFollowUp) => ({
  externalRef: v.externalRef, supportCaseId: v.supportCaseId, followedUpAt: v.followedUpAt, outcome: v.outcome, payloadHash: inputDigest(v),
})

export const hotlineContactRow = (v: RecordHotlineContact) => ({
  externalRef: v.externalRef, receivedAt: v.receivedAt, unitCode: v.unitCode, channel: v.channel, concernsTrafficking: v.concernsTrafficking,
  payloadHash: inputDigest(v),
})
