// The persons the Border Guard saw as (presumed) victims in a statistics scope: the union of
// references that the police subgraph de-duplicates across agencies (NET-6 contract).
import type { StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'

/**
 * Distinct person references of PRESUMED_VICTIM involvements in incidents that occurred in the
 * period and unit, plus persons received in repatriations received in the period and unit.
 * Two grouped queries (DISTINCT in the database), sorted for a stable answer.
 */
export async function borderPersonRefs(db: Db, s: StatisticsScope): Promise<string[]> {
  const inPeriod = { gte: s.period.start, lt: s.period.end }
  const [victims, received] = await Promise.all([
    db.incidentPerson.groupBy({ by: ['personRef'], where: { role: 'PRESUMED_VICTIM', incident: { occurredAt: inPeriod, unitCode: { in: s.communes } } } }),
    db.repatriationPerson.groupBy({ by: ['personRef'], where: { repatriation: { receivedAt: inPeriod, unitCode: { in: s.communes } } } }),
  ])
  return [...new Set([...victims, ...received].map((r) => r.personRef))].sort()
}
