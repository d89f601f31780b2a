import type { PeakCampaignResolvers } from './types.ts'

export const PeakCampaign: PeakCampaignResolvers = {
  unitCodes: async (c, _, { loaders }) => (await loaders.campaignUnits.load(c.id)).map((u) => u.unitCode),
  criminalCases: (c, _, { loaders }) => loaders.campaignCases.load(c.id),
}
