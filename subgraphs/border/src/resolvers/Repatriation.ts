import { borderGate } from '../domain/borderGates.ts'
import type { RepatriationResolvers } from './types.ts'

export const Repatriation: RepatriationResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.repatriation.load(ref.id),
  gate: (r) => borderGate(r.gateCode)!,
  persons: async (r, _, { loaders }) => (await loaders.personsOfRepatriation.load(r.id)).map((p) => ({ personRef: p.personRef })),
  cooperations: (r, _, { loaders }) => loaders.cooperationsOfRepatriation.load(r.id),
}
