// Legal status transitions of Social Affairs' records, declared once (kit statusMachine); the
// labels in ILLEGAL_TRANSITION errors are the SDL's (domain/labels.ts). A status with no way out
// listed is final.
import { statusMachine } from '@lienthong/kit'
import type { ConsentStatus, HotlineContactStatus, SupportReferralStatus } from '../db.ts'
import { labelsOf } from './labels.ts'

/** Chuyển tuyến: in progress → accepted / rejected / revoked; accepted → done / revoked. */
export const referralStatus = statusMachine<SupportReferralStatus>(
  {
    IN_PROGRESS: ['ACCEPTED', 'REJECTED', 'REVOKED'],
    ACCEPTED: ['DONE', 'REVOKED'],
  },
  labelsOf<SupportReferralStatus>('SupportReferralStatus').vi,
)

/** The date column set by each referral status. */
export const REFERRAL_STATUS_DATE = {
  IN_PROGRESS: 'referredAt',
  ACCEPTED: 'acceptedAt',
  REJECTED: 'rejectedAt',
  DONE: 'doneAt',
  REVOKED: 'revokedAt',
} as const satisfies Record<SupportReferralStatus, string>

/** Đường dây nóng: received → forwarded to the police, or closed. */
export const hotlineStatus = statusMachine<HotlineContactStatus>(
  {
    RECEIVED: ['FORWARDED', 'CLOSED'],
  },
  labelsOf<HotlineContactStatus>('HotlineContactStatus').vi,
)

/** Consent to share: asked once (given or refused); a given consent may be withdrawn; a refused or withdrawn one may be given later. */
export const consentStatus = statusMachine<ConsentStatus>(
  {
    NOT_ASKED: ['GIVEN', 'REFUSED'],
    GIVEN: ['WITHDRAWN'],
    REFUSED: ['GIVEN'],
    WITHDRAWN: ['GIVEN'],
  },
  labelsOf<ConsentStatus>('ConsentStatus').vi,
)
