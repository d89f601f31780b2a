// The arguments of an HTCDS release (htcds.graphql): a year that has started, in Vietnam time, and
// a k from 2 (a class of one is no anonymity).
import { z } from 'zod'
import { reason } from '@lienthong/kit'
import { vietnamYear } from '@lienthong/schema'
import { MIN_K } from '../domain/htcds/release.ts'

export const HtcdsReleaseArgsSchema = z.object({
  year: z
    .number()
    .int()
    .min(2000, reason('năm từ 2000', 'year from 2000'))
    .refine((y) => y <= vietnamYear(new Date()), reason('năm chưa bắt đầu', 'the year has not started yet')),
  k: z
    .number()
    .int()
    .min(MIN_K, reason(`k ít nhất ${MIN_K}`, `k is at least ${MIN_K}`))
    .max(1000, reason('k tối đa 1000', 'k is at most 1000')),
})
