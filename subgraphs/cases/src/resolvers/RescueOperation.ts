import { personByRef } from './Person.ts'
import type { RescueOperationResolvers } from './types.ts'

export const RescueOperation: RescueOperationResolvers = {
  criminalCase: (r, _, { loaders }) => (r.caseId ? loaders.criminalCase.load(r.caseId) : null),
  peakCampaign: (r, _, { loaders }) => (r.peakCampaignId ? loaders.peakCampaign.load(r.peakCampaignId) : null),
  victims: async (r, _, ctx) => Promise.all((await ctx.loaders.rescuedVictims.load(r.id)).map((v) => personByRef(v.personRef, ctx))),
}
