// Peak campaigns (đợt cao điểm), idempotent by the agency's reference: a window and its units.
import { byExternalRef, change, wrote } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { CreatePeakCampaignSchema } from '../validation/peakCampaign.ts'

const CAMPAIGN_FIELDS = ['externalRef', 'name', 'startsOn', 'endsOn', 'unitCodes']

export const createPeakCampaign = mutation({
  input: CreatePeakCampaignSchema,
  reference: byExternalRef((tx) => tx.peakCampaign),
  write: async (tx, input, { digest }) => {
    const { unitCodes, ...fields } = input
    const campaign = await tx.peakCampaign.create({ data: { ...fields, inputDigest: digest, units: { create: unitCodes.map((unitCode) => ({ unitCode })) } } })
    return wrote(campaign, change('PeakCampaign', campaign.id, CAMPAIGN_FIELDS))
  },
})
