import type { SupportServiceResolvers } from './types.ts'

export const SupportService: SupportServiceResolvers = {
  supportCase: async (s, _, { loaders }) => (await loaders.supportCase.load(s.supportCaseId))!,
  provider: (s) => ({ name: s.providerName, type: s.providerType }),
}
