// Inputs of the rescue-operation and peak-campaign mutations.
import { z } from 'zod'
import { checkUnitOnDate, ExternalRefSchema, KnownUnitSchema, PastInstantSchema } from '@lienthong/kit'
import { CalendarDateSchema, PersonRefSchema } from '@lienthong/schema'
import { LabelSchema } from './common.ts'

export const RecordRescueOperationSchema = z.object({
  externalRef: ExternalRefSchema,
  name: LabelSchema,
  startedAt: PastInstantSchema,
  unitCode: KnownUnitSchema,
  destinationCountry: z.string().nullish().transform((v) => v ?? null),
  caseId: z.string().min(1).nullish().transform((v) => v ?? null),
  peakCampaignId: z.string().min(1).nullish().transform((v) => v ?? null),
  rescuedPersonRefs: z.array(PersonRefSchema).nullish().transform((refs) => [...new Set(refs ?? [])].sort()),
}).superRefine((r, ctx) => checkUnitOnDate(ctx, r.unitCode, r.startedAt, ['unitCode']))
export type RecordRescueOperation = z.output<typeof RecordRescueOperationSchema>

export const CreatePeakCampaignSchema = z.object({
  externalRef: ExternalRefSchema,
  name: LabelSchema,
  startsOn: CalendarDateSchema,
  endsOn: CalendarDateSchema,
  unitCodes: z.array(KnownUnitSchema).min(1, 'cần ít nhất một đơn vị / at least one unit').transform((u) => [...new Set(u)].sort()),
}).superRefine((c, ctx) => {
  if (c.endsOn < c.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'ngày kết thúc trước ngày bắt đầu / endsOn is before startsOn' })
})
export type CreatePeakCampaign = z.output<typeof CreatePeakCampaignSchema>
