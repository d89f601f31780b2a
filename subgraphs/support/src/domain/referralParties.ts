// Who may answer a referral, and whom it grants a person's data (NET-12), declared once:
// - an organisation of the network receives through its agency (the agency registry says which
//   organisation types each receives for): the police (POLICE), the border guard (BORDER_GUARD),
//   Social Affairs' own social-protection centres and victim-support facilities; every other
//   organisation (NGO, clinic, legal aid, …) is outside the network and reads nothing through it;
// - a referral to the network names the receiving unit (`toUnitCode`); only an officer or
//   supervisor of the receiving agency whose unit scope covers that unit accepts or rejects it,
//   never the person who made it (for an organisation outside the network, Social Affairs records
//   its answer); the sender (Social Affairs) revokes; either side records it done;
// - a grant is "agency:unitCode" of a data-sharing referral while it is ACCEPTED and its sharing
//   has not ended (done, revoked, consent withdrawn: see `sharingEndedAt`), with the support
//   case's consent GIVEN. The police still decide whether they honour it (their own consent).
import { forbidden, grantKey, inUnitScope } from '@lienthong/kit'
import { AGENCY_REGISTRY } from '@lienthong/schema'
import type { Agency, Identity } from '@lienthong/kit/identity'
import type { SupportReferralStatus as ReferralStatus } from '../db.ts'

/** The network agency that receives a referral to each kind of organisation (the agency registry's `receivesReferralsFor`). */
const RECEIVING_AGENCY: Partial<Record<string, Agency>> = Object.fromEntries(
  AGENCY_REGISTRY.flatMap((a) => a.receivesReferralsFor.map((toType) => [toType, a.id])),
)

/** The network agency receiving a referral to an organisation of this type (undefined: outside the network). */
export const receivingAgencyOf = (toType: string): Agency | undefined => RECEIVING_AGENCY[toType]

/** Agencies other than Social Affairs that answer referrals (they may call `changeSupportReferralStatus`). */
export const ANSWERING_AGENCIES: readonly Agency[] = [...new Set(Object.values(RECEIVING_AGENCY))].filter(
  (a): a is Agency => a != null && a !== 'social_affairs',
)

interface ReferralParties {
  toType: string
  toUnitCode: string | null
  referredBy: string | null
}

const refuse = (vi: string, en: string) => forbidden('input.status', vi, en)

/** Refuses a status change the caller may not make on this referral (FORBIDDEN naming input.status). */
export function assertMayChangeReferral(identity: Identity | undefined, r: ReferralParties, status: ReferralStatus): void {
  if (!identity) throw refuse('thiếu danh tính đã xác thực', 'no verified identity')
  const receiver = receivingAgencyOf(r.toType)
  const isReceiver = receiver != null && identity.agency === receiver && r.toUnitCode != null && inUnitScope(identity.unit, r.toUnitCode)
  const isSender = identity.agency === 'social_affairs'
  if (status === 'ACCEPTED' || status === 'REJECTED') {
    if (receiver == null) {
      if (!isSender)
        throw refuse(
          'chỉ ngành LĐ-TB&XH ghi nhận trả lời của tổ chức ngoài mạng',
          'only Social Affairs records the answer of an organisation outside the network',
        )
      return
    }
    if (!isReceiver)
      throw refuse(
        'chỉ cơ quan nhận, trong phạm vi địa bàn của đơn vị nhận, được trả lời chuyển tuyến',
        "only the receiving agency, within the receiving unit's scope, answers a referral",
      )
    if (r.referredBy != null && r.referredBy === identity.sub)
      throw refuse('người chuyển không được tự chấp nhận chuyển tuyến', 'whoever made a referral may not answer it')
    return
  }
  if (status === 'REVOKED' && !isSender)
    throw refuse('chỉ nơi chuyển (ngành LĐ-TB&XH) được thu hồi', 'only the referring side (Social Affairs) revokes a referral')
  if (status === 'DONE' && !isSender && !isReceiver)
    throw refuse('chỉ nơi chuyển hoặc nơi nhận được ghi nhận hoàn thành', 'only the referring or the receiving side records a referral done')
}

/** The grant a live, data-sharing referral to the network gives (null: none). */
export function grantOf(r: ReferralParties): string | null {
  const agency = receivingAgencyOf(r.toType)
  return agency && r.toUnitCode ? grantKey({ agency, unitCode: r.toUnitCode }) : null
}
