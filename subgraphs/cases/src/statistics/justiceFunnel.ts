// The justice funnel for a statistics scope: the police's steps counted here, the procuracy's and
// the court's arriving through @requires (counts and distinct person references only). The
// persons of each step are broken down by the police person record; one statement in all.
import { count, countPersons, defineSection, persons, type Figures, type RefCount, type StatisticsScope } from '@lienthong/kit'
import { byCitizenship, bySex } from './breakdown.ts'
import { scoped } from './fromOthers.ts'
import { CASES, casesOpenedIn, personArms, REPORTS, reportsReceivedIn, refList, suspectArms, unitRecords } from './policeSql.ts'

function funnelArms(s: StatisticsScope) {
  const x = scoped(s)
  return [
    count('reportsReceived', REPORTS, reportsReceivedIn(s)),
    count('casesOpened', CASES, casesOpenedIn(s)),
    ...suspectArms('suspects', s),
    ...personArms('indicted', refList(x.indictedPersonRefs ?? [])),
    ...personArms('convicted', refList(x.convictedPersonRefs ?? [])),
  ]
}

type StepTotal = (f: Figures, s: StatisticsScope, refs: RefCount) => number

/** JusticeFunnelPersons of one step: its persons, by sex and by citizenship (each a person count). */
const step = (name: string, total: StepTotal) => (f: Figures, s: StatisticsScope) => ({
  total: countPersons(total, f, s),
  bySex: countPersons((g, x, refs) => bySex(g, name, total(g, x, refs)), f, s),
  byCitizenship: countPersons((g, x, refs) => byCitizenship(g, name, total(g, x, refs)), f, s),
})

const suspects: StepTotal = (f) => f.count('suspects')
const indicted: StepTotal = (_f, s, refs) => refs(scoped(s).indictedPersonRefs)
const convicted: StepTotal = (_f, s, refs) => refs(scoped(s).convictedPersonRefs)

/** JusticeFunnel (the parent of its fields is the ProvincialStatistics representation): one statement per request and scope. */
export const funnelSection = defineSection({
  name: 'justiceFunnel',
  records: unitRecords,
  arms: funnelArms,
  types: {
    JusticeFunnel: {
      reportsReceived: (f) => f.count('reportsReceived'),
      casesOpened: (f) => f.count('casesOpened'),
      casesIndicted: (_f, s) => scoped(s).casesIndicted ?? 0,
      casesTried: (_f, s) => scoped(s).casesTried ?? 0,
      convictedPersons: persons(convicted),
      suspects: step('suspects', suspects),
      indicted: step('indicted', indicted),
      convicted: step('convicted', convicted),
    },
  },
})
