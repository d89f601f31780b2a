import type { PersonResolvers } from './types.ts'

export const Person: PersonResolvers = {
  // The police own Person; this subgraph attaches its support cases by the reference.
  __resolveReference: (ref) => ({ personRef: ref.personRef }),
  supportCases: (p, _, { loaders }) => loaders.supportCasesOfPerson.load(p.personRef),
  // read by the police (through @requires), who decide whether to honour each grant
  personalDataGrants: (p, _, { loaders }) => loaders.personalDataGrants.load(p.personRef),
}
