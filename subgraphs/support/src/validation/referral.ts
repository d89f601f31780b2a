// Inputs of the referral (chuyển tuyến) mutations.
import { z } from 'zod'
import { ExpectedVersionSchema, ExternalRefSchema, KnownUnitSchema, PastInstantSchema, checkUnitOnDate } from '@lienthong/kit'
import { SupportReferralReason, SupportReferralStatus } from '../generated/sqlite/enums.ts'
import { receivingAgencyOf } from '../domain/referralParties.ts'
import { IdSchema, OrganisationSchema, ServiceTypeSchema } from './common.ts'

export const ReferSupportCaseSchema = z
  .object({
    externalRef: ExternalRefSchema,
    supportCaseId: IdSchema,
    from: OrganisationSchema,
    to: OrganisationSchema,
    // absent stays undefined, so the digest of a referral made without it is unchanged
    toUnitCode: KnownUnitSchema.nullish().transform((u) => u ?? undefined),
    reason: z.enum(SupportReferralReason),
    forService: ServiceTypeSchema,
    sharesPersonData: z.boolean(),
    referredAt: PastInstantSchema,
  })
  .superRefine((v, ctx) => {
    if (v.from.name.toLocaleLowerCase('vi') === v.to.name.toLocaleLowerCase('vi') && v.from.type === v.to.type) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'nơi nhận trùng nơi chuyển / the receiving organisation is the referring one' })
    }
    // the receiving agency answers for one of its units: the referral must say which
    if (receivingAgencyOf(v.to.type) && !v.toUnitCode) {
      ctx.addIssue({
        code: 'custom',
        path: ['toUnitCode'],
        message: 'cần đơn vị hành chính của nơi nhận trong mạng liên thông / the unit of a receiving organisation of the network is required',
      })
    }
    checkUnitOnDate(ctx, v.toUnitCode, v.referredAt, ['toUnitCode'])
  })
export type ReferSupportCase = z.output<typeof ReferSupportCaseSchema>

export const ChangeReferralStatusSchema = z.object({
  version: ExpectedVersionSchema.nullish(),
  referralId: IdSchema,
  status: z.enum(SupportReferralStatus),
  at: PastInstantSchema,
})
