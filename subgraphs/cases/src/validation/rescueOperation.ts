// Input of recordRescueOperation.
import { z } from 'zod'
import { checkUnitOnDate, distinctSorted, ExternalRefSchema, KnownUnitSchema, OptionalIdSchema, orNull, PastInstantSchema } from '@lienthong/kit'
import { PersonRefSchema } from '@lienthong/schema'
import { LabelSchema } from './common.ts'

export const RecordRescueOperationSchema = z
  .object({
    externalRef: ExternalRefSchema,
    name: LabelSchema,
    startedAt: PastInstantSchema,
    unitCode: KnownUnitSchema,
    destinationCountry: orNull(z.string()),
    caseId: OptionalIdSchema,
    peakCampaignId: OptionalIdSchema,
    rescuedPersonRefs: distinctSorted(PersonRefSchema),
  })
  .superRefine((r, ctx) => checkUnitOnDate(ctx, r.unitCode, r.startedAt, ['unitCode']))
export type RecordRescueOperation = z.output<typeof RecordRescueOperationSchema>
