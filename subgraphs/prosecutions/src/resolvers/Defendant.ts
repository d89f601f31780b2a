import type { ChargeResolvers, DefendantResolvers } from './types.ts'

export const Defendant: DefendantResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.defendant.load(ref.id),
  // The person belongs to the police subgraph: only the reference crosses the boundary.
  person: (d) => ({ personRef: d.personRef }),
  procuracyFile: async (d, _, { loaders }) => (await loaders.procuracyFile.load(d.fileId))!,
  charges: (d, _, { loaders }) => loaders.chargesByDefendant.load(d.id),
  verdicts: (d, _, { loaders }) => loaders.verdictsByDefendant.load(d.id),
}

export const Charge: ChargeResolvers = {
  defendant: async (c, _, { loaders }) => (await loaders.defendant.load(c.defendantId))!,
}
