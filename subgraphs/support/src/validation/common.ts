// zod pieces shared by the inputs of this subgraph (dates, organisations, enums).
import { z } from 'zod'
import { CalendarDateSchema, ConsentStatusSchema, vietnamDay } from '@lienthong/schema'
import { PastInstantSchema } from '@lienthong/kit'

export const FACILITIES = ['SOCIAL_PROTECTION_CENTRE', 'VICTIM_SUPPORT_FACILITY', 'OTHER'] as const
export const ARRIVALS = ['SELF_REFERRED', 'RETURNED_FROM_ABROAD', 'HOTLINE', 'POLICE', 'BORDER_GUARD', 'COMMUNITY', 'OTHER'] as const
export const SCREENING_RESULTS = ['PRESUMED_VICTIM', 'NOT_VICTIM', 'UNCLEAR'] as const
export const SERVICE_TYPES = [
  'ESSENTIAL_INITIAL_SUPPORT', 'SHELTER', 'MEDICAL_CARE', 'PSYCHOLOGICAL_SUPPORT', 'LEGAL_AID', 'EDUCATION',
  'VOCATIONAL_TRAINING', 'LOAN', 'EMPLOYMENT_SUPPORT', 'COMMUNITY_REINTEGRATION',
] as const
export const ORGANISATION_TYPES = [
  'SOCIAL_PROTECTION_CENTRE', 'VICTIM_SUPPORT_FACILITY', 'HEALTH_FACILITY', 'LEGAL_AID_CENTRE', 'WOMENS_UNION',
  'VOCATIONAL_TRAINING_CENTRE', 'EMPLOYMENT_SERVICE_CENTRE', 'COMMUNE_PEOPLES_COMMITTEE', 'POLICE', 'BORDER_GUARD', 'NGO', 'OTHER',
] as const
export const REFERRAL_REASONS = ['SERVICE_NOT_AVAILABLE', 'SPECIALISED_CARE', 'CLOSER_TO_HOME', 'LEGAL_PROCEEDINGS', 'RETURN_TO_COMMUNITY', 'OTHER'] as const
export const REINTEGRATION_OUTCOMES = ['REINTEGRATED', 'IN_PROGRESS', 'AT_RISK', 'RETRAFFICKED', 'LOST_CONTACT'] as const
export const HOTLINE_CHANNELS = ['PHONE', 'TEXT_MESSAGE', 'ONLINE'] as const

export type ServiceType = (typeof SERVICE_TYPES)[number]

export const IdSchema = z.string().trim().min(1, 'cần mã / an id is required').max(64, 'mã tối đa 64 ký tự / at most 64 characters')
export const ServiceTypeSchema = z.enum(SERVICE_TYPES)
export { ConsentStatusSchema }

/** An organisation (never a person): its name and type. */
export const OrganisationSchema = z.object({
  name: z.string().trim().min(2, 'tên tổ chức quá ngắn / organisation name too short').max(160, 'tên tổ chức tối đa 160 ký tự / at most 160 characters'),
  type: z.enum(ORGANISATION_TYPES),
})

/** A calendar day (Vietnam time) not after today. */
export const PastDaySchema = CalendarDateSchema.refine((d) => d <= vietnamDay(new Date()), 'ngày ở tương lai / the day is in the future')

export const ScreeningSchema = z.object({ result: z.enum(SCREENING_RESULTS), screenedAt: PastInstantSchema })
export const NeedsAssessmentSchema = z.object({
  needs: z.array(ServiceTypeSchema).min(1, 'cần ít nhất một nhu cầu / at least one need').refine((n) => new Set(n).size === n.length, 'nhu cầu bị lặp / a need is listed twice'),
  assessedAt: PastInstantSchema,
})
