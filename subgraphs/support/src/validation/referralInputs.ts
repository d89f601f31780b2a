// Inputs of the referral (chuyển tuyến) mutations.
import { z } from 'zod'
import { ExternalRefSchema, PastInstantSchema } from '@lienthong/kit'
import { IdSchema, OrganisationSchema, REFERRAL_REASONS, ServiceTypeSchema } from './common.ts'

export const REFERRAL_STATUSES = ['IN_PROGRESS', 'ACCEPTED', 'REJECTED', 'DONE', 'REVOKED'] as const
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]

export const ReferSupportCaseSchema = z.object({
  externalRef: ExternalRefSchema,
  supportCaseId: IdSchema,
  from: OrganisationSchema,
  to: OrganisationSchema,
  reason: z.enum(REFERRAL_REASONS),
  forService: ServiceTypeSchema,
  sharesPersonData: z.boolean(),
  referredAt: PastInstantSchema,
}).refine((v) => v.from.name.toLocaleLowerCase('vi') !== v.to.name.toLocaleLowerCase('vi') || v.from.type !== v.to.type, {
  path: ['to'], message: 'nơi nhận trùng nơi chuyển / the receiving organisation is the referring one',
})
export type ReferSupportCase = z.output<typeof ReferSupportCaseSchema>

export const ChangeReferralStatusSchema = z.object({ referralId: IdSchema, status: z.enum(REFERRAL_STATUSES), at: PastInstantSchema })
