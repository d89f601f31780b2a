// zod pieces shared by the inputs of this subgraph (ids, days, organisations, screening, needs).
// Enum lists are Prisma's (the same values as the SDL's enums), never written out again.
import { z } from 'zod'
import { CalendarDateSchema, vietnamDay } from '@lienthong/schema'
import { PastInstantSchema } from '@lienthong/kit'
import { ConsentStatus, SupportOrganisationType, SupportScreeningResult, SupportServiceType } from '../generated/sqlite/enums.ts'

export const IdSchema = z.string().trim().min(1, 'cần mã / an id is required').max(64, 'mã tối đa 64 ký tự / at most 64 characters')
export const ServiceTypeSchema = z.enum(SupportServiceType)
export const ConsentStatusSchema = z.enum(ConsentStatus)

/** An organisation (never a person): its name and type. */
export const OrganisationSchema = z.object({
  name: z.string().trim().min(2, 'tên tổ chức quá ngắn / organisation name too short').max(160, 'tên tổ chức tối đa 160 ký tự / at most 160 characters'),
  type: z.enum(SupportOrganisationType),
})

/** A calendar day (Vietnam time) not after today. */
export const PastDaySchema = CalendarDateSchema.refine((d) => d <= vietnamDay(new Date()), 'ngày ở tương lai / the day is in the future')

export const ScreeningSchema = z.object({ result: z.enum(SupportScreeningResult), screenedAt: PastInstantSchema })
export const NeedsAssessmentSchema = z.object({
  needs: z
    .array(ServiceTypeSchema)
    .min(1, 'cần ít nhất một nhu cầu / at least one need')
    .refine((n) => new Set(n).size === n.length, 'nhu cầu bị lặp / a need is listed twice'),
  assessedAt: PastInstantSchema,
})
