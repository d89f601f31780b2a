// Repatriations of a statistics scope, counted in the database (count / groupBy).
import type { StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { BORDER_GATES } from '../domain/borderGates.ts'
import { BORDER_LABELS_VI as L, countryLabel, countsBy, enumLines, occurringLines } from './labels.ts'

/** Repatriations received in the period at a gate whose commune (valid that day) is in the unit. */
export const repatriationsIn = (s: StatisticsScope) => ({ receivedAt: { gte: s.period.start, lt: s.period.end }, unitCode: { in: s.communes } })

export const repatriationTotal = (db: Db, s: StatisticsScope) => db.repatriation.count({ where: repatriationsIn(s) })

export async function repatriationsBy(db: Db, s: StatisticsScope, by: 'fromCountry' | 'gateCode') {
  const counts = countsBy(await db.repatriation.groupBy({ by: [by], where: repatriationsIn(s), _count: { _all: true } }), by)
  if (by === 'fromCountry') return occurringLines(counts, countryLabel)
  return BORDER_GATES.map((g) => ({ key: g.code, labelVi: g.name, count: counts.get(g.code) ?? 0 }))
}

/** Distinct persons received (GROUP BY personRef in the database: one row per person). */
export async function personsReceived(db: Db, s: StatisticsScope) {
  return (await db.repatriationPerson.groupBy({ by: ['personRef'], where: { repatriation: repatriationsIn(s) } })).length
}

/**
 * Verification status at the period's end. The machine is linear (PENDING → IN_PROGRESS →
 * VERIFIED | NOT_CONFIRMED), so the status at an instant follows from when verification started
 * and ended: concluded before the end → its final status; started before the end → IN_PROGRESS;
 * otherwise PENDING.
 */
export async function byStatusAtPeriodEnd(db: Db, s: StatisticsScope) {
  const end = s.period.end
  const base = repatriationsIn(s)
  const [concluded, inProgress, pending] = await Promise.all([
    db.repatriation.groupBy({ by: ['status'], where: { ...base, verificationEndedAt: { lt: end } }, _count: { _all: true } }),
    db.repatriation.count({ where: { ...base, verificationStartedAt: { lt: end }, OR: [{ verificationEndedAt: null }, { verificationEndedAt: { gte: end } }] } }),
    db.repatriation.count({ where: { ...base, OR: [{ verificationStartedAt: null }, { verificationStartedAt: { gte: end } }] } }),
  ])
  const counts = countsBy(concluded, 'status')
  counts.set('IN_PROGRESS', inProgress)
  counts.set('PENDING', pending)
  return enumLines(L.RepatriationStatus, counts)
}

/** Received in the period with the embassy reference recorded before the period's end. */
export const withEmbassyReference = (db: Db, s: StatisticsScope) =>
  db.repatriation.count({ where: { ...repatriationsIn(s), embassyRefAt: { lt: s.period.end } } })
