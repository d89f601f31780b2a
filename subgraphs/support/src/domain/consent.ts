// The consent rule's typed errors (CONSENT_REQUIRED), beyond kit's: sharing a person's data
// needs their recorded consent, and a withdrawal ends the sharing for good.
import { GraphQLError } from 'graphql'
import type { ConsentStatus } from '../db.ts'
import { labelsOf } from './labels.ts'

const CONSENT_VI = labelsOf<ConsentStatus>('ConsentStatus').vi

/**
 * The person's data would be shared without their recorded consent. Names the input field that
 * asked for sharing and where the consent is recorded; says the consent status, never the person.
 */
export function consentRequired(field: string, consent: ConsentStatus): GraphQLError {
  const reasonVi = `chia sẻ thông tin của người được hỗ trợ cần sự đồng ý đã ghi nhận (hiện tại: ${CONSENT_VI[consent]})`
  const reasonEn = `sharing the person's data needs their recorded consent (on record: ${consent})`
  return new GraphQLError(`Chưa có sự đồng ý / Consent required — ${field}: ${reasonVi} / ${reasonEn}`, {
    extensions: { code: 'CONSENT_REQUIRED', field, consentField: 'SupportCase.consentToShare', consent, problems: [{ field, reasonVi, reasonEn }] },
  })
}

/**
 * A data-sharing referral whose sharing has ended (the consent was withdrawn after it was made):
 * a consent given again does not revive it, a new referral is needed.
 */
export function sharingEnded(field: string): GraphQLError {
  const reasonVi = 'sự đồng ý đã bị rút lại sau khi chuyển tuyến: cần lập chuyển tuyến mới'
  const reasonEn = 'the consent was withdrawn after this referral was made: make a new referral'
  return new GraphQLError(`Chưa có sự đồng ý / Consent required — ${field}: ${reasonVi} / ${reasonEn}`, {
    extensions: { code: 'CONSENT_REQUIRED', field, consentField: 'SupportCase.consentToShare', problems: [{ field, reasonVi, reasonEn }] },
  })
}
