// Inputs of cross-border cooperation writes.
import { z } from 'zod'
import { ExpectedVersionSchema, ExternalRefSchema, orNull, PastInstantSchema } from '@lienthong/kit'
import { CooperationCounterpart, CooperationDirection, CooperationStatus, CooperationSubject } from '../db.ts'
import { ForeignCountrySchema, ForeignRefSchema, IdSchema } from './common.ts'

const NEIGHBOURS: ReadonlySet<string> = new Set(['CN', 'LA', 'KH'])

export const RecordCooperationSchema = z
  .object({
    externalRef: ExternalRefSchema,
    direction: z.enum(CooperationDirection),
    counterpart: z.enum(CooperationCounterpart),
    counterpartCountry: ForeignCountrySchema,
    counterpartRef: orNull(ForeignRefSchema),
    subject: z.enum(CooperationSubject),
    requestedAt: PastInstantSchema,
    incidentId: orNull(IdSchema),
    repatriationId: orNull(IdSchema),
  })
  .superRefine((c, ctx) => {
    if (c.counterpart === 'NEIGHBOURING_BORDER_POST' && !NEIGHBOURS.has(c.counterpartCountry)) {
      ctx.addIssue({
        code: 'custom',
        path: ['counterpartCountry'],
        message: 'đồn biên phòng láng giềng phải thuộc nước có chung biên giới (CN, LA, KH) / a neighbouring border post is in CN, LA or KH',
      })
    }
  })
export type RecordCooperation = z.output<typeof RecordCooperationSchema>

export const UpdateCooperationStatusSchema = z.object({
  version: ExpectedVersionSchema,
  cooperationId: IdSchema,
  status: z.enum(CooperationStatus),
  at: PastInstantSchema,
})
