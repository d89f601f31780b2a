// This subgraph's own fields of ProvincialStatistics: K4 and K5 of the catalogue (schema/src/
// kpi.ts) and the justice-funnel contributions, counted as ONE statement per scope.
// - K4: procuracy files pending during the period; numerator: those indicted during it.
// - K5: court files pending during the period; numerator: those tried at first instance during it.
// (A file indicted or tried during the period was ACCEPTED just before, so it is pending.)
import { count, defineSection, distinctValues, inPeriod, sql, type Figures } from '@lienthong/kit'
import { COURT, filesIndictedDuring, hasDecision, pendingDuring, pendingDuringArms, PROCURACY, unitFiles } from './fileScope.ts'

/** Defendants `d` of the unit's files. */
const UNIT_DEFENDANTS = sql`"Defendant" d JOIN "unitFile" u ON u."id" = d."fileId"`

export interface KpiCount {
  code: string
  numerator: number
  denominator: number
}

const kpiCounts = (f: Figures): KpiCount[] => [
  { code: 'K4', numerator: f.count('k4Indicted'), denominator: pendingDuring(f, 'k4Pending') },
  { code: 'K5', numerator: f.count('k5Tried'), denominator: pendingDuring(f, 'k5Pending') },
]

export const contributionSection = defineSection({
  name: 'prosecutions.contribution',
  records: unitFiles,
  arms: (s) => [
    // K4: procuracy files pending during the period; numerator: those indicted during it.
    ...pendingDuringArms('k4Pending', PROCURACY, s),
    count('k4Indicted', sql`"unitFile" u`, hasDecision(PROCURACY, sql`c."toStatus" = 'INDICTED' AND ${inPeriod(sql`c."at"`, s)}`)),
    // K5: court files pending during the period; numerator: those tried at first instance during it.
    ...pendingDuringArms('k5Pending', COURT, s),
    count('k5Tried', sql`"unitCourtFile" u`, hasDecision(COURT, sql`c."toStatus" = 'TRIED_FIRST_INSTANCE' AND ${inPeriod(sql`c."at"`, s)}`)),
    // Distinct defendants charged in an indictment dated in the period (file in the unit).
    distinctValues(
      'indicted',
      sql`d."personRef"`,
      UNIT_DEFENDANTS,
      sql`EXISTS (SELECT 1 FROM "Charge" ch JOIN "Indictment" i ON i."id" = ch."indictmentId" WHERE ch."defendantId" = d."id" AND ${inPeriod(sql`i."indictedAt"`, s)})`,
    ),
    // Distinct defendants convicted at first instance by a verdict dated in the period (file in the unit).
    distinctValues(
      'convicted',
      sql`d."personRef"`,
      UNIT_DEFENDANTS,
      sql`EXISTS (SELECT 1 FROM "Verdict" v WHERE v."defendantId" = d."id" AND v."outcome" = 'CONVICTED' AND ${inPeriod(sql`v."decidedAt"`, s)})`,
    ),
    count('casesIndicted', sql`"unitFile" u`, filesIndictedDuring(s)),
    // Criminal cases with a first-instance trial dated in the period.
    count(
      'casesTried',
      sql`"unitFile" u`,
      sql`EXISTS (SELECT 1 FROM "Indictment" i JOIN "CourtFile" cf ON cf."indictmentId" = i."id" WHERE i."fileId" = u."id" AND ${inPeriod(sql`cf."triedAt"`, s)})`,
    ),
  ],
  types: {
    ProvincialStatistics: {
      prosecutionKpiCounts: kpiCounts,
      indictedPersonRefs: (f) => f.values('indicted'),
      convictedPersonRefs: (f) => f.values('convicted'),
      casesIndicted: (f) => f.count('casesIndicted'),
      casesTried: (f) => f.count('casesTried'),
    },
  },
})
