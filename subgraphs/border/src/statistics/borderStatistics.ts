// The Border Guard's statistics sections (kit defineSection). `border`: the figures of a scope
// (incidents, repatriations, cooperation) as ONE SQL statement, the scope's records as CTEs and
// every figure an arm, counted once per request and scope; each field of the three GraphQL types
// reads its figure from the answer. `borderPersonRefs`: the persons the Border Guard saw as
// (presumed) victims, for the police's cross-agency count (borderPersons.ts).
import { defineSection } from '@lienthong/kit'
import { cooperationArms, cooperationFields, scopeCooperations } from './cooperationStatistics.ts'
import { incidentArms, incidentFields, scopeIncidents } from './incidentStatistics.ts'
import { repatriationArms, repatriationFields, scopeRepatriations } from './repatriationStatistics.ts'
import { borderPersonsSection } from './borderPersons.ts'

export const borderSection = defineSection({
  name: 'border',
  records: (s) => [scopeIncidents(s), scopeRepatriations(s), scopeCooperations(s)],
  arms: (s) => [...incidentArms(s), ...repatriationArms(s), ...cooperationArms(s)],
  types: {
    BorderIncidentStatistics: incidentFields,
    RepatriationStatistics: repatriationFields,
    CooperationStatistics: cooperationFields,
  },
})

/** Every section of this subgraph (their definitions are checked against the SDL in the tests). */
export const SECTIONS = [borderSection, borderPersonsSection] as const
