import type { CrossBorderCooperationResolvers } from './types.ts'

export const CrossBorderCooperation: CrossBorderCooperationResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.cooperation.load(ref.id),
  incident: (c, _, { loaders }) => (c.incidentId ? loaders.borderIncident.load(c.incidentId) : null),
  repatriation: (c, _, { loaders }) => (c.repatriationId ? loaders.repatriation.load(c.repatriationId) : null),
}
