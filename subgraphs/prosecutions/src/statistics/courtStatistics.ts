// The court's figures for a statistics scope, counted in the database (count / groupBy).
// A court file's unit is its procuracy file's commune; events are dated in [start, end).
import type { StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { APPEAL_OUTCOME_LABELS, ARTICLE_LABELS, countsOf, lines, SENTENCE_BANDS, TRIAL_KIND_LABELS } from './breakdown.ts'
import { courtOpenAt, during, fileInScope } from './kpiCounts.ts'

const courtInScope = (s: StatisticsScope) => ({ indictment: { file: fileInScope(s) } })
const verdictInScope = (s: StatisticsScope) => ({ courtFile: courtInScope(s), decidedAt: during(s) })

export const filesAccepted = (db: Db, s: StatisticsScope) => db.courtFile.count({ where: { ...courtInScope(s), acceptedAt: during(s) } })
export const filesTried = (db: Db, s: StatisticsScope) => db.courtFile.count({ where: { ...courtInScope(s), triedAt: during(s) } })
export async function triedByKind(db: Db, s: StatisticsScope) {
  const rows = await db.courtFile.groupBy({ by: ['trialKind'], where: { ...courtInScope(s), triedAt: during(s) }, _count: { _all: true } })
  return lines(TRIAL_KIND_LABELS, countsOf(rows, 'trialKind'))
}
/** Court files with a decision of that kind dated in the period. */
export const filesWithDecision = (db: Db, s: StatisticsScope, toStatus: 'RETURNED_TO_PROCURACY' | 'SUSPENDED') =>
  db.courtFile.count({ where: { ...courtInScope(s), changes: { some: { toStatus, at: during(s) } } } })
/** Court files pending (ACCEPTED) at the period's end. */
export const pendingAtEnd = (db: Db, s: StatisticsScope) => courtOpenAt(db, courtInScope(s), s.period.end)

/** Distinct persons with a first-instance verdict of that outcome dated in the period. */
export async function defendantsWith(db: Db, s: StatisticsScope, outcome: 'CONVICTED' | 'ACQUITTED', article?: number): Promise<number> {
  const rows = await db.defendant.groupBy({ by: ['personRef'], where: { verdicts: { some: { ...verdictInScope(s), outcome, ...(article ? { article } : {}) } } } })
  return rows.length
}
export async function convictedByArticle(db: Db, s: StatisticsScope) {
  const counts = await Promise.all(([150, 151] as const).map(async (a) => [String(a), await defendantsWith(db, s, 'CONVICTED', a)] as const))
  return lines(ARTICLE_LABELS, new Map(counts))
}
/** Convictions (verdicts) dated in the period by sentence band. */
export async function convictionsBySentence(db: Db, s: StatisticsScope) {
  const counts = await Promise.all(SENTENCE_BANDS.map(async ([key, , where]) => [key, await db.verdict.count({ where: { ...verdictInScope(s), outcome: 'CONVICTED', ...where } })] as const))
  return lines(Object.fromEntries(SENTENCE_BANDS.map(([k, label]) => [k, label])) as Record<string, string>, new Map(counts))
}

const appealInScope = (s: StatisticsScope) => ({ verdict: { courtFile: courtInScope(s) } })
export const appealsFiled = (db: Db, s: StatisticsScope) => db.appeal.count({ where: { ...appealInScope(s), filedAt: during(s) } })
export async function appealsDecidedByOutcome(db: Db, s: StatisticsScope) {
  const rows = await db.appeal.groupBy({ by: ['status'], where: { ...appealInScope(s), decidedAt: during(s) }, _count: { _all: true } })
  return lines(APPEAL_OUTCOME_LABELS, countsOf(rows, 'status'))
}
export const appealsDecided = (db: Db, s: StatisticsScope) => db.appeal.count({ where: { ...appealInScope(s), decidedAt: during(s) } })
