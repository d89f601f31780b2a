// Border incidents of a statistics scope: the arms of the Border Guard's statistics statement
// (borderStatistics.ts) and the lines read from its answer.
import { count, countBy, countDistinct, countDistinctBy, enumLines, inPeriod, inUnit, occurringLines, sql, unitLines, type Figures, type StatisticsScope } from '@lienthong/kit'
import { BORDER_LABELS_VI as L, countryLabel } from './labels.ts'

/** Incidents that occurred in the period in a commune of the unit (the CTE "ScopeIncident"). */
export const scopeIncidents = (s: StatisticsScope) =>
  sql`"ScopeIncident" AS MATERIALIZED (SELECT * FROM "BorderIncident" WHERE ${inPeriod(sql`"occurredAt"`, s)} AND ${inUnit(sql`"unitCode"`, s)})`

const incidents = sql`"ScopeIncident" i`
const involvements = sql`"IncidentPerson" ip JOIN "ScopeIncident" i ON i."id" = ip."incidentId"`
const unitIncidentPersons = sql`"IncidentPerson" ip JOIN "BorderIncident" i ON i."id" = ip."incidentId"`

export const incidentArms = (s: StatisticsScope) => [
  count('incidentTotal', incidents),
  countBy('incidentsByType', sql`i."incidentType"`, incidents),
  countBy('incidentsByPlaceType', sql`i."placeType"`, incidents),
  countBy('incidentsByOtherCountry', sql`i."otherCountry"`, incidents),
  countBy('incidentsByUnit', sql`i."unitCode"`, incidents),
  // Distinct persons by role among the incidents of the scope.
  countDistinctBy('incidentPersonsByRole', sql`ip."role"`, sql`ip."personRef"`, involvements),
  // Incidents of the unit (whatever their date of occurrence) handed to the police during the period.
  count('incidentsHandedToPolice', sql`"BorderIncident" i`, sql`${inUnit(sql`i."unitCode"`, s)} AND ${inPeriod(sql`i."handedOverAt"`, s)}`),
  // Distinct persons of the unit's incidents (whatever their date) handed to Social Affairs during the period.
  countDistinct('incidentPersonsHandedToSupport', sql`ip."personRef"`, unitIncidentPersons,
    sql`${inPeriod(sql`ip."handedToSupportAt"`, s)} AND ${inUnit(sql`i."unitCode"`, s)}`),
]

export const incidentTotal = (f: Figures) => f.count('incidentTotal')
export const handedToPolice = (f: Figures) => f.count('incidentsHandedToPolice')
export const personsHandedToSupport = (f: Figures) => f.count('incidentPersonsHandedToSupport')
/** Distinct persons per role (a person involved in several incidents of the scope counts once per role). */
export const personsByRole = (f: Figures) => enumLines(L.InvolvementRole, f.groups('incidentPersonsByRole'))

export function incidentsBy(f: Figures, by: 'incidentType' | 'placeType' | 'otherCountry' | 'unitCode') {
  if (by === 'incidentType') return enumLines(L.IncidentType, f.groups('incidentsByType'))
  if (by === 'placeType') return enumLines(L.PlaceType, f.groups('incidentsByPlaceType'))
  if (by === 'otherCountry') return occurringLines(f.groups('incidentsByOtherCountry'), countryLabel)
  return unitLines(f.groups('incidentsByUnit'))
}
