// Input of a reintegration follow-up.
import { z } from 'zod'
import { ExternalRefSchema, PastInstantSchema } from '@lienthong/kit'
import { SupportReintegrationOutcome } from '../generated/sqlite/enums.ts'
import { IdSchema } from './common.ts'

export const RecordFollowUpSchema = z.object({
  externalRef: ExternalRefSchema,
  supportCaseId: IdSchema,
  followedUpAt: PastInstantSchema,
  outcome: z.enum(SupportReintegrationOutcome),
})
export type RecordFollowUp = z.output<typeof RecordFollowUpSchema>
