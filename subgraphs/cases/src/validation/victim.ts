// Inputs of the victim mutations. Personal fields are validated for shape only; messages never
// repeat their values.
import { z } from 'zod'
import { ExpectedVersionSchema, ExternalRefSchema, OptionalIdSchema, orNull, PastInstantSchema } from '@lienthong/kit'
import { CalendarDateSchema, ConsentStatusSchema, NationalIdSchema, PersonRefSchema } from '@lienthong/schema'
import { PoliceVictimStatus, RecruitmentMethod } from '../generated/sqlite/enums.ts'
import { checkCitizenship, checkOrder, FormsSchema, PersonFieldsSchema } from './common.ts'

const Text = (max: number) => z.string().trim().min(1, 'không được để trống / must not be empty').max(max, `tối đa ${max} ký tự / at most ${max} characters`)

export const VictimPersonalSchema = z.object({
  fullName: Text(200).nullish(),
  nationalId: NationalIdSchema.nullish(),
  dateOfBirth: CalendarDateSchema.nullish(),
  address: Text(500).nullish(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{6,20}$/, 'số điện thoại không hợp lệ / invalid phone number')
    .nullish(),
})

export const RecordVictimSchema = PersonFieldsSchema.extend({
  externalRef: ExternalRefSchema,
  personRef: PersonRefSchema.nullish(),
  caseId: OptionalIdSchema,
  status: z.enum(PoliceVictimStatus),
  recordedAt: PastInstantSchema,
  identifiedAt: orNull(PastInstantSchema),
  forms: FormsSchema,
  recruitmentMethod: z.enum(RecruitmentMethod),
  rescueOperationId: OptionalIdSchema,
  consentToCount: ConsentStatusSchema,
  consentToShare: ConsentStatusSchema,
  personal: VictimPersonalSchema.nullish(),
}).superRefine((v, ctx) => {
  checkCitizenship(ctx, v)
  if (!v.personRef && !v.personal?.nationalId) {
    ctx.addIssue({ code: 'custom', path: ['personRef'], message: 'cần mã tham chiếu hoặc số định danh / a person reference or a national ID is required' })
  }
  if (v.status === 'IDENTIFIED' && !v.identifiedAt) {
    ctx.addIssue({ code: 'custom', path: ['identifiedAt'], message: 'nạn nhân đã xác định cần ngày xác định / an identified victim needs identifiedAt' })
  }
  if (v.status !== 'IDENTIFIED' && v.identifiedAt) {
    ctx.addIssue({ code: 'custom', path: ['identifiedAt'], message: 'chỉ nạn nhân đã xác định có ngày xác định / identifiedAt only for an identified victim' })
  }
  checkOrder(ctx, v.recordedAt, v.identifiedAt, ['identifiedAt'], 'ngày xác định trước ngày ghi nhận', 'identifiedAt is before recordedAt')
  const dob = v.personal?.dateOfBirth
  if (dob && v.birthYear != null && Number(dob.slice(0, 4)) !== v.birthYear) {
    ctx.addIssue({ code: 'custom', path: ['birthYear'], message: 'năm sinh khác ngày sinh / birthYear differs from personal.dateOfBirth' })
  }
})
export type RecordVictim = z.output<typeof RecordVictimSchema>

export const ChangeVictimStatusSchema = z.object({ version: ExpectedVersionSchema, status: z.enum(PoliceVictimStatus), at: PastInstantSchema })
