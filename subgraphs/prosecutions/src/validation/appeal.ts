// Validated inputs of appeals (kháng cáo) and protests (kháng nghị) and their appellate outcome.
import { z } from 'zod'
import { ExpectedVersionSchema, ExternalRefSchema, PastInstantSchema } from '@lienthong/kit'
import { $Enums } from '../db.ts'
import { RecordIdSchema } from './common.ts'

export const FileAppealSchema = z.object({
  externalRef: ExternalRefSchema,
  verdictId: RecordIdSchema,
  filedAt: PastInstantSchema,
  party: z.enum($Enums.AppealParty),
})
export type FileAppeal = z.output<typeof FileAppealSchema>

export const DecideAppealSchema = z
  .object({
    version: ExpectedVersionSchema,
    decisionRef: ExternalRefSchema,
    appealId: RecordIdSchema,
    decidedAt: PastInstantSchema,
    status: z
      .enum($Enums.AppealStatus)
      .exclude(['PENDING'], 'kết quả phải là UPHELD, AMENDED, QUASHED hoặc WITHDRAWN / the outcome must be UPHELD, AMENDED, QUASHED or WITHDRAWN'),
    amendedSentenceMonths: z
      .number()
      .int()
      .min(3, 'từ 3 tháng / at least 3 months')
      .max(240, 'tối đa 240 tháng / at most 240 months')
      .nullish()
      .transform((m) => m ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'AMENDED' && v.amendedSentenceMonths == null)
      ctx.addIssue({ code: 'custom', path: ['amendedSentenceMonths'], message: 'sửa án cần thời hạn mới / an amendment needs the new term' })
    if (v.status !== 'AMENDED' && v.amendedSentenceMonths != null)
      ctx.addIssue({ code: 'custom', path: ['amendedSentenceMonths'], message: 'chỉ khi sửa án / only for an amendment' })
  })
export type DecideAppeal = z.output<typeof DecideAppealSchema>
