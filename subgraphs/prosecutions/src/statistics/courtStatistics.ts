// The court's figures for a statistics scope, counted in the database as ONE statement
// (countFigures, memoised per scope). A court file's unit is its procuracy file's commune
// ("unitCourtFile"); events are dated in [start, end).
import { count, countBy, countDistinctBy, countFigures, enumLines, inPeriod, onceForScope, personsOf, sql, type Figures, type StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { APPEAL_OUTCOME_LABELS, ARTICLE_LABELS, SENTENCE_BANDS, TRIAL_KIND_LABELS } from './breakdown.ts'
import { COURT, openAt, openAtArms, unitFiles } from './kpiCounts.ts'

const UNIT_COURT_FILES = sql`"CourtFile" cf JOIN "unitCourtFile" u ON u."id" = cf."id"`
/** First-instance verdicts `v` (with their defendant `d`) of the unit's court files. */
const UNIT_VERDICTS = sql`"Verdict" v JOIN "unitCourtFile" u ON u."id" = v."courtFileId" JOIN "Defendant" d ON d."id" = v."defendantId"`
/** Appeals `a` against verdicts of the unit's court files. */
const UNIT_APPEALS = sql`"Appeal" a JOIN "Verdict" v ON v."id" = a."verdictId" JOIN "unitCourtFile" u ON u."id" = v."courtFileId"`

const section = (db: Db, s: StatisticsScope) => onceForScope(s, 'prosecutions.court', () => {
  const tried = inPeriod(sql`cf."triedAt"`, s)
  const decided = inPeriod(sql`v."decidedAt"`, s)
  return countFigures(db, [
    count('filesAccepted', UNIT_COURT_FILES, inPeriod(sql`cf."acceptedAt"`, s)),
    count('filesTried', UNIT_COURT_FILES, tried),
    countBy('triedByKind', sql`cf."trialKind"`, UNIT_COURT_FILES, tried),
    // Court files with a decision of each kind dated in the period (a file counts once per kind).
    countDistinctBy('filesWithDecision', sql`c."toStatus"`, sql`c."courtFileId"`, sql`"CourtStatusChange" c JOIN "unitCourtFile" u ON u."id" = c."courtFileId"`,
      sql`c."toStatus" IN ('RETURNED_TO_PROCURACY', 'SUSPENDED') AND ${inPeriod(sql`c."at"`, s)}`),
    // Court files pending (ACCEPTED) at the period's end.
    ...openAtArms('pendingAtEnd', COURT, s.period.end),
    // Distinct persons with a first-instance verdict of each outcome dated in the period.
    countDistinctBy('defendantsWith', sql`v."outcome"`, sql`d."personRef"`, UNIT_VERDICTS, decided),
    // Distinct persons convicted under each article (a person convicted under both counts in each).
    countDistinctBy('convictedByArticle', sql`v."article"`, sql`d."personRef"`, UNIT_VERDICTS, sql`${decided} AND v."outcome" = 'CONVICTED' AND v."article" IN (150, 151)`),
    // Convictions (verdicts) dated in the period by sentence band.
    ...SENTENCE_BANDS.map(([key, , band]) => count(`sentence_${key}`, sql`"Verdict" v JOIN "unitCourtFile" u ON u."id" = v."courtFileId"`, sql`${decided} AND v."outcome" = 'CONVICTED' AND ${band}`, sql`v."defendantId"`)),
    count('appealsFiled', UNIT_APPEALS, inPeriod(sql`a."filedAt"`, s)),
    count('appealsDecided', UNIT_APPEALS, inPeriod(sql`a."decidedAt"`, s)),
    countBy('appealsDecidedByOutcome', sql`a."status"`, UNIT_APPEALS, inPeriod(sql`a."decidedAt"`, s)),
  ], unitFiles(s))
})

type Figure = 'filesAccepted' | 'filesTried' | 'appealsFiled' | 'appealsDecided'
const figure = (name: Figure) => async (db: Db, s: StatisticsScope) => (await section(db, s)).count(name)
export const filesAccepted = figure('filesAccepted')
export const filesTried = figure('filesTried')
export const appealsFiled = figure('appealsFiled')
export const appealsDecided = figure('appealsDecided')
export const triedByKind = async (db: Db, s: StatisticsScope) => enumLines(TRIAL_KIND_LABELS, (await section(db, s)).groups('triedByKind'))
/** Court files with a decision of that kind dated in the period. */
export const filesWithDecision = async (db: Db, s: StatisticsScope, toStatus: 'RETURNED_TO_PROCURACY' | 'SUSPENDED') =>
  (await section(db, s)).groups('filesWithDecision').get(toStatus) ?? 0
export const pendingAtEnd = async (db: Db, s: StatisticsScope) => openAt(await section(db, s), 'pendingAtEnd')
// person counts (`@personCount`): with their record keys, for the publication (kit statistics/publish.ts)
/** Distinct persons with a first-instance verdict of that outcome dated in the period. */
export const defendantsWith = async (db: Db, s: StatisticsScope, outcome: 'CONVICTED' | 'ACQUITTED') =>
  personsOf(await section(db, s), (f) => f.groups('defendantsWith').get(outcome) ?? 0)
export const convictedByArticle = async (db: Db, s: StatisticsScope) => personsOf(await section(db, s), (f) => enumLines(ARTICLE_LABELS, f.groups('convictedByArticle')))
/** Convictions by sentence band (each verdict counted by its defendant record). */
export const convictionsBySentence = async (db: Db, s: StatisticsScope) =>
  personsOf(await section(db, s), (f: Figures) => SENTENCE_BANDS.map(([key, labelVi]) => ({ key, labelVi, count: f.count(`sentence_${key}`) })))
export const appealsDecidedByOutcome = async (db: Db, s: StatisticsScope) => enumLines(APPEAL_OUTCOME_LABELS, (await section(db, s)).groups('appealsDecidedByOutcome'))
