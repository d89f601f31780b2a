// Cross-border cooperation requests of a statistics scope, counted in the database.
import type { StatisticsScope } from '@lienthong/kit'
import { adminUnits } from '@lienthong/schema'
import type { Db } from '../db.ts'
import { BORDER_LABELS_VI as L, countsBy, enumLines } from './labels.ts'

/**
 * Requests sent or received in the period. A request has no unit of its own: it counts in the
 * unit of the incident or repatriation it is about; one about neither counts for the province only.
 */
export function cooperationsIn(s: StatisticsScope) {
  const inUnit = { unitCode: { in: s.communes } }
  const province = s.unitCode === adminUnits().province().code
  return {
    requestedAt: { gte: s.period.start, lt: s.period.end },
    OR: [{ incident: inUnit }, { repatriation: inUnit }, ...(province ? [{ incidentId: null, repatriationId: null }] : [])],
  }
}

export const cooperationTotal = (db: Db, s: StatisticsScope) => db.crossBorderCooperation.count({ where: cooperationsIn(s) })

const LABELS = { direction: L.CooperationDirection, counterpart: L.CooperationCounterpart } as const

export async function cooperationsBy(db: Db, s: StatisticsScope, by: keyof typeof LABELS) {
  const rows = await db.crossBorderCooperation.groupBy({ by: [by], where: cooperationsIn(s), _count: { _all: true } })
  return enumLines(LABELS[by], countsBy(rows, by))
}

/**
 * Requests by the status they held at the period's end, from their status history: the one
 * history row that began before the end and had not ended by it (one grouped query).
 */
export async function cooperationsByStatusAtPeriodEnd(db: Db, s: StatisticsScope) {
  const end = s.period.end
  const rows = await db.cooperationStatusChange.groupBy({
    by: ['status'], _count: { _all: true },
    where: { at: { lt: end }, OR: [{ endedAt: null }, { endedAt: { gte: end } }], cooperation: cooperationsIn(s) },
  })
  return enumLines(L.CooperationStatus, countsBy(rows, 'status'))
}
