// The police's figures for a statistics scope (PoliceStatistics), counted in the database as one
// statement (kit countFigures). Every figure counts the records whose event date is in
// [period.start, period.end) and whose unit (of the events, for reports; of the case, for cases;
// of the operation, for rescues) is in scope.units.
import { count, countBy, countDistinct, countFigures, enumLines, inPeriod, inUnit, onceForScope, sql, unitLines, type CountByKey, type Figures, type StatisticsScope } from '@lienthong/kit'
import { LABELS_VI } from '@lienthong/schema'
import type { Db } from '../db.ts'
import { countryLines, withUnknown } from './breakdown.ts'
import { CASES, casesOpenedIn, REPORTS, reportsReceivedIn, suspectArms, SUSPECTS, unitRecords } from './policeSql.ts'

export const REPORT_KIND_LABELS = { DENUNCIATION: 'Tố giác', CRIME_REPORT: 'Tin báo', PROSECUTION_RECOMMENDATION: 'Kiến nghị khởi tố' } as const
export const REPORT_CHANNEL_LABELS = {
  IN_PERSON: 'Trực tiếp', POLICE_HOTLINE: 'Đường dây nóng công an', ONLINE: 'Trực tuyến',
  HOTLINE_TRANSFER: 'Tổng đài chuyển đến', AGENCY_TRANSFER: 'Cơ quan khác chuyển đến', PROVINCE_TRANSFER: 'Tỉnh khác chuyển đến',
} as const
export const REPORT_OUTCOME_LABELS = { CASE_OPENED: 'Khởi tố vụ án', NO_CASE_OPENED: 'Không khởi tố', TRANSFERRED: 'Chuyển cơ quan khác', SUSPENDED: 'Tạm đình chỉ' } as const
export const ARTICLE_LABELS = { 150: 'Điều 150 BLHS (mua bán người)', 151: 'Điều 151 BLHS (mua bán người dưới 16 tuổi)' } as const

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
    // by the current status of reports whose outcome is dated in the period (a resumed suspension has no outcome)
    countBy('reportsResolvedByOutcome', sql`r."status"`, REPORTS, inPeriod(sql`r."resolvedAt"`, s)),
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
    count('personsRescued', sql`"Victim" v JOIN "RescueOperation" ro ON ro."id" = v."rescueOperationId"`, rescuesOf),
  ]
}

/** The police section for the scope: one statement, once per request. */
export const policeFigures = (db: Db, s: StatisticsScope): Promise<Figures> => onceForScope(s, 'police', () => countFigures(db, policeFigureArms(s), unitRecords(s)))

/** Sex and citizenship lines of a person count (`<name>BySex`, `<name>ByCitizenship`); persons without a police record are UNKNOWN / UNDETERMINED. */
export const bySex = (f: Figures, name: string, total: number): CountByKey[] => enumLines(LABELS_VI.Sex, withUnknown(f.groups(`${name}BySex`), total, 'UNKNOWN'))
export const byCitizenship = (f: Figures, name: string, total: number): CountByKey[] =>
  enumLines(LABELS_VI.Citizenship, withUnknown(f.groups(`${name}ByCitizenship`), total, 'UNDETERMINED'))

/** PoliceStatistics' fields from the section's figures. */
export const POLICE_FIELDS = {
  reportsReceived: (f: Figures) => f.count('reportsReceived'),
  reportsByKind: (f: Figures) => enumLines(REPORT_KIND_LABELS, f.groups('reportsByKind')),
  reportsByChannel: (f: Figures) => enumLines(REPORT_CHANNEL_LABELS, f.groups('reportsByChannel')),
  reportsClassified: (f: Figures) => f.count('reportsClassified'),
  reportsTraffickingRelated: (f: Figures) => f.count('reportsTraffickingRelated'),
  reportsResolvedByOutcome: (f: Figures) => enumLines(REPORT_OUTCOME_LABELS, f.groups('reportsResolvedByOutcome')),
  casesOpened: (f: Figures) => f.count('casesOpened'),
  casesByArticle: (f: Figures) => enumLines(ARTICLE_LABELS, f.groups('casesByArticle')),
  casesByForm: (f: Figures) => enumLines(LABELS_VI.ExploitationForm, f.groups('casesByForm')),
  casesByRoute: (f: Figures) => enumLines(LABELS_VI.RouteKind, f.groups('casesByRoute')),
  casesByDestination: (f: Figures) => countryLines(f.groups('casesByDestination')),
  casesByUnit: (f: Figures) => unitLines(f.groups('casesByUnit')),
  casesOrganisedRing: (f: Figures) => f.count('casesOrganisedRing'),
  casesOnlineRecruitment: (f: Figures) => f.count('casesOnlineRecruitment'),
  casesInPeakCampaign: (f: Figures) => f.count('casesInPeakCampaign'),
  casesSolved: (f: Figures) => f.count('casesSolved'),
  suspects: (f: Figures) => f.count('suspects'),
  suspectsBySex: (f: Figures) => bySex(f, 'suspects', f.count('suspects')),
  suspectsByCitizenship: (f: Figures) => byCitizenship(f, 'suspects', f.count('suspects')),
  suspectsArrested: (f: Figures) => f.count('suspectsArrested'),
  suspectsWanted: (f: Figures) => f.count('suspectsWanted'),
  rescueOperations: (f: Figures) => f.count('rescueOperations'),
  personsRescued: (f: Figures) => f.count('personsRescued'),
} satisfies Record<string, (f: Figures) => unknown>
