// The police's figures for a statistics scope, counted in the database (count / groupBy).
// Every figure counts the records whose event date is in [period.start, period.end) and whose
// unit (of the events, for reports; of the case, for cases) is in scope.communes.
import { pendingDuring, resolvedBy, type StatisticsScope } from '@lienthong/kit'
import { LABELS_VI } from '@lienthong/schema'
import type { Db } from '../db.ts'
import { countryLines, countsOf, enumLines, unitLines } from './breakdown.ts'

export const inScope = (s: StatisticsScope) => ({ unitCode: { in: s.communes } })
export const during = (s: StatisticsScope) => ({ gte: s.period.start, lt: s.period.end })

/** Reports received in the period (the unit is where the reported events happened). */
export const reportsReceivedWhere = (s: StatisticsScope) => ({ ...inScope(s), receivedAt: during(s) })
/** Cases opened in the period, by the case's unit. */
export const casesOpenedWhere = (s: StatisticsScope) => ({ ...inScope(s), openedAt: during(s) })

export function reportsReceived(db: Db, s: StatisticsScope): Promise<number> {
  return db.incomingReport.count({ where: reportsReceivedWhere(s) })
}

export const REPORT_KIND_LABELS = { DENUNCIATION: 'Tố giác', CRIME_REPORT: 'Tin báo', PROSECUTION_RECOMMENDATION: 'Kiến nghị khởi tố' } as const
export const REPORT_CHANNEL_LABELS = {
  IN_PERSON: 'Trực tiếp', POLICE_HOTLINE: 'Đường dây nóng công an', ONLINE: 'Trực tuyến',
  HOTLINE_TRANSFER: 'Tổng đài chuyển đến', AGENCY_TRANSFER: 'Cơ quan khác chuyển đến', PROVINCE_TRANSFER: 'Tỉnh khác chuyển đến',
} as const
export const REPORT_OUTCOME_LABELS = { CASE_OPENED: 'Khởi tố vụ án', NO_CASE_OPENED: 'Không khởi tố', TRANSFERRED: 'Chuyển cơ quan khác', SUSPENDED: 'Tạm đình chỉ' } as const
export const ARTICLE_LABELS = { 150: 'Điều 150 BLHS (mua bán người)', 151: 'Điều 151 BLHS (mua bán người dưới 16 tuổi)' } as const

export async function reportsByKind(db: Db, s: StatisticsScope) {
  const rows = await db.incomingReport.groupBy({ by: ['kind'], where: reportsReceivedWhere(s), _count: { _all: true } })
  return enumLines(REPORT_KIND_LABELS, countsOf(rows, 'kind'))
}
export async function reportsByChannel(db: Db, s: StatisticsScope) {
  const rows = await db.incomingReport.groupBy({ by: ['channel'], where: reportsReceivedWhere(s), _count: { _all: true } })
  return enumLines(REPORT_CHANNEL_LABELS, countsOf(rows, 'channel'))
}
/** Reports classified during the period (whenever received). */
export const reportsClassified = (db: Db, s: StatisticsScope) => db.incomingReport.count({ where: { ...inScope(s), classifiedAt: during(s) } })
/** Reports classified as trafficking-related during the period. */
export const reportsTraffickingRelated = (db: Db, s: StatisticsScope) => db.incomingReport.count({ where: { ...inScope(s), classifiedAt: during(s), traffickingRelated: true } })
/** Reports whose outcome is dated in the period, by outcome (the current status; a resumed suspension has no outcome). */
export async function reportsResolvedByOutcome(db: Db, s: StatisticsScope) {
  const rows = await db.incomingReport.groupBy({ by: ['status'], where: { ...inScope(s), resolvedAt: during(s) }, _count: { _all: true } })
  return enumLines(REPORT_OUTCOME_LABELS, countsOf(rows, 'status'))
}

