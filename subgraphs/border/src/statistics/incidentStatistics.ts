// Border incidents of a statistics scope: the arms of the Border Guard's statistics statement
// (borderStatistics.ts) and the fields of BorderIncidentStatistics read from its answer.
import { count, countBy, countDistinct, countDistinctBy, enumLines, inPeriod, inUnit, occurringLines, persons, sql, unitLines } from '@lienthong/kit'
import type { Figures, StatisticsScope } from '@lienthong/kit'
import { countryName } from '@lienthong/schema'
import { labelsVi } from '../domain/labels.ts'

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
  countDistinct(
    'incidentPersonsHandedToSupport',
    sql`ip."personRef"`,
    unitIncidentPersons,
    sql`${inPeriod(sql`ip."handedToSupportAt"`, s)} AND ${inUnit(sql`i."unitCode"`, s)}`,
  ),
]

const countryVi = (code: string) => countryName(code, 'vi')

/** The fields of `BorderIncidentStatistics` (definitions: their SDL descriptions, statistics.graphql). */
export const incidentFields = {
  total: (f: Figures) => f.count('incidentTotal'),
  byIncidentType: (f: Figures) => enumLines(labelsVi('IncidentType'), f.groups('incidentsByType')),
  byPlaceType: (f: Figures) => enumLines(labelsVi('PlaceType'), f.groups('incidentsByPlaceType')),
  byOtherCountry: (f: Figures) => occurringLines(f.groups('incidentsByOtherCountry'), countryVi),
  byUnit: (f: Figures) => unitLines(f.groups('incidentsByUnit')),
  /** Distinct persons per role (a person involved in several incidents of the scope counts once per role). */
  personsByRole: persons((f) => enumLines(labelsVi('InvolvementRole'), f.groups('incidentPersonsByRole'))),
  handedToPolice: (f: Figures) => f.count('incidentsHandedToPolice'),
  personsHandedToSupport: persons((f) => f.count('incidentPersonsHandedToSupport')),
}
