// Cross-border cooperation requests of a statistics scope: the arms of the Border Guard's
// statistics statement (borderStatistics.ts) and the fields of CooperationStatistics read from its answer.
import { count, countBy, empty, enumLines, inPeriod, inUnit, sql, type Figures, type StatisticsScope } from '@lienthong/kit'
import { adminUnits } from '@lienthong/schema'
import { labelsVi } from '../domain/labels.ts'

/**
 * Requests sent or received in the period (the CTE "ScopeCooperation"). A request has no unit of
 * its own: it counts in the unit of the incident or repatriation it is about; one about neither
 * counts for the province only.
 */
export function scopeCooperations(s: StatisticsScope) {
  const province = s.unitCode === adminUnits().province().code
  const aboutNeither = province ? sql` OR (c."incidentId" IS NULL AND c."repatriationId" IS NULL)` : empty
  return sql`"ScopeCooperation" AS MATERIALIZED (SELECT c.* FROM "CrossBorderCooperation" c WHERE ${inPeriod(sql`c."requestedAt"`, s)}
    AND (EXISTS (SELECT 1 FROM "BorderIncident" i WHERE i."id" = c."incidentId" AND ${inUnit(sql`i."unitCode"`, s)})
      OR EXISTS (SELECT 1 FROM "Repatriation" r WHERE r."id" = c."repatriationId" AND ${inUnit(sql`r."unitCode"`, s)})${aboutNeither}))`
}

const cooperations = sql`"ScopeCooperation" c`

export const cooperationArms = (s: StatisticsScope) => [
  count('cooperationTotal', cooperations),
  countBy('cooperationsByDirection', sql`c."direction"`, cooperations),
  countBy('cooperationsByCounterpart', sql`c."counterpart"`, cooperations),
  // Requests by the status they held at the period's end, from their status history: the one
  // history row that began before the end and had not ended by it.
  countBy(
    'cooperationsByStatusAtEnd',
    sql`h."status"`,
    sql`"CooperationStatusChange" h JOIN "ScopeCooperation" c ON c."id" = h."cooperationId"`,
    sql`h."at" < ${s.period.end} AND (h."endedAt" IS NULL OR h."endedAt" >= ${s.period.end})`,
  ),
]

/** The fields of `CooperationStatistics` (definitions: their SDL descriptions, statistics.graphql). */
export const cooperationFields = {
  total: (f: Figures) => f.count('cooperationTotal'),
  byDirection: (f: Figures) => enumLines(labelsVi('CooperationDirection'), f.groups('cooperationsByDirection')),
  byCounterpart: (f: Figures) => enumLines(labelsVi('CooperationCounterpart'), f.groups('cooperationsByCounterpart')),
  byStatusAtPeriodEnd: (f: Figures) => enumLines(labelsVi('CooperationStatus'), f.groups('cooperationsByStatusAtEnd')),
}
