// Support cases and services of a statistics scope, counted in the database (count / groupBy).
// A service, a referral and a follow-up have no unit of their own: they count in the unit of
// their support case (the commune recorded at reception, valid on that day).
import type { StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { casesReceivedIn } from './supportPersons.ts'
import { SUPPORT_LABELS_VI as L, countsBy, enumLines, list } from './labels.ts'
import { once, total } from './memo.ts'

const within = (s: StatisticsScope) => ({ gte: s.period.start, lt: s.period.end })
const ofUnit = (s: StatisticsScope) => ({ unitCode: { in: s.communes } })

/** The sum of the cases by facility (every case has one), so the grouped query runs once. */
export const casesReceived = async (db: Db, s: StatisticsScope) => total(await casesBy(db, s, 'facility'))

export function casesBy(db: Db, s: StatisticsScope, by: 'facility' | 'arrival') {
  return once(s, `cases-by-${by}`, async () => {
    const rows = await db.supportCase.groupBy({ by: [by], where: casesReceivedIn(s), _count: { _all: true } })
    return enumLines(by === 'facility' ? L.SupportFacility : L.SupportArrival, countsBy(rows, by))
  })
}

/** Distinct persons of the cases received (a person received twice counts once). */
export async function personsReceived(db: Db, s: StatisticsScope) {
  const rows = await db.supportCase.groupBy({ by: ['personRef'], where: casesReceivedIn(s) })
  return rows.length
}

/** Cases received in the period by the screening result on record; NOT_SCREENED for the others. */
export async function casesByScreening(db: Db, s: StatisticsScope) {
  const rows = await db.supportCase.groupBy({ by: ['screeningResult'], where: casesReceivedIn(s), _count: { _all: true } })
  const counts = new Map(rows.map((r) => [r.screeningResult ?? 'NOT_SCREENED', r._count._all]))
  return enumLines(L.Screening, counts)
}

/** Services whose first day is in the period, of cases of the unit. */
const servicesStartedIn = (s: StatisticsScope) => ({ startedOn: within(s), supportCase: ofUnit(s) })

export function servicesByType(db: Db, s: StatisticsScope) {
  return once(s, 'services-by-type', async () => {
    const rows = await db.supportService.groupBy({ by: ['type'], where: servicesStartedIn(s), _count: { _all: true } })
    return enumLines(L.SupportServiceType, countsBy(rows, 'type'))
  })
}

/** The sum of the services by type (every service has one). */
export const servicesStarted = async (db: Db, s: StatisticsScope) => total(await servicesByType(db, s))

/** Distinct persons with a service started in the period (whatever their screening). */
export async function personsSupported(db: Db, s: StatisticsScope) {
  const rows = await db.supportCase.groupBy({ by: ['personRef'], where: { ...ofUnit(s), services: { some: { startedOn: within(s) } } } })
  return rows.length
}

/**
 * Victims supported by service type: per type, the distinct persons of cases of the unit not
 * screened NOT_VICTIM with a service of that type started in the period. GROUP BY (type, person)
 * runs in the database, so the answer has one row per distinct person and type.
 */
export async function victimsByServiceType(db: Db, s: StatisticsScope) {
  const rows = await db.$queryRaw<{ type: string; n: number | bigint }[]>`SELECT x."type" AS "type", COUNT(*) AS "n" FROM (
      SELECT DISTINCT sv."type" AS "type", c."personRef" AS "personRef" FROM "SupportService" sv JOIN "SupportCase" c ON c."id" = sv."supportCaseId"
      WHERE sv."startedOn" >= ${s.period.start} AND sv."startedOn" < ${s.period.end} AND c."unitCode" IN (${list(s.communes)})
        AND (c."screeningResult" IS NULL OR c."screeningResult" <> 'NOT_VICTIM')) x
    GROUP BY x."type"`
  return enumLines(L.SupportServiceType, new Map(rows.map((r) => [String(r.type), Number(r.n)])))
}

/** The SHELTER line of the services by type. */
export const shelterStaysStarted = async (db: Db, s: StatisticsScope) => (await servicesByType(db, s)).find((l) => l.key === 'SHELTER')!.count

/** Shelter stays of cases of the unit begun before the period's end whose last day is after it (or not recorded yet). */
export const shelterStaysOngoingAtEnd = (db: Db, s: StatisticsScope) =>
  db.supportService.count({ where: { type: 'SHELTER', supportCase: ofUnit(s), startedOn: { lt: s.period.end }, OR: [{ endedOn: null }, { endedOn: { gte: s.period.end } }] } })

