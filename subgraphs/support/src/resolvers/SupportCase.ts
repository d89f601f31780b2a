import type { SupportCaseResolvers, SupportServiceType } from './types.ts'

export const SupportCase: SupportCaseResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.supportCase.load(ref.id),
  person: (s) => ({ personRef: s.personRef }),
  screening: (s) => (s.screeningResult && s.screenedAt ? { result: s.screeningResult, screenedAt: s.screenedAt } : null),
  needsAssessment: (s) => (s.needsAssessedAt ? { needs: s.needs.split(',').filter(Boolean) as SupportServiceType[], assessedAt: s.needsAssessedAt } : null),
  services: (s, _, { loaders }) => loaders.servicesOfCase.load(s.id),
  referrals: (s, _, { loaders }) => loaders.referralsOfCase.load(s.id),
  followUps: (s, _, { loaders }) => loaders.followUpsOfCase.load(s.id),
  reintegrationOutcome: async (s, _, { loaders }) => (await loaders.followUpsOfCase.load(s.id)).at(-1)?.outcome ?? null,
}
