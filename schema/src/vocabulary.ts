// The shared vocabulary as TS values + zod schemas; mirrors ../vocabulary.graphql
// (a test proves the two never drift apart).
import { z } from 'zod'
import { COUNTRY_CODES } from './countries.ts'
import { enumLabels, enumLabelsOf, type EnumLabels } from './labels.ts'
import { vocabularyTypeDefs } from './typeDefs.ts'

export const EXPLOITATION_FORMS = [
  'SEXUAL_EXPLOITATION',
  'FORCED_LABOUR',
  'ORGAN_REMOVAL',
  'COMMERCIAL_SURROGACY',
  'FORCED_MARRIAGE',
  'CHILD_ADOPTION',
  'OTHER',
  'UNKNOWN',
] as const
export const ROUTE_KINDS = ['DOMESTIC', 'CROSS_BORDER'] as const
export const SEXES = ['MALE', 'FEMALE', 'UNKNOWN'] as const
export const AGE_BANDS = ['UNDER_16', 'FROM_16_TO_17', 'FROM_18_TO_29', 'FROM_30_TO_44', 'FROM_45_TO_59', 'AGE_60_AND_OVER', 'UNKNOWN'] as const
export const CITIZENSHIPS = ['VIETNAMESE', 'FOREIGN', 'STATELESS', 'UNDETERMINED'] as const
export const CONSENT_STATUSES = ['GIVEN', 'REFUSED', 'WITHDRAWN', 'NOT_ASKED'] as const
export const PERIOD_KINDS = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'CUSTOM'] as const
export const ADMIN_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const

export const ExploitationFormSchema = z.enum(EXPLOITATION_FORMS)
export const RouteKindSchema = z.enum(ROUTE_KINDS)
export const SexSchema = z.enum(SEXES)
export const AgeBandSchema = z.enum(AGE_BANDS)
export const CitizenshipSchema = z.enum(CITIZENSHIPS)
export const PeriodKindSchema = z.enum(PERIOD_KINDS)
export const ConsentStatusSchema = z.enum(CONSENT_STATUSES)
export const AdminLevelSchema = z.enum(ADMIN_LEVELS)

export type ExploitationForm = z.infer<typeof ExploitationFormSchema>
export type RouteKind = z.infer<typeof RouteKindSchema>
export type Sex = z.infer<typeof SexSchema>
export type AgeBand = z.infer<typeof AgeBandSchema>
export type Citizenship = z.infer<typeof CitizenshipSchema>
export type PeriodKind = z.infer<typeof PeriodKindSchema>
export type ConsentStatus = z.infer<typeof ConsentStatusSchema>
export type AdminLevel = z.infer<typeof AdminLevelSchema>

const countrySet: ReadonlySet<string> = new Set(COUNTRY_CODES)
export const CountryCodeSchema = z
  .string()
  .refine((c) => countrySet.has(c), { message: 'mã quốc gia ISO 3166-1 alpha-2 không hợp lệ / not an ISO 3166-1 alpha-2 country code' })
export type CountryCode = string

/** Route: domestic, or cross-border with the destination country (never Viet Nam itself). */
export const RouteSchema = z.object({ kind: RouteKindSchema, destinationCountry: CountryCodeSchema.nullish() }).superRefine((r, ctx) => {
  if (r.kind === 'CROSS_BORDER' && (!r.destinationCountry || r.destinationCountry === 'VN')) {
    ctx.addIssue({
      code: 'custom',
      path: ['destinationCountry'],
      message: 'tuyến xuyên biên giới cần nước đến khác Việt Nam / a cross-border route needs a destination country other than VN',
    })
  }
  if (r.kind === 'DOMESTIC' && r.destinationCountry && r.destinationCountry !== 'VN') {
    ctx.addIssue({ code: 'custom', path: ['destinationCountry'], message: 'tuyến trong nước không có nước đến / a domestic route has no foreign destination' })
  }
})
export type Route = z.infer<typeof RouteSchema>

const VOCABULARY = enumLabelsOf(vocabularyTypeDefs())
const viLabels = <V extends string>(name: string) => enumLabels<V>(vocabularyTypeDefs(), name).vi

/**
 * Vietnamese labels for reports and the dashboard: each value's description in the shared
 * vocabulary (vocabulary.graphql, "Vietnamese — English"), the one place they are written.
 * `AdminLevel` is not a GraphQL enum (units carry their level as data): its labels live here.
 */
export const LABELS_VI = {
  ExploitationForm: viLabels<ExploitationForm>('ExploitationForm'),
  RouteKind: viLabels<RouteKind>('RouteKind'),
  Sex: viLabels<Sex>('Sex'),
  AgeBand: viLabels<AgeBand>('AgeBand'),
  Citizenship: viLabels<Citizenship>('Citizenship'),
  ConsentStatus: viLabels<ConsentStatus>('ConsentStatus'),
  PeriodKind: viLabels<PeriodKind>('PeriodKind'),
  AdminLevel: { PROVINCE: 'Tỉnh', DISTRICT: 'Huyện', COMMUNE: 'Xã' } as Readonly<Record<AdminLevel, string>>,
}

/** Every enum of the shared vocabulary with its Vietnamese and English labels. */
export const VOCABULARY_LABELS: ReadonlyMap<string, EnumLabels> = VOCABULARY

/** Age band of a person born in `birthYear`, at the year of `at` (age in completed years by year of birth). */
export function ageBandOf(birthYear: number | null | undefined, at: Date): AgeBand {
  if (birthYear == null) return 'UNKNOWN'
  const age = vietnamYear(at) - birthYear
  if (age < 0) return 'UNKNOWN'
  if (age < 16) return 'UNDER_16'
  if (age < 18) return 'FROM_16_TO_17'
  if (age < 30) return 'FROM_18_TO_29'
  if (age < 45) return 'FROM_30_TO_44'
  if (age < 60) return 'FROM_45_TO_59'
  return 'AGE_60_AND_OVER'
}

/** Vietnam keeps one offset all year (UTC+07:00, no daylight saving). */
export const VIETNAM_OFFSET_MS = 7 * 3600_000
export function vietnamYear(at: Date): number {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).getUTCFullYear()
}
