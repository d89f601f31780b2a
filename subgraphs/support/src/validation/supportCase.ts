// Inputs of the support-case mutations (reception, consent, screening and needs assessment).
import { z } from 'zod'
import { ExpectedVersionSchema, ExternalRefSchema, KnownUnitSchema, PastInstantSchema, checkUnitOnDate, reason } from '@lienthong/kit'
import { PersonRefSchema } from '@lienthong/schema'
import { Facility, SupportArrival } from '../generated/sqlite/enums.ts'
import { ConsentStatusSchema, IdSchema, NeedsAssessmentSchema, ScreeningSchema } from './common.ts'

export const ReceiveSupportCaseSchema = z
  .object({
    externalRef: ExternalRefSchema,
    personRef: PersonRefSchema,
    receivedAt: PastInstantSchema,
    facility: z.enum(Facility),
    unitCode: KnownUnitSchema,
    arrival: z.enum(SupportArrival),
    consentToShare: ConsentStatusSchema.nullish().transform((c) => c ?? 'NOT_ASKED'),
    screening: ScreeningSchema.nullish().transform((s) => s ?? null),
    needsAssessment: NeedsAssessmentSchema.nullish().transform((n) => n ?? null),
  })
  .superRefine((v, ctx) => {
    checkUnitOnDate(ctx, v.unitCode, v.receivedAt, ['unitCode'])
    if (v.receivedAt.getTime() > Date.now()) return // already refused; later dates are not compared with it
    if (v.screening && v.screening.screenedAt < v.receivedAt)
      ctx.addIssue({ code: 'custom', path: ['screening', 'screenedAt'], message: reason('sàng lọc trước ngày tiếp nhận', 'screened before reception') })
    if (v.needsAssessment && v.needsAssessment.assessedAt < v.receivedAt)
      ctx.addIssue({ code: 'custom', path: ['needsAssessment', 'assessedAt'], message: reason('đánh giá trước ngày tiếp nhận', 'assessed before reception') })
  })
export type ReceiveSupportCase = z.output<typeof ReceiveSupportCaseSchema>

export const RecordSupportConsentSchema = z.object({
  version: ExpectedVersionSchema,
  supportCaseId: IdSchema,
  consentToShare: ConsentStatusSchema,
  recordedAt: PastInstantSchema,
})

export const AssessSupportCaseSchema = z
  .object({ version: ExpectedVersionSchema, supportCaseId: IdSchema, screening: ScreeningSchema.nullish(), needsAssessment: NeedsAssessmentSchema.nullish() })
  .refine((v) => v.screening || v.needsAssessment, {
    path: ['screening'],
    message: 'cần sàng lọc hoặc đánh giá nhu cầu / screening or needs assessment required',
  })
