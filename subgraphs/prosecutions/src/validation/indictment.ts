// Validated input of an indictment.
import { z } from 'zod'
import { ExpectedVersionSchema, ExternalRefSchema, PastInstantSchema } from '@lienthong/kit'
import { PersonRefSchema } from '@lienthong/schema'
import { ArticleSchema, ClauseSchema, RecordIdSchema } from './common.ts'

export const IndictSchema = z
  .object({
    version: ExpectedVersionSchema.nullish(),
    externalRef: ExternalRefSchema,
    procuracyFileId: RecordIdSchema,
    indictedAt: PastInstantSchema,
    charges: z
      .array(z.object({ personRef: PersonRefSchema, article: ArticleSchema, clause: ClauseSchema }))
      .min(1, 'cần ít nhất một tội danh / at least one charge')
      .max(200, 'tối đa 200 tội danh / at most 200 charges'),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>()
    v.charges.forEach((c, i) => {
      const key = `${c.personRef}:${c.article}`
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['charges', i, 'article'], message: 'tội danh bị lặp / the same charge twice' })
      seen.add(key)
    })
  })
export type Indict = z.output<typeof IndictSchema>
