// The procuracy's figures for a statistics scope, counted in the database as ONE statement
// (countFigures, memoised per scope). A file's unit is its commune (as named on the day of
// acceptance); events are dated in [start, end).
import { count, countDistinct, countDistinctBy, countFigures, enumLines, inPeriod, onceForScope, personsOf, sql, type StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { ARTICLE_LABELS } from './breakdown.ts'
import { filesIndictedDuring, openAt, openAtArms, PROCURACY, unitFiles } from './kpiCounts.ts'

type Decision = 'RETURNED_FOR_INVESTIGATION' | 'SUSPENDED' | 'DROPPED'

/** Defendants `d` of the unit's files with a charge `ch` in an indictment `i` dated in the period. */
const indictedDefendants = (s: StatisticsScope) => ({
  from: sql`"Defendant" d JOIN "unitFile" u ON u."id" = d."fileId" JOIN "Charge" ch ON ch."defendantId" = d."id" JOIN "Indictment" i ON i."id" = ch."indictmentId"`,
  where: inPeriod(sql`i."indictedAt"`, s),
})

const section = (db: Db, s: StatisticsScope) => onceForScope(s, 'prosecutions.procuracy', () => {
  const charged = indictedDefendants(s)
  return countFigures(db, [
    // Files accepted (first acceptance) in the period.
    count('filesAccepted', sql`"ProcuracyFile" f JOIN "unitFile" u ON u."id" = f."id"`, inPeriod(sql`f."acceptedAt"`, s)),
    // Files with an indictment dated in the period.
    count('filesIndicted', sql`"unitFile" u`, filesIndictedDuring(s)),
    // Files with a decision of each kind dated in the period (a file counts once per kind).
    countDistinctBy('filesWithDecision', sql`c."toStatus"`, sql`c."fileId"`, sql`"ProcuracyStatusChange" c JOIN "unitFile" u ON u."id" = c."fileId"`,
      sql`c."toStatus" IN ('RETURNED_FOR_INVESTIGATION', 'SUSPENDED', 'DROPPED') AND ${inPeriod(sql`c."at"`, s)}`),
    // Files pending (ACCEPTED) at the period's end.
    ...openAtArms('pendingAtEnd', PROCURACY, s.period.end),
    // Distinct persons charged in an indictment dated in the period.
    countDistinct('defendantsIndicted', sql`d."personRef"`, charged.from, charged.where),
    // Distinct persons charged under each article (a person charged under both counts in each).
    countDistinctBy('defendantsIndictedByArticle', sql`ch."article"`, sql`d."personRef"`, charged.from, sql`${charged.where} AND ch."article" IN (150, 151)`),
  ], unitFiles(s))
})

export const filesAccepted = async (db: Db, s: StatisticsScope) => (await section(db, s)).count('filesAccepted')
export const filesIndicted = async (db: Db, s: StatisticsScope) => (await section(db, s)).count('filesIndicted')
export const filesWithDecision = async (db: Db, s: StatisticsScope, toStatus: Decision) => (await section(db, s)).groups('filesWithDecision').get(toStatus) ?? 0
export const pendingAtEnd = async (db: Db, s: StatisticsScope) => openAt(await section(db, s), 'pendingAtEnd')
// person counts (`@personCount`): with their record keys, for the publication (kit statistics/publish.ts)
export const defendantsIndicted = async (db: Db, s: StatisticsScope) => personsOf(await section(db, s), (f) => f.count('defendantsIndicted'))
export const defendantsIndictedByArticle = async (db: Db, s: StatisticsScope) =>
  personsOf(await section(db, s), (f) => enumLines(ARTICLE_LABELS, f.groups('defendantsIndictedByArticle')))
