// Inputs of the support-case mutations (reception, consent, assessment, services, follow-ups).
import { z } from 'zod'
import { ExternalRefSchema, KnownUnitSchema, PastInstantSchema, checkUnitOnDate } from '@lienthong/kit'
import { PersonRefSchema } from '@lienthong/schema'
import {
  ARRIVALS, ConsentStatusSchema, FACILITIES, IdSchema, NeedsAssessmentSchema, OrganisationSchema, PastDaySchema, REINTEGRATION_OUTCOMES,
  ScreeningSchema, ServiceTypeSchema,
} from './common.ts'

const notBefore = (vi: string, en: string) => `${vi} / ${en}`

export const ReceiveSupportCaseSchema = z.object({
  externalRef: ExternalRefSchema,
  personRef: PersonRefSchema,
  receivedAt: PastInstantSchema,
  facility: z.enum(FACILITIES),
  unitCode: KnownUnitSchema,
  arrival: z.enum(ARRIVALS),
  consentToShare: ConsentStatusSchema.nullish().transform((c) => c ?? 'NOT_ASKED'),
  screening: ScreeningSchema.nullish().transform((s) => s ?? null),
  needsAssessment: NeedsAssessmentSchema.nullish().transform((n) => n ?? null),
}).superRefine((v, ctx) => {
  checkUnitOnDate(ctx, v.unitCode, v.receivedAt, ['unitCode'])
  if (v.receivedAt.getTime() > Date.now()) return // already refused; later dates are not compared with it
  if (v.screening && v.screening.screenedAt < v.receivedAt) ctx.addIssue({ code: 'custom', path: ['screening', 'screenedAt'], message: notBefore('sàng lọc trước ngày tiếp nhận', 'screened before reception') })
  if (v.needsAssessment && v.needsAssessment.assessedAt < v.receivedAt) ctx.addIssue({ code: 'custom', path: ['needsAssessment', 'assessedAt'], message: notBefore('đánh giá trước ngày tiếp nhận', 'assessed before reception') })
})
export type ReceiveSupportCase = z.output<typeof ReceiveSupportCaseSchema>

export const RecordSupportConsentSchema = z.object({ supportCaseId: IdSchema, consentToShare: ConsentStatusSchema, recordedAt: PastInstantSchema })

export const AssessSupportCaseSchema = z.object({
  supportCaseId: IdSchema,
  screening: ScreeningSchema.nullish(),
  needsAssessment: NeedsAssessmentSchema.nullish(),
}).refine((v) => v.screening || v.needsAssessment, { path: ['screening'], message: 'cần sàng lọc hoặc đánh giá nhu cầu / screening or needs assessment required' })

export const RecordSupportServiceSchema = z.object({
  externalRef: ExternalRefSchema,
  supportCaseId: IdSchema,
  type: ServiceTypeSchema,
  provider: OrganisationSchema,
  startedOn: PastDaySchema,
  endedOn: PastDaySchema.nullish().transform((d) => d ?? null),
}).superRefine((v, ctx) => {
  if (v.endedOn && v.endedOn < v.startedOn) ctx.addIssue({ code: 'custom', path: ['endedOn'], message: notBefore('ngày kết thúc trước ngày bắt đầu', 'ends before it starts') })
})
export type RecordSupportService = z.output<typeof RecordSupportServiceSchema>

export const EndSupportServiceSchema = z.object({ serviceId: IdSchema, endedOn: PastDaySchema })

export const RecordFollowUpSchema = z.object({
  externalRef: ExternalRefSchema,
  supportCaseId: IdSchema,
  followedUpAt: PastInstantSchema,
  outcome: z.enum(REINTEGRATION_OUTCOMES),
})
export type RecordFollowUp = z.output<typeof RecordFollowUpSchema>
