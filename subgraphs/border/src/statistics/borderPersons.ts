// The persons the Border Guard saw as (presumed) victims in a statistics scope: the union of
// references that the police subgraph de-duplicates across agencies (NET-6 contract).
import { countFigures, distinctValues, inPeriod, inUnit, onceForScope, sql, type StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'

/**
 * Distinct person references of PRESUMED_VICTIM involvements in incidents that occurred in the
 * period and unit, plus persons received in repatriations received in the period and unit.
 * One statement (two arms of distinct references), sorted for a stable answer.
 */
export function borderPersonRefs(db: Db, s: StatisticsScope): Promise<string[]> {
  return onceForScope(s, 'borderPersonRefs', async () => {
    const f = await countFigures(db, [
      distinctValues('borderPersonRefs', sql`ip."personRef"`, sql`"IncidentPerson" ip JOIN "BorderIncident" i ON i."id" = ip."incidentId"`,
        sql`ip."role" = 'PRESUMED_VICTIM' AND ${inPeriod(sql`i."occurredAt"`, s)} AND ${inUnit(sql`i."unitCode"`, s)}`),
      distinctValues('borderPersonRefs', sql`rp."personRef"`, sql`"RepatriationPerson" rp JOIN "Repatriation" r ON r."id" = rp."repatriationId"`,
        sql`${inPeriod(sql`r."receivedAt"`, s)} AND ${inUnit(sql`r."unitCode"`, s)}`),
    ])
    return f.values('borderPersonRefs')
  })
}
