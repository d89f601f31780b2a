// What the other agencies' subgraphs hand the police's statistics through @requires on
// ProvincialStatistics (absent when the entity is asked of this subgraph directly: then none), and
// person counts that add those lists of references to the police's own figures.
import { personCount, recordValueSum, type Figures, type PersonCount, type StatisticsScope } from '@lienthong/kit'
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

/** How a list of references counts: its distinct references, or (for record keys) the sum of their record values. */
export type RefCount = (refs: readonly string[] | undefined) => number
const distinctRefs: RefCount = (refs) => new Set(refs ?? []).size
const refRecordKeys: RefCount = (refs) => recordValueSum(refs ?? [])

type Counted = number | readonly { key: string; labelVi: string; count: number }[]

/**
 * A person count that adds the other agencies' references to the section's figures: `read` runs
 * once on the counts with the lists' sizes, once on the record keys with the lists' record values
 * (the kit's `persons(read)` cannot tell `read` which of the two it is given).
 */
export const personsWithRefs =
  <T extends Counted>(read: (f: Figures, s: Scoped, refs: RefCount) => T) =>
  (f: Figures, s: StatisticsScope): PersonCount<T> =>
    personCount(read(f, scoped(s), distinctRefs), read(f.recordKeys(), scoped(s), refRecordKeys))
