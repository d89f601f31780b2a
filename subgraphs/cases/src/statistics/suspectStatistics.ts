// Suspects of the cases opened in a statistics scope: distinct persons, counted in the database.
import type { StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { byCitizenship, bySex } from './personBreakdowns.ts'
import { casesOpenedWhere } from './policeStatistics.ts'
import { suspectsOfCasesOpened } from './justiceFunnel.ts'

export const suspects = (db: Db, s: StatisticsScope) => db.person.count({ where: suspectsOfCasesOpened(s) })
export const suspectsBySex = async (db: Db, s: StatisticsScope) => bySex(db, suspectsOfCasesOpened(s), await suspects(db, s))
export const suspectsByCitizenship = async (db: Db, s: StatisticsScope) => byCitizenship(db, suspectsOfCasesOpened(s), await suspects(db, s))
/** Caught in one of those cases: any arrest status other than AT_LARGE (arrested, detained, surrendered, released after arrest). */
export const suspectsArrested = (db: Db, s: StatisticsScope) =>
  db.person.count({ where: { suspectIn: { some: { case: casesOpenedWhere(s), arrestStatus: { not: 'AT_LARGE' } } } } })
/** Wanted in one of those cases. */
export const suspectsWanted = (db: Db, s: StatisticsScope) => db.person.count({ where: { suspectIn: { some: { case: casesOpenedWhere(s), wanted: true } } } })
