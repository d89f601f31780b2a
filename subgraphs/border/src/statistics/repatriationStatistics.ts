// Repatriations of a statistics scope: the arms of the Border Guard's statistics statement
// (borderStatistics.ts) and the fields of RepatriationStatistics read from its answer.
import { count, countBy, countDistinct, enumLines, inPeriod, inUnit, occurringLines, persons, sql, type Figures, type StatisticsScope } from '@lienthong/kit'
import { countryName } from '@lienthong/schema'
import { BORDER_GATES } from '../domain/borderGates.ts'
import { labelsVi } from '../domain/labels.ts'

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
    count(
      'repatriationsInProgressAtEnd',
      repatriations,
      sql`r."verificationStartedAt" < ${end} AND (r."verificationEndedAt" IS NULL OR r."verificationEndedAt" >= ${end})`,
      reception,
    ),
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

/** Every gate of the catalogue, zeros included, labelled with its name. */
function byGate(f: Figures) {
  const counts = f.groups('repatriationsByGate')
  return BORDER_GATES.map((g) => ({ key: g.code, labelVi: g.name, count: counts.get(g.code) ?? 0 }))
}

function byStatusAtPeriodEnd(f: Figures) {
  const counts = f.groups('repatriationsConcludedByStatus')
  counts.set('IN_PROGRESS', f.count('repatriationsInProgressAtEnd'))
  counts.set('PENDING', f.count('repatriationsPendingAtEnd'))
  return enumLines(labelsVi('RepatriationStatus'), counts)
}

/**
 * The fields of `RepatriationStatistics` (definitions: their SDL descriptions, statistics.graphql).
 * Every figure counts receptions of persons: all are person counts (a breakdown left exact would
 * give away the total, and the total a one-line breakdown).
 */
export const repatriationFields = {
  total: persons((f) => f.count('repatriationTotal')),
  byFromCountry: persons((f) => occurringLines(f.groups('repatriationsByFromCountry'), (code) => countryName(code, 'vi'))),
  byGate: persons(byGate),
  personsReceived: persons((f) => f.count('repatriationPersonsReceived')),
  byStatusAtPeriodEnd: persons(byStatusAtPeriodEnd),
  withEmbassyReference: persons((f) => f.count('repatriationsWithEmbassyReference')),
}
