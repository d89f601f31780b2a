// The persons the Border Guard saw as (presumed) victims in a statistics scope: the union of
// references that the police subgraph de-duplicates across agencies (NET-6 contract).
import { defineSection, distinctValues, inPeriod, inUnit, sql, type Figures } from '@lienthong/kit'

/**
 * Distinct person references of PRESUMED_VICTIM involvements in incidents that occurred in the
 * period and unit, plus persons received in repatriations received in the period and unit.
 * One statement (two arms of distinct references), sorted for a stable answer.
 */
export const borderPersonsSection = defineSection({
  name: 'borderPersonRefs',
  records: () => [],
  arms: (s) => [
    distinctValues(
      'borderPersonRefs',
      sql`ip."personRef"`,
      sql`"IncidentPerson" ip JOIN "BorderIncident" i ON i."id" = ip."incidentId"`,
      sql`ip."role" = 'PRESUMED_VICTIM' AND ${inPeriod(sql`i."occurredAt"`, s)} AND ${inUnit(sql`i."unitCode"`, s)}`,
    ),
    distinctValues(
      'borderPersonRefs',
      sql`rp."personRef"`,
      sql`"RepatriationPerson" rp JOIN "Repatriation" r ON r."id" = rp."repatriationId"`,
      sql`${inPeriod(sql`r."receivedAt"`, s)} AND ${inUnit(sql`r."unitCode"`, s)}`,
    ),
  ],
  types: { ProvincialStatistics: { borderPersonRefs: (f: Figures) => f.values('borderPersonRefs') } },
})
