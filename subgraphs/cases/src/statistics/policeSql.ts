// The police's records of a statistics scope as SQL (tables with their alias, and conditions).
// A report counts in the unit where the reported events happened, a case in the case's unit, a
// rescue in the operation's unit; events are dated in [period.start, period.end). The unit's
// reports and cases are read once per statement ("unitReport", "unitCase": filtering every arm by
// the communes cost half the police section's time for the province).
import { countBy, countDistinct, inList, inPeriod, recordsOfUnit, sql, statusesOfPeriod, type Sql, type StatisticsScope } from '@lienthong/kit'
import { CASE_HISTORY, REPORT_HISTORY } from '../domain/statusHistory.ts'

/** The statement's tables of the unit's reports and cases (every statement that reads REPORTS or CASES starts with them). */
export const unitRecords = (s: StatisticsScope): Sql[] => [recordsOfUnit('unitReport', 'IncomingReport', s), recordsOfUnit('unitCase', 'CriminalCase', s)]
/**
 * The unit's records with their status history as at the period's boundaries ("reportStatus",
 * "caseStatus": kit statusesOfPeriod), after `unitRecords`; for the figures of pending work.
 */
export const reportStatuses = (s: StatisticsScope): Sql => statusesOfPeriod('reportStatus', 'unitReport', REPORT_HISTORY, s)
export const caseStatuses = (s: StatisticsScope): Sql => statusesOfPeriod('caseStatus', 'unitCase', CASE_HISTORY, s)
/** The unit's reports (alias r) with their statuses of the period (alias rh), and cases (c, ch). */
export const REPORTS_AS_AT = sql`"unitReport" r JOIN "reportStatus" rh ON rh."id" = r."id"`
export const CASES_AS_AT = sql`"unitCase" c JOIN "caseStatus" ch ON ch."id" = c."id"`
/** The unit's reports (alias r) and cases (alias c). */
export const REPORTS = sql`"unitReport" r`
export const CASES = sql`"unitCase" c`
/** Suspects with their case of the unit. */
export const SUSPECTS = sql`"Suspect" su JOIN "unitCase" c ON c."id" = su."caseId"`

/** Reports received in the period. */
export const reportsReceivedIn = (s: StatisticsScope) => inPeriod(sql`r."receivedAt"`, s)
/** Cases opened in the period (alias c). */
export const casesOpenedIn = (s: StatisticsScope) => inPeriod(sql`c."openedAt"`, s)

/** Persons (alias p) among the references of a subquery or list. */
export const personIn = (refs: Sql) => sql`p."personRef" IN ${refs}`
/** The distinct suspects of the cases opened in the period, as a subquery of references. */
export const suspectsOfCasesOpened = (s: StatisticsScope) => sql`(SELECT su."personRef" FROM ${SUSPECTS} WHERE ${casesOpenedIn(s)})`

/** Three arms: `<name>`, `<name>BySex`, `<name>ByCitizenship` of the distinct suspects of the cases opened. */
export const suspectArms = (name: string, s: StatisticsScope): Sql[] => [
  countDistinct(name, sql`su."personRef"`, SUSPECTS, casesOpenedIn(s)),
  ...personArms(name, suspectsOfCasesOpened(s)),
]

/** Two arms: `<name>BySex`, `<name>ByCitizenship` of the persons (police person records) among `refs`. */
export const personArms = (name: string, refs: Sql): Sql[] => [
  countBy(`${name}BySex`, sql`p."sex"`, sql`"Person" p`, personIn(refs), sql`p."personRef"`),
  countBy(`${name}ByCitizenship`, sql`p."citizenship"`, sql`"Person" p`, personIn(refs), sql`p."personRef"`),
]

/** A bound list of person references as a subquery operand. */
export const refList = (refs: readonly string[]) => inList([...new Set(refs)])
