// Validated inputs → rows, shared by the mutations and the demo seed, each stored with the keyed
// digest of its input (`inputDigest`) that makes a replay under the same externalRef
// recognisable, or a conflict (kit writes/digest.ts).
import { vietnamMidnight } from '@lienthong/schema'
import type { ConsentStatus, SupportReferralStatus } from '../db.ts'
import type { ReceiveSupportCase } from '../validation/supportCase.ts'
import type { RecordSupportService } from '../validation/supportService.ts'
import type { RecordFollowUp } from '../validation/followUp.ts'
import type { ReferSupportCase } from '../validation/referral.ts'
import type { RecordHotlineContact } from '../validation/hotlineContact.ts'

/** Midnight (Vietnam time) of a YYYY-MM-DD day. */
export function dayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return vietnamMidnight(y, m, d)
}

export const supportCaseRow = (v: ReceiveSupportCase, inputDigest: string) => ({
  externalRef: v.externalRef,
  personRef: v.personRef,
  receivedAt: v.receivedAt,
  facility: v.facility,
  unitCode: v.unitCode,
  arrival: v.arrival,
  consentToShare: v.consentToShare,
  consentRecordedAt: v.consentToShare === 'NOT_ASKED' ? null : v.receivedAt,
  screeningResult: v.screening?.result ?? null,
  screenedAt: v.screening?.screenedAt ?? null,
  needs: v.needsAssessment?.needs.join(',') ?? '',
  needsAssessedAt: v.needsAssessment?.assessedAt ?? null,
  inputDigest,
})

export const serviceRow = (v: RecordSupportService, inputDigest: string) => ({
  externalRef: v.externalRef,
  supportCaseId: v.supportCaseId,
  type: v.type,
  providerName: v.provider.name,
  providerType: v.provider.type,
  startedOn: dayStart(v.startedOn),
  endedOn: v.endedOn ? dayStart(v.endedOn) : null,
  inputDigest,
})

/** A new referral is in progress from its referral date; `consent` is the one on record then, `referredBy` who made it. */
export const referralRow = (v: ReferSupportCase, inputDigest: string, consent: ConsentStatus, referredBy: string | null = null) => ({
  externalRef: v.externalRef,
  supportCaseId: v.supportCaseId,
  fromName: v.from.name,
  fromType: v.from.type,
  toName: v.to.name,
  toType: v.to.type,
  toUnitCode: v.toUnitCode ?? null,
  referredBy,
  reason: v.reason,
  forService: v.forService,
  sharesPersonData: v.sharesPersonData,
  consentAtReferral: consent,
  status: 'IN_PROGRESS' as SupportReferralStatus,
  referredAt: v.referredAt,
  statusChangedAt: v.referredAt,
  inputDigest,
})

export const followUpRow = (v: RecordFollowUp, inputDigest: string) => ({
  externalRef: v.externalRef,
  supportCaseId: v.supportCaseId,
  followedUpAt: v.followedUpAt,
  outcome: v.outcome,
  inputDigest,
})

export const hotlineContactRow = (v: RecordHotlineContact, inputDigest: string) => ({
  externalRef: v.externalRef,
  receivedAt: v.receivedAt,
  unitCode: v.unitCode,
  channel: v.channel,
  concernsTrafficking: v.concernsTrafficking,
  inputDigest,
})
