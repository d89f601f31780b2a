// zod pieces shared by this subgraph's inputs.
import { z } from 'zod'
import { ARTICLES } from '../domain/articles.ts'

export const ArticleSchema = z
  .number()
  .int()
  .refine((a) => ARTICLES.includes(a), 'chỉ điều 150 hoặc 151 BLHS / Criminal Code article 150 or 151 only')
export const ClauseSchema = z.number().int().min(1, 'khoản từ 1 đến 4 / clause 1 to 4').max(4, 'khoản từ 1 đến 4 / clause 1 to 4')
export const RecordIdSchema = z.string().trim().min(1, 'cần mã bản ghi / the record id is required').max(64, 'mã bản ghi quá dài / the record id is too long')
/** A short free-text reason; personal data must not be written here. */
export const ReasonSchema = z
  .string()
  .trim()
  .max(500, 'lý do tối đa 500 ký tự / at most 500 characters')
  .nullish()
  .transform((r) => r || null)
