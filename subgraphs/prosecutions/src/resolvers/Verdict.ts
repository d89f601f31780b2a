import type { AppealResolvers, VerdictResolvers } from './types.ts'

export const Verdict: VerdictResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.verdict.load(ref.id),
  courtFile: async (v, _, { loaders }) => (await loaders.courtFile.load(v.courtFileId))!,
  defendant: async (v, _, { loaders }) => (await loaders.defendant.load(v.defendantId))!,
  appeals: (v, _, { loaders }) => loaders.appealsByVerdict.load(v.id),
}

export const Appeal: AppealResolvers = {
  verdict: async (a, _, { loaders }) => (await loaders.verdict.load(a.verdictId))!,
}
