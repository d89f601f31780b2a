// Input of recordSuspect.
import { z } from 'zod'
import { ExternalRefSchema, FlagSchema, orNull, PastInstantSchema } from '@lienthong/kit'
import { PersonRefSchema } from '@lienthong/schema'
import { SuspectArrestStatus, SuspectRole } from '../generated/sqlite/enums.ts'
import { checkCitizenship, PersonFieldsSchema } from './common.ts'

const HELD: readonly string[] = ['ARRESTED', 'DETAINED', 'SURRENDERED', 'RELEASED']

export const RecordSuspectSchema = PersonFieldsSchema.extend({
  externalRef: ExternalRefSchema,
  caseId: z.string().min(1),
  personRef: PersonRefSchema,
  role: z.enum(SuspectRole),
  arrestStatus: z.enum(SuspectArrestStatus),
  arrestedAt: orNull(PastInstantSchema),
  wanted: FlagSchema,
}).superRefine((s, ctx) => {
  checkCitizenship(ctx, s)
  if (HELD.includes(s.arrestStatus) && !s.arrestedAt) {
    ctx.addIssue({ code: 'custom', path: ['arrestedAt'], message: 'cần ngày bắt hoặc đầu thú / an arrested or surrendered suspect needs arrestedAt' })
  }
  if (s.arrestStatus === 'AT_LARGE' && s.arrestedAt) {
    ctx.addIssue({ code: 'custom', path: ['arrestedAt'], message: 'đối tượng chưa bị bắt không có ngày bắt / a suspect at large has no arrestedAt' })
  }
  if (s.wanted && s.arrestStatus !== 'AT_LARGE') {
    ctx.addIssue({ code: 'custom', path: ['wanted'], message: 'chỉ truy nã đối tượng chưa bị bắt / only a suspect at large can be wanted' })
  }
})
export type RecordSuspect = z.output<typeof RecordSuspectSchema>
