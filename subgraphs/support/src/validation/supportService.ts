// Inputs of the service mutations (a service delivered, an ongoing service ended).
import { z } from 'zod'
import { ExpectedVersionSchema, ExternalRefSchema, reason } from '@lienthong/kit'
import { IdSchema, OrganisationSchema, PastDaySchema, ServiceTypeSchema } from './common.ts'

export const RecordSupportServiceSchema = z
  .object({
    externalRef: ExternalRefSchema,
    supportCaseId: IdSchema,
    type: ServiceTypeSchema,
    provider: OrganisationSchema,
    startedOn: PastDaySchema,
    endedOn: PastDaySchema.nullish().transform((d) => d ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.endedOn && v.endedOn < v.startedOn)
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: reason('ngày kết thúc trước ngày bắt đầu', 'ends before it starts') })
  })
export type RecordSupportService = z.output<typeof RecordSupportServiceSchema>

export const EndSupportServiceSchema = z.object({ version: ExpectedVersionSchema, serviceId: IdSchema, endedOn: PastDaySchema })
