// Input of createPeakCampaign.
import { z } from 'zod'
import { ExternalRefSchema, KnownUnitSchema } from '@lienthong/kit'
import { CalendarDateSchema } from '@lienthong/schema'
import { LabelSchema } from './common.ts'

export const CreatePeakCampaignSchema = z
  .object({
    externalRef: ExternalRefSchema,
    name: LabelSchema,
    startsOn: CalendarDateSchema,
    endsOn: CalendarDateSchema,
    unitCodes: z
      .array(KnownUnitSchema)
      .min(1, 'cần ít nhất một đơn vị / at least one unit')
      .transform((u) => [...new Set(u)].sort()),
  })
  .superRefine((c, ctx) => {
    if (c.endsOn < c.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'ngày kết thúc trước ngày bắt đầu / endsOn is before startsOn' })
  })
export type CreatePeakCampaign = z.output<typeof CreatePeakCampaignSchema>
