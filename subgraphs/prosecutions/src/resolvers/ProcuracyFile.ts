import type { ProcuracyFileResolvers, ProcuracyStatusChangeResolvers } from './types.ts'

export const ProcuracyFile: ProcuracyFileResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.procuracyFile.load(ref.id),
  criminalCase: (f) => ({ id: f.caseId }),
  defendants: (f, _, { loaders }) => loaders.defendantsByFile.load(f.id),
  indictment: async (f, _, { loaders }) => (await loaders.indictmentsByFile.load(f.id)).at(-1) ?? null,
  indictments: (f, _, { loaders }) => loaders.indictmentsByFile.load(f.id),
  statusHistory: (f, _, { loaders }) => loaders.procuracyChangesByFile.load(f.id),
}

export const ProcuracyStatusChange: ProcuracyStatusChangeResolvers = {
  decisionRef: (c) => c.decisionRef,
}
