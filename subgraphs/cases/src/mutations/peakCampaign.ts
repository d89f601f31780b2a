// Peak campaigns (đợt cao điểm), idempotent by the agency's reference: a window and its units.
import { change, wrote, referencedBy } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { CreatePeakCampaignSchema } from '../validation/peakCampaign.ts'

const CAMPAIGN_FIELDS = ['externalRef', 'name', 'startsOn', 'endsOn', 'unitCodes']

export const createPeakCampaign = mutation({
  input: CreatePeakCampaignSchema,
  reference: async (tx, input) => referencedBy(await tx.peakCampaign.findUnique({ where: { externalRef: input.externalRef } })),
  write: async (tx, input, { digest }) => {
    const { unitCodes, ...fields } = input
    const campaign = await tx.peakCampaign.create({ data: { ...fields, inputDigest: digest, units: { create: unitCodes.map((unitCode) => ({ unitCode })) } } })
    return wrote(campaign, change('PeakCampaign', campaign.id, CAMPAIGN_FIELDS))
  },
})
