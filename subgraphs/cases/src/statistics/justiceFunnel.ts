// The justice funnel for a statistics scope: the police's steps counted here, the procuracy's and
// the court's arriving through @requires (counts and distinct person references only). The
// persons of each step are broken down by the police person record, grouped in the database.
import type { StatisticsScope } from '@lienthong/kit'
import type { Db, Prisma } from '../db.ts'
import type { CountByKey } from './breakdown.ts'
import { byCitizenship, bySex } from './personBreakdowns.ts'
import { casesOpened, casesOpenedWhere, reportsReceived } from './policeStatistics.ts'

export interface FromProsecutions { indictedPersonRefs: readonly string[]; convictedPersonRefs: readonly string[]; casesIndicted: number; casesTried: number }
export interface FunnelPersons { total: number; bySex: CountByKey[]; byCitizenship: CountByKey[] }

/** Suspects of the cases opened in the period (distinct persons). */
export const suspectsOfCasesOpened = (s: StatisticsScope): Prisma.PersonWhereInput => ({ suspectIn: { some: { case: casesOpenedWhere(s) } } })

async function persons(db: Db, where: Prisma.PersonWhereInput, total: number | null): Promise<FunnelPersons> {
  const n = total ?? await db.person.count({ where })
  const [sex, citizenship] = await Promise.all([bySex(db, where, n), byCitizenship(db, where, n)])
  return { total: n, bySex: sex, byCitizenship: citizenship }
}

export async function justiceFunnel(db: Db, s: StatisticsScope, p: FromProsecutions) {
  const indicted = [...new Set(p.indictedPersonRefs)]
  const convicted = [...new Set(p.convictedPersonRefs)]
  const [received, opened, suspects, indictedPersons, convictedPersons] = await Promise.all([
    reportsReceived(db, s), casesOpened(db, s),
    persons(db, suspectsOfCasesOpened(s), null),
    persons(db, { personRef: { in: indicted } }, indicted.length),
    persons(db, { personRef: { in: convicted } }, convicted.length),
  ])
  return {
    reportsReceived: received, casesOpened: opened, casesIndicted: p.casesIndicted, casesTried: p.casesTried,
    convictedPersons: convicted.length, suspects, indicted: indictedPersons, convicted: convictedPersons,
  }
}
