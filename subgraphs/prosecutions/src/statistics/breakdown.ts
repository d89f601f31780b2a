// The keys and labels of the procuracy's and the court's breakdowns (lines: kit's enumLines), all
// from the SDL's enum descriptions (domain/labels.ts).
import { sql, type Sql } from '@lienthong/kit'
import { labelsOf } from '../domain/labels.ts'
import type { SentenceBand } from '../resolvers/types.ts'

export { ARTICLE_LINES } from '../domain/articles.ts'

export const TRIAL_KIND_LINES = labelsOf('TrialKind').vi

/** The appellate outcomes: every appeal status but PENDING. */
const appealStatuses = labelsOf('CourtAppealStatus')
export const APPEAL_OUTCOME_LINES: Record<string, string> = Object.fromEntries(Object.entries(appealStatuses.vi).filter(([v]) => v !== 'PENDING'))

/** The condition of each sentence band of first-instance convictions, on the verdict `v`. */
const BAND_CONDITIONS: Record<SentenceBand, Sql> = {
  NON_CUSTODIAL_REFORM: sql`v."sentenceKind" = 'NON_CUSTODIAL_REFORM'`,
  PRISON_UNDER_5_YEARS: sql`v."sentenceKind" = 'IMPRISONMENT' AND v."sentenceMonths" < 60`,
  PRISON_5_TO_10_YEARS: sql`v."sentenceKind" = 'IMPRISONMENT' AND v."sentenceMonths" >= 60 AND v."sentenceMonths" < 120`,
  PRISON_10_TO_15_YEARS: sql`v."sentenceKind" = 'IMPRISONMENT' AND v."sentenceMonths" >= 120 AND v."sentenceMonths" < 180`,
  PRISON_15_YEARS_OR_MORE: sql`v."sentenceKind" = 'IMPRISONMENT' AND v."sentenceMonths" >= 180`,
  LIFE_IMPRISONMENT: sql`v."sentenceKind" = 'LIFE_IMPRISONMENT'`,
}

/** Sentence bands in the SDL's order (enum SentenceBand): [key, label, condition on the verdict `v`]. */
const bands = labelsOf<SentenceBand>('SentenceBand')
export const SENTENCE_BANDS: readonly (readonly [SentenceBand, string, Sql])[] = bands.values.map(
  (band) => [band, bands.vi[band], BAND_CONDITIONS[band]] as const,
)
