import { loadPresent } from '@lienthong/kit'
import type { PersonResolvers } from './types.ts'

export const Person: PersonResolvers = {
  // The police own Person; this subgraph attaches its incidents and repatriations by the reference.
  __resolveReference: (ref) => ({ personRef: ref.personRef }),
  borderIncidents: async (p, _, { loaders }) =>
    loadPresent(
      loaders.borderIncident,
      (await loaders.involvementsOfPerson.load(p.personRef)).map((i) => i.incidentId),
    ),
  repatriations: async (p, _, { loaders }) =>
    loadPresent(
      loaders.repatriation,
      (await loaders.repatriationsOfPerson.load(p.personRef)).map((r) => r.repatriationId),
    ),
}
