import type { PersonResolvers } from './types.ts'

export const Person: PersonResolvers = {
  // The police own Person; this subgraph attaches its support cases by the reference.
  __resolveReference: (ref) => ({ personRef: ref.personRef }),
  supportCases: (p, _, { loaders }) => loaders.supportCasesOfPerson.load(p.personRef),
  // read by the police (through @requires) to grant a receiving agency the personal fields
  personalDataSharedWith: (p, _, { loaders }) => loaders.personalDataGrantees.load(p.personRef),
}
