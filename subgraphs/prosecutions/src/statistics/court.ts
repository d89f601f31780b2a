// The court's figures for a statistics scope (CourtStatistics), counted in the database as ONE
// statement per scope. A court file's unit is its procuracy file's commune ("unitCourtFile");
// events are dated in [start, end).
import { count, countBy, countDistinctBy, defineSection, enumLines, inPeriod, persons, sql, type Figures } from '@lienthong/kit'
import { APPEAL_OUTCOME_LINES, ARTICLE_LINES, SENTENCE_BANDS, TRIAL_KIND_LINES } from './breakdown.ts'
import { COURT, openAt, openAtArms, unitFiles } from './fileScope.ts'

const UNIT_COURT_FILES = sql`"CourtFile" cf JOIN "unitCourtFile" u ON u."id" = cf."id"`
/** First-instance verdicts `v` (with their defendant `d`) of the unit's court files. */
const UNIT_VERDICTS = sql`"Verdict" v JOIN "unitCourtFile" u ON u."id" = v."courtFileId" JOIN "Defendant" d ON d."id" = v."defendantId"`
/** Appeals `a` against verdicts of the unit's court files. */
const UNIT_APPEALS = sql`"Appeal" a JOIN "Verdict" v ON v."id" = a."verdictId" JOIN "unitCourtFile" u ON u."id" = v."courtFileId"`

/** Court files with a decision of that kind dated in the period. */
const withDecision = (toStatus: 'RETURNED_TO_PROCURACY' | 'SUSPENDED') => (f: Figures) => f.groups('filesWithDecision').get(toStatus) ?? 0
/** Distinct persons with a first-instance verdict of that outcome dated in the period. */
const defendantsWith = (outcome: 'CONVICTED' | 'ACQUITTED') => persons((f) => f.groups('defendantsWith').get(outcome) ?? 0)

export const courtSection = defineSection({
  name: 'prosecutions.court',
  records: unitFiles,
  arms: (s) => {
    const tried = inPeriod(sql`cf."triedAt"`, s)
    const decided = inPeriod(sql`v."decidedAt"`, s)
    return [
      count('filesAccepted', UNIT_COURT_FILES, inPeriod(sql`cf."acceptedAt"`, s)),
      count('filesTried', UNIT_COURT_FILES, tried),
      countBy('triedByKind', sql`cf."trialKind"`, UNIT_COURT_FILES, tried),
      // Court files with a decision of each kind dated in the period (a file counts once per kind).
      countDistinctBy(
        'filesWithDecision',
        sql`c."toStatus"`,
        sql`c."courtFileId"`,
        sql`"CourtStatusChange" c JOIN "unitCourtFile" u ON u."id" = c."courtFileId"`,
        sql`c."toStatus" IN ('RETURNED_TO_PROCURACY', 'SUSPENDED') AND ${inPeriod(sql`c."at"`, s)}`,
      ),
      // Court files pending (ACCEPTED) at the period's end.
      ...openAtArms('pendingAtEnd', COURT, s.period.end),
      // Distinct persons with a first-instance verdict of each outcome dated in the period.
      countDistinctBy('defendantsWith', sql`v."outcome"`, sql`d."personRef"`, UNIT_VERDICTS, decided),
      // Distinct persons convicted under each article (a person convicted under both counts in each).
      countDistinctBy(
        'convictedByArticle',
        sql`v."article"`,
        sql`d."personRef"`,
        UNIT_VERDICTS,
        sql`${decided} AND v."outcome" = 'CONVICTED' AND v."article" IN (150, 151)`,
      ),
      // Convictions (verdicts) dated in the period by sentence band (each counted by its defendant record).
      ...SENTENCE_BANDS.map(([key, , band]) =>
        count(
          `sentence_${key}`,
          sql`"Verdict" v JOIN "unitCourtFile" u ON u."id" = v."courtFileId"`,
          sql`${decided} AND v."outcome" = 'CONVICTED' AND ${band}`,
          sql`v."defendantId"`,
        ),
      ),
      count('appealsFiled', UNIT_APPEALS, inPeriod(sql`a."filedAt"`, s)),
      count('appealsDecided', UNIT_APPEALS, inPeriod(sql`a."decidedAt"`, s)),
      countBy('appealsDecidedByOutcome', sql`a."status"`, UNIT_APPEALS, inPeriod(sql`a."decidedAt"`, s)),
    ]
  },
  types: {
    CourtStatistics: {
      filesAccepted: (f) => f.count('filesAccepted'),
      filesTried: (f) => f.count('filesTried'),
      triedByKind: (f) => enumLines(TRIAL_KIND_LINES, f.groups('triedByKind')),
      filesReturnedToProcuracy: withDecision('RETURNED_TO_PROCURACY'),
      filesSuspended: withDecision('SUSPENDED'),
      pendingAtEnd: (f) => openAt(f, 'pendingAtEnd'),
      defendantsConvicted: defendantsWith('CONVICTED'),
      defendantsAcquitted: defendantsWith('ACQUITTED'),
      convictedByArticle: persons((f) => enumLines(ARTICLE_LINES, f.groups('convictedByArticle'))),
      convictionsBySentence: persons((f) => SENTENCE_BANDS.map(([key, labelVi]) => ({ key, labelVi, count: f.count(`sentence_${key}`) }))),
      appealsFiled: (f) => f.count('appealsFiled'),
      appealsDecided: (f) => f.count('appealsDecided'),
      appealsDecidedByOutcome: (f) => enumLines(APPEAL_OUTCOME_LINES, f.groups('appealsDecidedByOutcome')),
    },
  },
})
