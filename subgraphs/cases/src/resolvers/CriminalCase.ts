import { personByRef } from './Person.ts'
import { inVocabularyOrder } from '../domain/forms.ts'
import type { CriminalCaseResolvers } from './types.ts'

export const CriminalCase: CriminalCaseResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.criminalCase.load(ref.id),
  forms: async (c, _, { loaders }) => inVocabularyOrder((await loaders.caseForms.load(c.id)).map((f) => f.form)),
  victims: async (c, _, ctx) => Promise.all((await ctx.loaders.caseVictims.load(c.id)).map((l) => personByRef(l.personRef, ctx))),
  suspects: (c, _, { loaders }) => loaders.caseSuspects.load(c.id),
  reports: (c, _, { loaders }) => loaders.caseReports.load(c.id),
  rescueOperations: (c, _, { loaders }) => loaders.caseRescues.load(c.id),
  statusHistory: (c, _, { loaders }) => loaders.caseHistory.load(c.id),
  peakCampaign: (c, _, { loaders }) => (c.peakCampaignId ? loaders.peakCampaign.load(c.peakCampaignId) : null),
}
