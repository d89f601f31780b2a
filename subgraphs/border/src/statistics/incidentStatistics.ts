// Border incidents of a statistics scope, counted in the database (count / groupBy).
import type { StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { BORDER_LABELS_VI as L, countryLabel, countsBy, enumLines, occurringLines, unitLabel } from './labels.ts'

const within = (s: StatisticsScope) => ({ gte: s.period.start, lt: s.period.end })
/** Incidents that occurred in the period in a commune of the unit. */
export const incidentsIn = (s: StatisticsScope) => ({ occurredAt: within(s), unitCode: { in: s.communes } })

export const incidentTotal = (db: Db, s: StatisticsScope) => db.borderIncident.count({ where: incidentsIn(s) })

export async function incidentsBy(db: Db, s: StatisticsScope, by: 'incidentType' | 'placeType' | 'otherCountry' | 'unitCode') {
  const rows = await db.borderIncident.groupBy({ by: [by], where: incidentsIn(s), _count: { _all: true } })
  const counts = countsBy(rows, by)
  if (by === 'incidentType') return enumLines(L.IncidentType, counts)
  if (by === 'placeType') return enumLines(L.PlaceType, counts)
  return occurringLines(counts, by === 'otherCountry' ? countryLabel : unitLabel)
}

/**
 * Distinct persons by role among the incidents of the scope: GROUP BY (role, personRef) runs in
 * the database, so the answer has one row per distinct person and role (no incident rows).
 */
export async function personsByRole(db: Db, s: StatisticsScope) {
  const rows = await db.incidentPerson.groupBy({ by: ['role', 'personRef'], where: { incident: incidentsIn(s) } })
  const counts = new Map<string, number>()
  for (const r of rows) counts.set(r.role, (counts.get(r.role) ?? 0) + 1)
  return enumLines(L.InvolvementRole, counts)
}

/** Incidents of the unit (whatever their date of occurrence) handed to the police during the period. */
export const handedToPolice = (db: Db, s: StatisticsScope) =>
  db.borderIncident.count({ where: { unitCode: { in: s.communes }, handedOverAt: within(s) } })

/** Distinct persons of the unit's incidents handed to Social Affairs during the period. */
export async function personsHandedToSupport(db: Db, s: StatisticsScope) {
  const rows = await db.incidentPerson.groupBy({ by: ['personRef'], where: { handedToSupportAt: within(s), incident: { unitCode: { in: s.communes } } } })
  return rows.length
}
