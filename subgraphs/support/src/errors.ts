// Typed errors of this subgraph beyond kit's.
import { GraphQLError } from 'graphql'
import { LABELS_VI, type ConsentStatus } from '@lienthong/schema'

/**
 * The person's data would be shared without their recorded consent. Names the input field that
 * asked for sharing and where the consent is recorded; says the consent status, never the person.
 */
export function consentRequired(field: string, consent: ConsentStatus): GraphQLError {
  const reasonVi = `chia sẻ thông tin của người được hỗ trợ cần sự đồng ý đã ghi nhận (hiện tại: ${LABELS_VI.ConsentStatus[consent]})`
  const reasonEn = `sharing the person's data needs their recorded consent (on record: ${consent})`
  return new GraphQLError(`Chưa có sự đồng ý / Consent required — ${field}: ${reasonVi} / ${reasonEn}`, {
    extensions: { code: 'CONSENT_REQUIRED', field, consentField: 'SupportCase.consentToShare', consent, problems: [{ field, reasonVi, reasonEn }] },
  })
}
