// Inputs of the hotline mutations.
import { z } from 'zod'
import { ExpectedVersionSchema, ExternalRefSchema, KnownUnitSchema, PastInstantSchema, checkUnitOnDate } from '@lienthong/kit'
import { HotlineChannel } from '../generated/sqlite/enums.ts'
import { IdSchema } from './common.ts'

export const RecordHotlineContactSchema = z
  .object({
    externalRef: ExternalRefSchema,
    receivedAt: PastInstantSchema,
    unitCode: KnownUnitSchema,
    channel: z.enum(HotlineChannel),
    concernsTrafficking: z.boolean(),
  })
  .superRefine((v, ctx) => checkUnitOnDate(ctx, v.unitCode, v.receivedAt, ['unitCode']))
export type RecordHotlineContact = z.output<typeof RecordHotlineContactSchema>

export const ForwardHotlineContactSchema = z.object({ version: ExpectedVersionSchema, contactId: IdSchema, reportId: IdSchema, forwardedAt: PastInstantSchema })
export const CloseHotlineContactSchema = z.object({ version: ExpectedVersionSchema, contactId: IdSchema, closedAt: PastInstantSchema })
