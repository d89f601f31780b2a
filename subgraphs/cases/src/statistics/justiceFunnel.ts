// The justice funnel for a statistics scope: the police's steps counted here, the procuracy's and
// the court's arriving through @requires (counts and distinct person references only). The
// persons of each step are broken down by the police person record; one statement in all.
import { count, countFigures, type CountByKey, type StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { CASES, casesOpenedIn, personArms, REPORTS, reportsReceivedIn, refList, suspectArms, unitRecords } from './policeSql.ts'
import { byCitizenship, bySex } from './policeStatistics.ts'

export interface FromProsecutions { indictedPersonRefs: readonly string[]; convictedPersonRefs: readonly string[]; casesIndicted: number; casesTried: number }
export interface FunnelPersons { total: number; bySex: CountByKey[]; byCitizenship: CountByKey[] }

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
  const persons = (name: string, total: number): FunnelPersons => ({ total, bySex: bySex(f, name, total), byCitizenship: byCitizenship(f, name, total) })
  return {
    reportsReceived: f.count('reportsReceived'), casesOpened: f.count('casesOpened'), casesIndicted: p.casesIndicted, casesTried: p.casesTried,
    convictedPersons: convicted.length,
    suspects: persons('suspects', f.count('suspects')), indicted: persons('indicted', indicted.length), convicted: persons('convicted', convicted.length),
  }
}
