// Repatriations of a statistics scope: the arms of the Border Guard's statistics statement
// (borderStatistics.ts) and the lines read from its answer.
import { count, countBy, countDistinct, enumLines, inPeriod, inUnit, occurringLines, sql, type Figures, type StatisticsScope } from '@lienthong/kit'
import { BORDER_GATES } from '../domain/borderGates.ts'
import { BORDER_LABELS_VI as L, countryLabel } from './labels.ts'

/** Repatriations received in the period at a gate whose commune (valid that day) is in the unit (the CTE "ScopeRepatriation"). */
export const scopeRepatriations = (s: StatisticsScope) =>
  sql`"ScopeRepatriation" AS MATERIALIZED (SELECT * FROM "Repatriation" WHERE ${inPeriod(sql`"receivedAt"`, s)} AND ${inUnit(sql`"unitCode"`, s)})`

const repatriations = sql`"ScopeRepatriation" r`
/** A reception is counted by its record (its key for the publication's cell key). */
const reception = sql`r."id"`

/**
 * Verification status at the period's end. The machine is linear (PENDING → IN_PROGRESS →
 * VERIFIED | NOT_CONFIRMED), so the status at an instant follows from when verification started
 * and ended: concluded before the end → its final status; started before the end → IN_PROGRESS;
 * otherwise PENDING.
 */
function statusAtPeriodEndArms(s: StatisticsScope) {
  const end = s.period.end
  return [
    countBy('repatriationsConcludedByStatus', sql`r."status"`, repatriations, sql`r."verificationEndedAt" < ${end}`, reception),
    count('repatriationsInProgressAtEnd', repatriations,
      sql`r."verificationStartedAt" < ${end} AND (r."verificationEndedAt" IS NULL OR r."verificationEndedAt" >= ${end})`, reception),
    count('repatriationsPendingAtEnd', repatriations, sql`(r."verificationStartedAt" IS NULL OR r."verificationStartedAt" >= ${end})`, reception),
  ]
}

export const repatriationArms = (s: StatisticsScope) => [
  count('repatriationTotal', repatriations, undefined, reception),
  countBy('repatriationsByFromCountry', sql`r."fromCountry"`, repatriations, undefined, reception),
  countBy('repatriationsByGate', sql`r."gateCode"`, repatriations, undefined, reception),
  // Distinct persons received.
  countDistinct('repatriationPersonsReceived', sql`rp."personRef"`, sql`"RepatriationPerson" rp JOIN "ScopeRepatriation" r ON r."id" = rp."repatriationId"`),
  ...statusAtPeriodEndArms(s),
  // Received in the period with the embassy reference recorded before the period's end.
  count('repatriationsWithEmbassyReference', repatriations, sql`r."embassyRefAt" < ${s.period.end}`, reception),
]

export const repatriationTotal = (f: Figures) => f.count('repatriationTotal')
export const personsReceived = (f: Figures) => f.count('repatriationPersonsReceived')
export const withEmbassyReference = (f: Figures) => f.count('repatriationsWithEmbassyReference')

export function repatriationsBy(f: Figures, by: 'fromCountry' | 'gateCode') {
  if (by === 'fromCountry') return occurringLines(f.groups('repatriationsByFromCountry'), countryLabel)
  const counts = f.groups('repatriationsByGate')
  return BORDER_GATES.map((g) => ({ key: g.code, labelVi: g.name, count: counts.get(g.code) ?? 0 }))
}

export function byStatusAtPeriodEnd(f: Figures) {
  const counts = f.groups('repatriationsConcludedByStatus')
  counts.set('IN_PROGRESS', f.count('repatriationsInProgressAtEnd'))
  counts.set('PENDING', f.count('repatriationsPendingAtEnd'))
  return enumLines(L.RepatriationStatus, counts)
}
