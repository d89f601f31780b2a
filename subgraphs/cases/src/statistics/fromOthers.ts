// What the other agencies' subgraphs hand the police's statistics through @requires on
// ProvincialStatistics (absent when the entity is asked of this subgraph directly: then none), and
// the kit's person counts add those lists of references to the police's own figures (RefCount).
import type { StatisticsScope } from '@lienthong/kit'
import type { KpiCounts } from './kpiCounts.ts'

export interface FromOthers {
  prosecutionKpiCounts?: KpiCounts[]
  indictedPersonRefs?: string[]
  convictedPersonRefs?: string[]
  casesIndicted?: number
  casesTried?: number
}
/** The scope with the other agencies' data (the parent of every ProvincialStatistics field is the whole representation). */
export type Scoped = StatisticsScope & FromOthers
export const scoped = (s: StatisticsScope): Scoped => s
