// The procuracy's figures for a statistics scope (ProcuracyStatistics), counted in the database as
// ONE statement per scope. A file's unit is its commune (as named on the day of acceptance);
// events are dated in [start, end).
import { count, countDistinct, countDistinctBy, defineSection, enumLines, inPeriod, persons, sql, type Figures, type StatisticsScope } from '@lienthong/kit'
import { ARTICLE_LINES } from './breakdown.ts'
import { filesIndictedDuring, openAt, openAtArms, PROCURACY, unitFiles } from './fileScope.ts'

/** Defendants `d` of the unit's files with a charge `ch` in an indictment `i` dated in the period. */
const indictedDefendants = (s: StatisticsScope) => ({
  from: sql`"Defendant" d JOIN "unitFile" u ON u."id" = d."fileId" JOIN "Charge" ch ON ch."defendantId" = d."id" JOIN "Indictment" i ON i."id" = ch."indictmentId"`,
  where: inPeriod(sql`i."indictedAt"`, s),
})

/** Files with a decision of that kind dated in the period. */
const withDecision = (toStatus: 'RETURNED_FOR_INVESTIGATION' | 'SUSPENDED' | 'DROPPED') => (f: Figures) => f.groups('filesWithDecision').get(toStatus) ?? 0

export const procuracySection = defineSection({
  name: 'prosecutions.procuracy',
  records: unitFiles,
  arms: (s) => {
    const charged = indictedDefendants(s)
    return [
      // Files accepted (first acceptance) in the period.
      count('filesAccepted', sql`"ProcuracyFile" f JOIN "unitFile" u ON u."id" = f."id"`, inPeriod(sql`f."acceptedAt"`, s)),
      // Files with an indictment dated in the period.
      count('filesIndicted', sql`"unitFile" u`, filesIndictedDuring(s)),
      // Files with a decision of each kind dated in the period (a file counts once per kind).
      countDistinctBy(
        'filesWithDecision',
        sql`c."toStatus"`,
        sql`c."fileId"`,
        sql`"ProcuracyStatusChange" c JOIN "unitFile" u ON u."id" = c."fileId"`,
        sql`c."toStatus" IN ('RETURNED_FOR_INVESTIGATION', 'SUSPENDED', 'DROPPED') AND ${inPeriod(sql`c."at"`, s)}`,
      ),
      // Files pending (ACCEPTED) at the period's end.
      ...openAtArms('pendingAtEnd', PROCURACY, s.period.end),
      // Distinct persons charged in an indictment dated in the period.
      countDistinct('defendantsIndicted', sql`d."personRef"`, charged.from, charged.where),
      // Distinct persons charged under each article (a person charged under both counts in each).
      countDistinctBy('defendantsIndictedByArticle', sql`ch."article"`, sql`d."personRef"`, charged.from, sql`${charged.where} AND ch."article" IN (150, 151)`),
    ]
  },
  types: {
    ProcuracyStatistics: {
      filesAccepted: (f) => f.count('filesAccepted'),
      filesIndicted: (f) => f.count('filesIndicted'),
      filesReturnedForInvestigation: withDecision('RETURNED_FOR_INVESTIGATION'),
      filesSuspended: withDecision('SUSPENDED'),
      filesDropped: withDecision('DROPPED'),
      pendingAtEnd: (f) => openAt(f, 'pendingAtEnd'),
      defendantsIndicted: persons((f) => f.count('defendantsIndicted')),
      defendantsIndictedByArticle: persons((f) => enumLines(ARTICLE_LINES, f.groups('defendantsIndictedByArticle'))),
    },
  },
})
