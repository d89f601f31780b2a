// Input of recordRescueOperation.
import { z } from 'zod'
import { checkUnitOnDate, ExternalRefSchema, KnownUnitSchema, PastInstantSchema } from '@lienthong/kit'
import { PersonRefSchema } from '@lienthong/schema'
import { LabelSchema } from './common.ts'

export const RecordRescueOperationSchema = z
  .object({
    externalRef: ExternalRefSchema,
    name: LabelSchema,
    startedAt: PastInstantSchema,
    unitCode: KnownUnitSchema,
    destinationCountry: z
      .string()
      .nullish()
      .transform((v) => v ?? null),
    caseId: z
      .string()
      .min(1)
      .nullish()
      .transform((v) => v ?? null),
    peakCampaignId: z
      .string()
      .min(1)
      .nullish()
      .transform((v) => v ?? null),
    rescuedPersonRefs: z
      .array(PersonRefSchema)
      .nullish()
      .transform((refs) => [...new Set(refs ?? [])].sort()),
  })
  .superRefine((r, ctx) => checkUnitOnDate(ctx, r.unitCode, r.startedAt, ['unitCode']))
export type RecordRescueOperation = z.output<typeof RecordRescueOperationSchema>