export const casesOpened = (db: Db, s: StatisticsScope) => db.criminalCase.count({ where: casesOpenedWhere(s) })
export async function casesByArticle(db: Db, s: StatisticsScope) {
  const rows = await db.criminalCase.groupBy({ by: ['codeArticle'], where: casesOpenedWhere(s), _count: { _all: true } })
  return enumLines(ARTICLE_LABELS, countsOf(rows, 'codeArticle'))
}
export async function casesByForm(db: Db, s: StatisticsScope) {
  const rows = await db.caseExploitationForm.groupBy({ by: ['form'], where: { case: casesOpenedWhere(s) }, _count: { _all: true } })
  return enumLines(LABELS_VI.ExploitationForm, countsOf(rows, 'form'))
}
export async function casesByRoute(db: Db, s: StatisticsScope) {
  const rows = await db.criminalCase.groupBy({ by: ['routeKind'], where: casesOpenedWhere(s), _count: { _all: true } })
  return enumLines(LABELS_VI.RouteKind, countsOf(rows, 'routeKind'))
}
export async function casesByDestination(db: Db, s: StatisticsScope) {
  const rows = await db.criminalCase.groupBy({ by: ['destinationCountry'], where: { ...casesOpenedWhere(s), routeKind: 'CROSS_BORDER' }, _count: { _all: true } })
  return countryLines(countsOf(rows, 'destinationCountry'))
}
export async function casesByUnit(db: Db, s: StatisticsScope) {
  const rows = await db.criminalCase.groupBy({ by: ['unitCode'], where: casesOpenedWhere(s), _count: { _all: true } })
  return unitLines(countsOf(rows, 'unitCode'))
}
export const casesOrganisedRing = (db: Db, s: StatisticsScope) => db.criminalCase.count({ where: { ...casesOpenedWhere(s), organisedRing: true } })
export const casesOnlineRecruitment = (db: Db, s: StatisticsScope) => db.criminalCase.count({ where: { ...casesOpenedWhere(s), onlineRecruitment: true } })
export const casesInPeakCampaign = (db: Db, s: StatisticsScope) => db.criminalCase.count({ where: { ...casesOpenedWhere(s), peakCampaignId: { not: null } } })
/** Cases solved during the period (whenever opened). */
export const casesSolved = (db: Db, s: StatisticsScope) => db.criminalCase.count({ where: { ...inScope(s), solvedAt: during(s) } })

/** Rescue operations started in the period in the unit. */
export const rescueOperations = (db: Db, s: StatisticsScope) => db.rescueOperation.count({ where: { ...inScope(s), startedAt: during(s) } })
/** Distinct persons rescued by those operations (a victim record names at most one operation). */
export const personsRescued = (db: Db, s: StatisticsScope) => db.victim.count({ where: { rescueOperation: { ...inScope(s), startedAt: during(s) } } })

/**
 * K1–K3 under the agencies' accounting (schema/src/kpi.ts), for the period [start, end):
 * - K1: reports received before the end and neither classified nor resolved (transferred
 *   unclassified) before the start; numerator: those classified during the period.
 * - K2: reports classified trafficking-related before the end, received before the end and not
 *   resolved before the start; numerator: those resolved (case opened, no case, transferred,
 *   suspended) during the period.
 * - K3: cases opened before the end and neither solved nor closed before the start; numerator:
 *   those solved during the period.
 */
export async function policeKpiCounts(db: Db, s: StatisticsScope) {
  const p = s.period
  const notBeforeStart = (field: string) => ({ OR: [{ [field]: null }, { [field]: { gte: p.start } }] })
  // the numerators are the pending items (the denominators' filters) resolved during the period
  const k1 = { AND: [inScope(s), pendingDuring(p, 'receivedAt', 'classifiedAt'), notBeforeStart('resolvedAt')] }
  const k2 = { AND: [inScope(s), { traffickingRelated: true, classifiedAt: { lt: p.end } }, pendingDuring(p, 'receivedAt', 'resolvedAt')] }
  const k3 = { AND: [inScope(s), pendingDuring(p, 'openedAt', 'solvedAt'), notBeforeStart('closedAt')] }
  const [k1d, k1n, k2d, k2n, k3d, k3n] = await Promise.all([
    db.incomingReport.count({ where: k1 }),
    db.incomingReport.count({ where: { AND: [k1, resolvedBy(p, 'receivedAt', 'classifiedAt')] } }),
    db.incomingReport.count({ where: k2 }),
    db.incomingReport.count({ where: { AND: [k2, resolvedBy(p, 'receivedAt', 'resolvedAt')] } }),
    db.criminalCase.count({ where: k3 }),
    db.criminalCase.count({ where: { AND: [k3, resolvedBy(p, 'openedAt', 'solvedAt')] } }),
  ])
  return [
    { code: 'K1', numerator: k1n, denominator: k1d },
    { code: 'K2', numerator: k2n, denominator: k2d },
    { code: 'K3', numerator: k3n, denominator: k3d },
  ]
}
