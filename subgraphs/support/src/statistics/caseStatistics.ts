// Support cases and services of a statistics scope: arms of the support section's statement
// (section.ts) and the figures read from its answer, lines labelled from the SDL. A service has no
// unit of its own: it counts in the unit of its support case (the commune recorded at reception,
// valid on that day).
import { count, countBy, countDistinct, countDistinctBy, enumLines, inPeriod, sql, type Figures, type StatisticsScope } from '@lienthong/kit'
import { labelsOf } from '../domain/labels.ts'
import { CASES, notScreenedOut, receivedIn } from './supportPersons.ts'

/** Services with their support case, of the unit's cases (supportPersons.ts unitRecords). */
const SERVICES = sql`"SupportService" sv JOIN "unitCase" c ON c."id" = sv."supportCaseId"`
/** Services whose first day is in the period, of cases of the unit. */
const startedIn = (s: StatisticsScope) => inPeriod(sql`sv."startedOn"`, s)

/** A support case stands for one person: counted by its record (its key for the publication's cell key). */
const CASE_RECORD = sql`c."id"`

const FACILITY = labelsOf('SupportFacility').vi
const ARRIVAL = labelsOf('SupportArrival').vi
/** The screening results plus a line for cases not screened. */
const SCREENING = labelsOf('SupportScreeningKey').vi
const SERVICE_TYPE = labelsOf('SupportServiceType').vi

/** The sum of a breakdown's lines. */
export const total = (lines: readonly { count: number }[]) => lines.reduce((n, l) => n + l.count, 0)

export const caseArms = (s: StatisticsScope) => [
  /** Cases received by facility and by arrival (every case has both). */
  countBy('casesByFacility', sql`c."facility"`, CASES, receivedIn(s), CASE_RECORD),
  countBy('casesByArrival', sql`c."arrival"`, CASES, receivedIn(s), CASE_RECORD),
  /** Cases received by the screening result on record; the unscreened ones apart (NOT_SCREENED). */
  countBy('casesByScreening', sql`c."screeningResult"`, CASES, sql`${receivedIn(s)} AND c."screeningResult" IS NOT NULL`, CASE_RECORD),
  count('casesNotScreened', CASES, sql`${receivedIn(s)} AND c."screeningResult" IS NULL`, CASE_RECORD),
  /** Distinct persons of the cases received (a person received twice counts once). */
  countDistinct('personsReceived', sql`c."personRef"`, CASES, receivedIn(s)),
  /** Distinct persons of cases of the unit with a service started in the period (whatever their screening). */
  countDistinct('personsSupported', sql`c."personRef"`, SERVICES, startedIn(s)),
  /**
   * Victims supported by service type: per type, the distinct persons of cases of the unit not
   * screened NOT_VICTIM (NULL screening counts) with a service of that type started in the period.
   */
  countDistinctBy('victimsByServiceType', sql`sv."type"`, sql`c."personRef"`, SERVICES, sql`${startedIn(s)} AND ${notScreenedOut}`),
  /** Services started in the period by type. */
  countBy('servicesByType', sql`sv."type"`, SERVICES, startedIn(s)),
  /** Shelter stays of cases of the unit begun before the period's end whose last day is after it (or not recorded yet). */
  count(
    'shelterStaysOngoingAtEnd',
    SERVICES,
    sql`sv."type" = 'SHELTER' AND sv."startedOn" < ${s.period.end}
    AND (sv."endedOn" IS NULL OR sv."endedOn" >= ${s.period.end})`,
  ),
]

export const casesByFacility = (f: Figures) => enumLines(FACILITY, f.groups('casesByFacility'))
export const casesByArrival = (f: Figures) => enumLines(ARRIVAL, f.groups('casesByArrival'))
/** The sum of the cases by facility (every case has one). */
export const casesReceived = (f: Figures) => total(casesByFacility(f))

export function casesByScreening(f: Figures) {
  const counts = f.groups('casesByScreening')
  counts.set('NOT_SCREENED', f.count('casesNotScreened'))
  return enumLines(SCREENING, counts)
}

export const personsReceived = (f: Figures) => f.count('personsReceived')
export const personsSupported = (f: Figures) => f.count('personsSupported')
export const victimsByServiceType = (f: Figures) => enumLines(SERVICE_TYPE, f.groups('victimsByServiceType'))
export const servicesByType = (f: Figures) => enumLines(SERVICE_TYPE, f.groups('servicesByType'))
/** The sum of the services by type (every service has one). */
export const servicesStarted = (f: Figures) => total(servicesByType(f))
/** The SHELTER line of the services by type. */
export const shelterStaysStarted = (f: Figures) => f.groups('servicesByType').get('SHELTER') ?? 0
export const shelterStaysOngoingAtEnd = (f: Figures) => f.count('shelterStaysOngoingAtEnd')
