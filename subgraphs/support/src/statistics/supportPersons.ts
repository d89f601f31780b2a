// The persons Social Affairs received in a statistics scope: the union of references that the
// police subgraph de-duplicates across agencies (NET-6 contract). An arm of the support section.
import { countDistinctBy, inPeriod, inUnit, sql, type Figures, type StatisticsScope } from '@lienthong/kit'

/** Support cases received in the period (reception time) in a commune of the unit (`c` is the case). */
export const receivedIn = (s: StatisticsScope) => sql`${inPeriod(sql`c."receivedAt"`, s)} AND ${inUnit(sql`c."unitCode"`, s)}`

/** The screening result on record is not NOT_VICTIM: unscreened (NULL) and UNCLEAR cases count. */
export const notScreenedOut = sql`(c."screeningResult" IS NULL OR c."screeningResult" <> 'NOT_VICTIM')`

/**
 * Distinct person references of support cases received in the period and unit, except the cases
 * whose screening result on record is NOT_VICTIM (unscreened and UNCLEAR cases count): one key
 * per distinct reference, sorted for a stable answer.
 */
export const supportPersonArms = (s: StatisticsScope) => [
  countDistinctBy('supportPersonRefs', sql`c."personRef"`, sql`c."personRef"`, sql`"SupportCase" c`, sql`${receivedIn(s)} AND ${notScreenedOut}`),
]

export const supportPersonRefs = (f: Figures): string[] => [...f.groups('supportPersonRefs').keys()].sort()
