import type { CriminalCaseResolvers } from './types.ts'

export const CriminalCase: CriminalCaseResolvers = {
  // The police own the case; this subgraph only needs its key to attach its own records.
  __resolveReference: (ref) => ({ id: ref.id }),
  procuracyFile: (c, _, { loaders }) => loaders.procuracyFileByCase.load(c.id),
}
