// The persons Social Affairs received in a statistics scope: the union of references that the
// police subgraph de-duplicates across agencies (NET-6 contract).
import type { StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'

/** Support cases received in the period (reception time) in a commune of the unit. */
export const casesReceivedIn = (s: StatisticsScope) => ({ receivedAt: { gte: s.period.start, lt: s.period.end }, unitCode: { in: s.communes } })

/**
 * Distinct person references of support cases received in the period and unit, except the cases
 * whose screening result on record is NOT_VICTIM (unscreened and UNCLEAR cases count). One grouped
 * query (DISTINCT in the database), sorted for a stable answer.
 */
export async function supportPersonRefs(db: Db, s: StatisticsScope): Promise<string[]> {
  const rows = await db.supportCase.groupBy({
    by: ['personRef'],
    where: { ...casesReceivedIn(s), OR: [{ screeningResult: null }, { screeningResult: { not: 'NOT_VICTIM' } }] },
    orderBy: { personRef: 'asc' },
  })
  return rows.map((r) => r.personRef)
}
