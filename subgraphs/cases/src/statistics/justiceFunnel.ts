// The justice funnel for a statistics scope: the police's steps counted here, the procuracy's and
// the court's arriving through @requires (counts and distinct person references only). The
// persons of each step are broken down by the police person record; one statement in all.
import { count, countFigures, personCount, recordValueSum, type CountByKey, type PersonCount, type StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { CASES, casesOpenedIn, personArms, REPORTS, reportsReceivedIn, refList, suspectArms, unitRecords } from './policeSql.ts'
import { byCitizenship, bySex } from './policeStatistics.ts'

export interface FromProsecutions { indictedPersonRefs: readonly string[]; convictedPersonRefs: readonly string[]; casesIndicted: number; casesTried: number }
/** A step's persons, each count with its record keys for the publication (kit publish.ts). */
export interface FunnelPersons { total: PersonCount<number>; bySex: PersonCount<CountByKey[]>; byCitizenship: PersonCount<CountByKey[]> }

export async function justiceFunnel(db: Db, s: StatisticsScope, p: FromProsecutions) {
  const indicted = [...new Set(p.indictedPersonRefs)]
  const convicted = [...new Set(p.convictedPersonRefs)]
  const f = await countFigures(db, [
    count('reportsReceived', REPORTS, reportsReceivedIn(s)),
    count('casesOpened', CASES, casesOpenedIn(s)),
    ...suspectArms('suspects', s),
    ...personArms('indicted', refList(indicted)),
    ...personArms('convicted', refList(convicted)),
  ], unitRecords(s))
  const keys = f.recordKeys()
  const persons = (name: string, total: number, totalKey: number): FunnelPersons => ({
    total: personCount(total, totalKey),
    bySex: personCount(bySex(f, name, total), bySex(keys, name, totalKey)),
    byCitizenship: personCount(byCitizenship(f, name, total), byCitizenship(keys, name, totalKey)),
  })
  return {
    reportsReceived: f.count('reportsReceived'), casesOpened: f.count('casesOpened'), casesIndicted: p.casesIndicted, casesTried: p.casesTried,
    convictedPersons: personCount(convicted.length, recordValueSum(convicted)),
    suspects: persons('suspects', f.count('suspects'), keys.count('suspects')),
    indicted: persons('indicted', indicted.length, recordValueSum(indicted)),
    convicted: persons('convicted', convicted.length, recordValueSum(convicted)),
  }
}
