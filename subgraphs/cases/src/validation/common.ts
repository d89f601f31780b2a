// zod pieces shared by the police mutations' inputs (GraphQL has already checked enum values
// and scalar formats; these check what GraphQL cannot: existence, dates, coherence).
import { z } from 'zod'
import { orNull } from '@lienthong/kit'
import { CitizenshipSchema, ExploitationFormSchema, SexSchema } from '@lienthong/schema'

/** A list of forms of exploitation: at least one, no repeats. */
export const FormsSchema = z
  .array(ExploitationFormSchema)
  .min(1, 'cần ít nhất một hình thức bóc lột / at least one form of exploitation')
  .refine((f) => new Set(f).size === f.length, 'hình thức bị lặp / a form is repeated')

/** Birth year of a living person in the records. */
export const BirthYearSchema = z
  .number()
  .int()
  .min(1900, 'năm sinh từ 1900 / birth year from 1900')
  .refine((y) => y <= new Date().getUTCFullYear(), 'năm sinh ở tương lai / birth year in the future')

/** Sex, birth year and citizenship of a person the police record. */
export const PersonFieldsSchema = z.object({
  sex: SexSchema,
  birthYear: orNull(BirthYearSchema),
  citizenship: CitizenshipSchema,
  citizenshipCountry: orNull(z.string()),
})

/** A foreign citizenship names its country; other citizenships do not. */
export function checkCitizenship(ctx: z.RefinementCtx, p: { citizenship: string; citizenshipCountry?: string | null }): void {
  if (p.citizenship === 'FOREIGN' && !p.citizenshipCountry) {
    ctx.addIssue({ code: 'custom', path: ['citizenshipCountry'], message: 'quốc tịch nước ngoài cần mã nước / a foreign citizenship needs its country' })
  }
  if (p.citizenship !== 'FOREIGN' && p.citizenshipCountry) {
    ctx.addIssue({ code: 'custom', path: ['citizenshipCountry'], message: 'chỉ ghi nước khi quốc tịch nước ngoài / a country only with a foreign citizenship' })
  }
  if (p.citizenship === 'FOREIGN' && p.citizenshipCountry === 'VN') {
    ctx.addIssue({ code: 'custom', path: ['citizenshipCountry'], message: 'quốc tịch nước ngoài không thể là VN / a foreign citizenship cannot be VN' })
  }
}

/** Adds an issue when `later` is before `earlier` (both instants). */
export function checkOrder(
  ctx: z.RefinementCtx,
  earlier: Date | null | undefined,
  later: Date | null | undefined,
  path: string[],
  vi: string,
  en: string,
): void {
  if (earlier && later && later.getTime() < earlier.getTime()) ctx.addIssue({ code: 'custom', path, message: `${vi} / ${en}` })
}

/** A free-text label (names of operations and campaigns): trimmed, 1–200 characters. */
export const LabelSchema = z.string().trim().min(1, 'không được để trống / must not be empty').max(200, 'tối đa 200 ký tự / at most 200 characters')
