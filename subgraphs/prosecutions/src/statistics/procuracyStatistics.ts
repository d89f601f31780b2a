// The procuracy's figures for a statistics scope, counted in the database (count / groupBy).
// A file's unit is its commune (as named on the day of acceptance); events are dated in [start, end).
import type { StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { ARTICLE_LABELS, lines } from './breakdown.ts'
import { during, fileInScope, procuracyOpenAt } from './kpiCounts.ts'

type Decision = 'RETURNED_FOR_INVESTIGATION' | 'SUSPENDED' | 'DROPPED'

/** Files accepted (first acceptance) in the period. */
export const filesAccepted = (db: Db, s: StatisticsScope) => db.procuracyFile.count({ where: { ...fileInScope(s), acceptedAt: during(s) } })

/** Files with an indictment dated in the period. */
export const filesIndicted = (db: Db, s: StatisticsScope) =>
  db.procuracyFile.count({ where: { ...fileInScope(s), indictments: { some: { indictedAt: during(s) } } } })

/** Files with a decision of that kind dated in the period (a file counts once). */
export const filesWithDecision = (db: Db, s: StatisticsScope, toStatus: Decision) =>
  db.procuracyFile.count({ where: { ...fileInScope(s), changes: { some: { toStatus, at: during(s) } } } })

/** Files pending (ACCEPTED) at the period's end. */
export const pendingAtEnd = (db: Db, s: StatisticsScope) => procuracyOpenAt(db, fileInScope(s), s.period.end)

const indictedWhere = (s: StatisticsScope, article?: number) => ({
  file: fileInScope(s), charges: { some: { ...(article ? { article } : {}), indictment: { indictedAt: during(s) } } },
})

/** Distinct persons charged in an indictment dated in the period (grouped in the database). */
export async function defendantsIndicted(db: Db, s: StatisticsScope): Promise<number> {
  return (await db.defendant.groupBy({ by: ['personRef'], where: indictedWhere(s) })).length
}

/** Distinct persons charged under each article (a person charged under both counts in each). */
export async function defendantsIndictedByArticle(db: Db, s: StatisticsScope) {
  const counts = await Promise.all(([150, 151] as const).map(async (a) => [String(a), (await db.defendant.groupBy({ by: ['personRef'], where: indictedWhere(s, a) })).length] as const))
  return lines(ARTICLE_LABELS, new Map(counts))
}
