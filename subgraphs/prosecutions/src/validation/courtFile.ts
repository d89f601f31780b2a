// Validated inputs of the court's decisions on its files: acceptance, status changes, the first-instance trial.
import { z } from 'zod'
import { ExpectedVersionSchema, checkUnitOnDate, ExternalRefSchema, KnownUnitSchema, PastInstantSchema } from '@lienthong/kit'
import { PersonRefSchema } from '@lienthong/schema'
import { $Enums } from '../db.ts'
import { ArticleSchema, ClauseSchema, ReasonSchema, RecordIdSchema } from './common.ts'

export const AcceptCourtFileSchema = z.object({
  externalRef: ExternalRefSchema,
  indictmentId: RecordIdSchema,
  acceptedAt: PastInstantSchema,
})
export type AcceptCourtFile = z.output<typeof AcceptCourtFileSchema>

/** TRIED_FIRST_INSTANCE is reached only by recording the trial (mutation recordTrial). */
export const ChangeCourtFileStatusSchema = z.object({
  version: ExpectedVersionSchema,
  decisionRef: ExternalRefSchema,
  courtFileId: RecordIdSchema,
  status: z.enum($Enums.CourtFileStatus).exclude(['TRIED_FIRST_INSTANCE'], 'xét xử bằng recordTrial / TRIED_FIRST_INSTANCE is reached by recordTrial'),
  at: PastInstantSchema,
  reason: ReasonSchema,
})
export type ChangeCourtFileStatus = z.output<typeof ChangeCourtFileStatusSchema>

const MONTHS = { IMPRISONMENT: [3, 240], NON_CUSTODIAL_REFORM: [6, 36] } as const

export const VerdictInputSchema = z
  .object({
    personRef: PersonRefSchema,
    outcome: z.enum($Enums.VerdictOutcome),
    article: ArticleSchema.nullish(),
    clause: ClauseSchema.nullish(),
    sentenceKind: z.enum($Enums.SentenceKind).nullish(),
    sentenceMonths: z.number().int().nullish(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    if (v.outcome === 'ACQUITTED') {
      for (const f of ['article', 'clause', 'sentenceKind', 'sentenceMonths'] as const) {
        if (v[f] != null) issue(f, 'bị cáo vô tội không có tội danh, hình phạt / an acquittal has no article or sentence')
      }
      return
    }
    if (v.article == null) issue('article', 'cần điều luật khi kết án / a conviction needs the article')
    if (v.clause == null) issue('clause', 'cần khoản khi kết án / a conviction needs the clause')
    if (v.sentenceKind == null) return issue('sentenceKind', 'cần loại hình phạt khi kết án / a conviction needs a sentence')
    if (v.sentenceKind === 'LIFE_IMPRISONMENT') {
      if (v.sentenceMonths != null) issue('sentenceMonths', 'tù chung thân không có thời hạn / life imprisonment has no term')
      return
    }
    const [min, max] = MONTHS[v.sentenceKind]
    if (v.sentenceMonths == null || v.sentenceMonths < min || v.sentenceMonths > max) {
      issue('sentenceMonths', `thời hạn từ ${min} đến ${max} tháng / the term must be ${min}–${max} months`)
    }
  })
  .transform((v) => ({
    personRef: v.personRef,
    outcome: v.outcome,
    article: v.article ?? null,
    clause: v.clause ?? null,
    sentenceKind: v.sentenceKind ?? null,
    sentenceMonths: v.sentenceMonths ?? null,
  }))

export const RecordTrialSchema = z
  .object({
    version: ExpectedVersionSchema.nullish(),
    judgmentRef: ExternalRefSchema,
    courtFileId: RecordIdSchema,
    triedAt: PastInstantSchema,
    kind: z.enum($Enums.TrialKind),
    venueUnitCode: KnownUnitSchema.nullish().transform((u) => u ?? null),
    verdicts: z
      .array(VerdictInputSchema)
      .min(1, 'cần phán quyết cho mỗi bị cáo / a verdict for every defendant')
      .max(100, 'tối đa 100 bị cáo / at most 100 defendants'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'MOBILE_TRIAL' && !v.venueUnitCode) {
      ctx.addIssue({ code: 'custom', path: ['venueUnitCode'], message: 'xét xử lưu động cần xã nơi xét xử / a mobile trial needs its commune' })
    }
    checkUnitOnDate(ctx, v.venueUnitCode ?? undefined, v.triedAt, ['venueUnitCode'])
    const seen = new Set<string>()
    v.verdicts.forEach((x, i) => {
      if (seen.has(x.personRef))
        ctx.addIssue({ code: 'custom', path: ['verdicts', i, 'personRef'], message: 'bị cáo có hai phán quyết / two verdicts for one defendant' })
      seen.add(x.personRef)
    })
  })
export type RecordTrial = z.output<typeof RecordTrialSchema>
