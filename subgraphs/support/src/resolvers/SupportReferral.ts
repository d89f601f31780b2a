import type { SupportReferralResolvers } from './types.ts'

export const SupportReferral: SupportReferralResolvers = {
  supportCase: async (r, _, { loaders }) => (await loaders.supportCase.load(r.supportCaseId))!,
  from: (r) => ({ name: r.fromName, type: r.fromType }),
  to: (r) => ({ name: r.toName, type: r.toType }),
}
