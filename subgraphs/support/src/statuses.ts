// Legal status transitions of this subgraph, declared once (kit statusMachine).
import { statusMachine } from '@lienthong/kit'
import { LABELS_VI, type ConsentStatus } from '@lienthong/schema'
import type { ReferralStatus } from './validation/referralInputs.ts'

/** Chuyển tuyến: in progress → accepted / rejected / revoked; accepted → done / revoked. */
export const referralStatus = statusMachine<ReferralStatus>({
  IN_PROGRESS: ['ACCEPTED', 'REJECTED', 'REVOKED'],
  ACCEPTED: ['DONE', 'REVOKED'],
  REJECTED: [],
  DONE: [],
  REVOKED: [],
}, { IN_PROGRESS: 'Đang chuyển', ACCEPTED: 'Đã chấp nhận', REJECTED: 'Bị từ chối', DONE: 'Đã hoàn thành', REVOKED: 'Đã thu hồi' })

/** The date column set by each referral status. */
export const REFERRAL_STATUS_DATE = {
  IN_PROGRESS: 'referredAt', ACCEPTED: 'acceptedAt', REJECTED: 'rejectedAt', DONE: 'doneAt', REVOKED: 'revokedAt',
} as const satisfies Record<ReferralStatus, string>

export type HotlineStatus = 'RECEIVED' | 'FORWARDED' | 'CLOSED'
/** Đường dây nóng: received → forwarded to the police, or closed. */
export const hotlineStatus = statusMachine<HotlineStatus>({
  RECEIVED: ['FORWARDED', 'CLOSED'],
  FORWARDED: [],
  CLOSED: [],
}, { RECEIVED: 'Đã tiếp nhận', FORWARDED: 'Đã chuyển Công an', CLOSED: 'Đã đóng' })

/** Consent to share: asked once (given or refused); a given consent may be withdrawn; a refused or withdrawn one may be given later. */
export const consentStatus = statusMachine<ConsentStatus>({
  NOT_ASKED: ['GIVEN', 'REFUSED'],
  GIVEN: ['WITHDRAWN'],
  REFUSED: ['GIVEN'],
  WITHDRAWN: ['GIVEN'],
}, LABELS_VI.ConsentStatus)
