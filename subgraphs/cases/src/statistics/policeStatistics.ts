// The police's figures for a statistics scope (PoliceStatistics), counted in the database as one
// statement. Every figure counts the records whose event date is in [period.start, period.end)
// and whose unit (of the events, for reports; of the case, for cases; of the operation, for
// rescues) is in scope.units. Each field's definition is its description in statistics.graphql.
import {
  count,
  countBy,
  countDistinct,
  defineSection,
  enteredDuring,
  enumLines,
  inList,
  inPeriod,
  inUnit,
  persons,
  sql,
  unitLines,
  type Figures,
  type StatisticsScope,
} from '@lienthong/kit'
import { articleLabels, labelsOf } from '../domain/labels.ts'
import { REPORT_OUTCOMES } from '../domain/statuses.ts'
import { REPORT_HISTORY } from '../domain/statusHistory.ts'
import { byCitizenship, bySex, countryLines } from './breakdown.ts'
import { CASES, casesOpenedIn, REPORTS, REPORTS_AS_AT, reportsReceivedIn, reportStatuses, suspectArms, SUSPECTS, unitRecords } from './policeSql.ts'

function policeFigureArms(s: StatisticsScope) {
  const classifiedIn = inPeriod(sql`r."classifiedAt"`, s)
  const opened = casesOpenedIn(s)
  const rescuesOf = sql`${inUnit(sql`ro."unitCode"`, s)} AND ${inPeriod(sql`ro."startedAt"`, s)}`
  return [
    // reports received in the period (by kind, by channel); classified and resolved during it (whenever received)
    count('reportsReceived', REPORTS, reportsReceivedIn(s)),
    countBy('reportsByKind', sql`r."kind"`, REPORTS, reportsReceivedIn(s)),
    countBy('reportsByChannel', sql`r."channel"`, REPORTS, reportsReceivedIn(s)),
    count('reportsClassified', REPORTS, classifiedIn),
    count('reportsTraffickingRelated', REPORTS, sql`${classifiedIn} AND r."traffickingRelated" = TRUE`),
    // reports reaching an outcome during the period and holding one as at its end, by that outcome
    // (status history: a suspension resumed in a later period stays counted in its own)
    countBy(
      'reportsResolvedByOutcome',
      sql`rh."atEnd"`,
      REPORTS_AS_AT,
      sql`rh."atEnd" IN ${inList(REPORT_OUTCOMES)} AND ${enteredDuring(REPORT_HISTORY, sql`r."id"`, REPORT_OUTCOMES, s)}`,
    ),
    // cases opened in the period, by the case's unit; a case counts under each of its forms
    count('casesOpened', CASES, opened),
    countBy('casesByArticle', sql`c."codeArticle"`, CASES, opened),
    countBy('casesByForm', sql`f."form"`, sql`"CaseExploitationForm" f JOIN "unitCase" c ON c."id" = f."caseId"`, opened),
    countBy('casesByRoute', sql`c."routeKind"`, CASES, opened),
    countBy('casesByDestination', sql`c."destinationCountry"`, CASES, sql`${opened} AND c."routeKind" = 'CROSS_BORDER'`),
    countBy('casesByUnit', sql`c."unitCode"`, CASES, opened),
    count('casesOrganisedRing', CASES, sql`${opened} AND c."organisedRing" = TRUE`),
    count('casesOnlineRecruitment', CASES, sql`${opened} AND c."onlineRecruitment" = TRUE`),
    count('casesInPeakCampaign', CASES, sql`${opened} AND c."peakCampaignId" IS NOT NULL`),
    count('casesSolved', CASES, inPeriod(sql`c."solvedAt"`, s)),
    // distinct suspects of the cases opened; caught: any arrest status other than AT_LARGE
    // (arrested, detained, surrendered, released after arrest) in one of those cases; wanted in one
    ...suspectArms('suspects', s),
    countDistinct('suspectsArrested', sql`su."personRef"`, SUSPECTS, sql`${opened} AND su."arrestStatus" <> 'AT_LARGE'`),
    countDistinct('suspectsWanted', sql`su."personRef"`, SUSPECTS, sql`${opened} AND su."wanted" = TRUE`),
    // rescue operations started in the period in the unit; the persons they rescued (a victim record names at most one operation)
    count('rescueOperations', sql`"RescueOperation" ro`, rescuesOf),
    count('personsRescued', sql`"Victim" v JOIN "RescueOperation" ro ON ro."id" = v."rescueOperationId"`, rescuesOf, sql`v."personRef"`),
  ]
}

const counted = (figure: string) => (f: Figures) => f.count(figure)
const lines = (enumName: string, figure: string) => (f: Figures) => enumLines(labelsOf(enumName).vi, f.groups(figure))

/** PoliceStatistics: one statement per request and scope. */
export const policeSection = defineSection({
  name: 'police',
  records: (s) => [...unitRecords(s), reportStatuses(s)],
  arms: policeFigureArms,
  types: {
    PoliceStatistics: {
      reportsReceived: counted('reportsReceived'),
      reportsByKind: lines('IncomingReportKind', 'reportsByKind'),
      reportsByChannel: lines('IncomingReportChannel', 'reportsByChannel'),
      reportsClassified: counted('reportsClassified'),
      reportsTraffickingRelated: counted('reportsTraffickingRelated'),
      // the outcomes only (the statuses that resolve a report), in the SDL's order
      reportsResolvedByOutcome: (f) => enumLines(outcomeLabels(), f.groups('reportsResolvedByOutcome')),
      casesOpened: counted('casesOpened'),
      casesByArticle: (f) => enumLines(articleLabels(), f.groups('casesByArticle')),
      casesByForm: lines('ExploitationForm', 'casesByForm'),
      casesByRoute: lines('RouteKind', 'casesByRoute'),
      casesByDestination: (f) => countryLines(f.groups('casesByDestination')),
      casesByUnit: (f) => unitLines(f.groups('casesByUnit')),
      casesOrganisedRing: counted('casesOrganisedRing'),
      casesOnlineRecruitment: counted('casesOnlineRecruitment'),
      casesInPeakCampaign: counted('casesInPeakCampaign'),
      casesSolved: counted('casesSolved'),
      suspects: persons(counted('suspects')),
      suspectsBySex: persons((f) => bySex(f, 'suspects', f.count('suspects'))),
      suspectsByCitizenship: persons((f) => byCitizenship(f, 'suspects', f.count('suspects'))),
      suspectsArrested: persons(counted('suspectsArrested')),
      suspectsWanted: persons(counted('suspectsWanted')),
      rescueOperations: counted('rescueOperations'),
      personsRescued: persons(counted('personsRescued')),
    },
  },
})

/** The labels of a report's outcomes (IncomingReportStatus values that resolve it). */
function outcomeLabels(): Record<string, string> {
  const { vi } = labelsOf('IncomingReportStatus')
  return Object.fromEntries(REPORT_OUTCOMES.map((o) => [o, vi[o]!]))
}
