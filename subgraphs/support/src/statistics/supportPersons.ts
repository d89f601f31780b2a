// The persons Social Affairs received in a statistics scope: the union of references that the
// police subgraph de-duplicates across agencies (NET-6 contract). An arm of the support section.
import { distinctValues, inPeriod, recordsOfUnit, sql, type Figures, type Sql, type StatisticsScope } from '@lienthong/kit'

/**
 * The statement's tables of the unit's support cases (unit recorded at reception) and hotline
 * contacts, read once per statement rather than re-filtered by the scope's units in every figure.
 */
export const unitRecords = (s: StatisticsScope): Sql[] => [recordsOfUnit('unitCase', 'SupportCase', s), recordsOfUnit('unitContact', 'HotlineContact', s)]
/** The unit's support cases (alias c). */
export const CASES = sql`"unitCase" c`

/** Support cases of the unit received in the period (reception time). */
export const receivedIn = (s: StatisticsScope) => inPeriod(sql`c."receivedAt"`, s)

/** The screening result on record is not NOT_VICTIM: unscreened (NULL) and UNCLEAR cases count. */
export const notScreenedOut = sql`(c."screeningResult" IS NULL OR c."screeningResult" <> 'NOT_VICTIM')`

/**
 * Distinct person references of support cases received in the period and unit, except the cases
 * whose screening result on record is NOT_VICTIM (unscreened and UNCLEAR cases count): one key
 * per distinct reference, sorted for a stable answer.
 */
export const supportPersonArms = (s: StatisticsScope) => [
  distinctValues('supportPersonRefs', sql`c."personRef"`, CASES, sql`${receivedIn(s)} AND ${notScreenedOut}`),
]

export const supportPersonRefs = (f: Figures): string[] => f.values('supportPersonRefs')
