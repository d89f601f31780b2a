// The procuracy's and the court's figures recounted in plain JS from the test's own files (the
// steps it wrote), following the definitions in the README — never from the code under test.
import { testScope } from '@lienthong/kit/testing'
import type { TFile, TVerdict } from './statisticsWorld.ts'

export interface TScope {
  name: string
  period: Record<string, unknown>
  periodCode: string
  unitCode: string
  start: Date
  end: Date
  communes: ReadonlySet<string>
}

const PRE = ['99101', '99102', '99103', '99104', '99201', '99404', '99501']
const POST = ['99801', '99802', '99803', '99807', '99808']
const c = (...xs: string[]) => new Set(xs)
const PROVINCE = c(...PRE, ...POST)
export const SCOPES: TScope[] = [
  testScope('year 2024, province', { kind: 'YEAR', year: 2024 }, '99', PROVINCE),
  testScope('Q3 2024, old district 991', { kind: 'QUARTER', year: 2024, index: 3 }, '991', c('99101', '99102', '99103', '99104', '99801', '99802')),
  testScope('July 2024, post-reform commune 99801', { kind: 'MONTH', year: 2024, index: 7 }, '99801', c('99801', '99101', '99102')),
  testScope('Q4 2024, province', { kind: 'QUARTER', year: 2024, index: 4 }, '99', PROVINCE),
  testScope('peak campaign window, province', { kind: 'CUSTOM', from: '2024-07-01', to: '2024-09-30' }, '99', PROVINCE),
  testScope('year 2025, old district 994', { kind: 'YEAR', year: 2025 }, '994', c('99401', '99402', '99403', '99404', '99807')),
  testScope('H2 2025, post-reform commune 99808', { kind: 'HALF_YEAR', year: 2025, index: 2 }, '99808', c('99808', '99404', '99501')),
  testScope('Q1 2025, province', { kind: 'QUARTER', year: 2025, index: 1 }, '99', PROVINCE),
  testScope('H1 2026, province', { kind: 'HALF_YEAR', year: 2026, index: 1 }, '99', PROVINCE),
]

interface RDecision {
  to: string
  at: Date
}
interface RCourt {
  acceptedAt: Date
  decisions: RDecision[]
  trial?: { at: Date; kind: string; verdicts: TVerdict[] }
  appeals: { at: Date; decided?: { at: Date; status: string } }[]
}
interface RFile {
  unitCode: string
  acceptedAt: Date
  decisions: RDecision[]
  indictments: { at: Date; charges: { personRef: string; article: number }[]; court?: RCourt }[]
}

/** Folds a file's steps into what happened to it (decisions in order, the first acceptance included). */
function fold(f: TFile): RFile {
  const acceptedAt = f.steps[0]!.at
  const r: RFile = { unitCode: f.unitCode, acceptedAt, decisions: [{ to: 'ACCEPTED', at: acceptedAt }], indictments: [] }
  const court = () => r.indictments.at(-1)!.court!
  for (const s of f.steps) {
    if (s.k === 'decide') r.decisions.push({ to: s.to, at: s.at })
    if (s.k === 'indict') {
      r.decisions.push({ to: 'INDICTED', at: s.at })
      r.indictments.push({ at: s.at, charges: s.charges })
    }
    if (s.k === 'courtAccept') r.indictments.at(-1)!.court = { acceptedAt: s.at, decisions: [{ to: 'ACCEPTED', at: s.at }], appeals: [] }
    if (s.k === 'courtDecide') court().decisions.push({ to: s.to, at: s.at })
    if (s.k === 'trial') {
      court().decisions.push({ to: 'TRIED_FIRST_INSTANCE', at: s.at })
      court().trial = { at: s.at, kind: s.kind, verdicts: s.verdicts }
    }
    if (s.k === 'appeal') court().appeals.push({ at: s.at, decided: s.decided })
  }
  return r
}

/** The status just before instant t: the last decision dated before it (decisions are in time order). */
const statusAt = (decisions: readonly RDecision[], t: Date) => decisions.filter((d) => d.at < t).at(-1)?.to

const lines = (keys: readonly string[], count: (k: string) => number) => keys.map((k) => [k, count(k)] as [string, number])
const BANDS = ['NON_CUSTODIAL_REFORM', 'PRISON_UNDER_5_YEARS', 'PRISON_5_TO_10_YEARS', 'PRISON_10_TO_15_YEARS', 'PRISON_15_YEARS_OR_MORE', 'LIFE_IMPRISONMENT']
function band(v: TVerdict): string {
  if (v.sentenceKind !== 'IMPRISONMENT') return v.sentenceKind!
  const m = v.sentenceMonths!
  return m < 60 ? 'PRISON_UNDER_5_YEARS' : m < 120 ? 'PRISON_5_TO_10_YEARS' : m < 180 ? 'PRISON_10_TO_15_YEARS' : 'PRISON_15_YEARS_OR_MORE'
}

export function recount(all: readonly TFile[], s: TScope) {
  const files = all.map(fold).filter((f) => s.communes.has(f.unitCode))
  const inP = (d: Date | undefined) => d != null && d >= s.start && d < s.end
  const courts = files.flatMap((f) => f.indictments.flatMap((i) => (i.court ? [i.court] : [])))
  const indictmentsInP = files.flatMap((f) => f.indictments.filter((i) => inP(i.at)))
  const verdictsInP = courts.flatMap((c) => (c.trial && inP(c.trial.at) ? c.trial.verdicts : []))
  const appeals = courts.flatMap((c) => c.appeals)
  const distinct = (xs: string[]) => [...new Set(xs)].sort()
  const indictedRefs = distinct(indictmentsInP.flatMap((i) => i.charges.map((c) => c.personRef)))
  const convicted = verdictsInP.filter((v) => v.outcome === 'CONVICTED')
  const convictedRefs = distinct(convicted.map((v) => v.personRef))
  // pending during the period: ACCEPTED at its start, or accepted (first or again) during it
  const pending = (x: { decisions: RDecision[] }) => statusAt(x.decisions, s.start) === 'ACCEPTED' || x.decisions.some((d) => d.to === 'ACCEPTED' && inP(d.at))
  const decidedInP = (x: { decisions: RDecision[] }, to: string) => x.decisions.some((d) => d.to === to && inP(d.at))
  const k4 = files.filter(pending)
  const k5 = courts.filter(pending)
  const decided = (to: string) => files.filter((f) => f.decisions.some((d) => d.to === to && inP(d.at))).length
  const courtDecided = (to: string) => courts.filter((c) => c.decisions.some((d) => d.to === to && inP(d.at))).length
  return {
    prosecutionKpiCounts: [
      ['K4', k4.filter((f) => decidedInP(f, 'INDICTED')).length, k4.length],
      ['K5', k5.filter((c) => decidedInP(c, 'TRIED_FIRST_INSTANCE')).length, k5.length],
    ],
    indictedPersonRefs: indictedRefs,
    convictedPersonRefs: convictedRefs,
    casesIndicted: files.filter((f) => f.indictments.some((i) => inP(i.at))).length,
    casesTried: files.filter((f) => f.indictments.some((i) => inP(i.court?.trial?.at))).length,
    procuracy: {
      filesAccepted: files.filter((f) => inP(f.acceptedAt)).length,
      filesIndicted: files.filter((f) => f.indictments.some((i) => inP(i.at))).length,
      filesReturnedForInvestigation: decided('RETURNED_FOR_INVESTIGATION'),
      filesSuspended: decided('SUSPENDED'),
      filesDropped: decided('DROPPED'),
      defendantsIndicted: indictedRefs.length,
      defendantsIndictedByArticle: lines(
        ['150', '151'],
        (a) => distinct(indictmentsInP.flatMap((i) => i.charges.filter((c) => String(c.article) === a).map((c) => c.personRef))).length,
      ),
      pendingAtEnd: files.filter((f) => statusAt(f.decisions, s.end) === 'ACCEPTED').length,
    },
    court: {
      filesAccepted: courts.filter((c) => inP(c.acceptedAt)).length,
      filesTried: courts.filter((c) => inP(c.trial?.at)).length,
      triedByKind: lines(['REGULAR', 'MODEL_TRIAL', 'MOBILE_TRIAL'], (k) => courts.filter((c) => inP(c.trial?.at) && c.trial!.kind === k).length),
      filesReturnedToProcuracy: courtDecided('RETURNED_TO_PROCURACY'),
      filesSuspended: courtDecided('SUSPENDED'),
      pendingAtEnd: courts.filter((c) => statusAt(c.decisions, s.end) === 'ACCEPTED').length,
      defendantsConvicted: convictedRefs.length,
      defendantsAcquitted: distinct(verdictsInP.filter((v) => v.outcome === 'ACQUITTED').map((v) => v.personRef)).length,
      convictedByArticle: lines(['150', '151'], (a) => distinct(convicted.filter((v) => String(v.article) === a).map((v) => v.personRef)).length),
      convictionsBySentence: lines(BANDS, (b) => convicted.filter((v) => band(v) === b).length),
      appealsFiled: appeals.filter((a) => inP(a.at)).length,
      appealsDecided: appeals.filter((a) => inP(a.decided?.at)).length,
      appealsDecidedByOutcome: lines(
        ['UPHELD', 'AMENDED', 'QUASHED', 'WITHDRAWN'],
        (o) => appeals.filter((a) => inP(a.decided?.at) && a.decided!.status === o).length,
      ),
    },
  }
}

const LINES = '{ key count }'
const FIGURES = `casesIndicted casesTried
  procuracy { filesAccepted filesIndicted filesReturnedForInvestigation filesSuspended filesDropped defendantsIndicted defendantsIndictedByArticle ${LINES} pendingAtEnd }
  court { filesAccepted filesTried triedByKind ${LINES} filesReturnedToProcuracy filesSuspended pendingAtEnd defendantsConvicted defendantsAcquitted
    convictedByArticle ${LINES} convictionsBySentence ${LINES} appealsFiled appealsDecided appealsDecidedByOutcome ${LINES} }`
/** Everything this subgraph contributes to ProvincialStatistics (asked of the subgraph itself). */
export const STATISTICS_SELECTION = `prosecutionKpiCounts { code numerator denominator } indictedPersonRefs convictedPersonRefs ${FIGURES}`
/** The same through the gateway: the person-reference lists are @inaccessible there (only the police subgraph's @requires reads them). */
export const API_STATISTICS_SELECTION = `prosecutionKpiCounts { code numerator denominator } ${FIGURES}`
/** The breakdowns marked @personCount (suppressed for analysts and integrators), by section. */
export const PERSON_COUNTS = { procuracy: ['defendantsIndictedByArticle'], court: ['convictedByArticle', 'convictionsBySentence'] } as const

/** Breakdown lines as [key, count]; KPI counts as [code, numerator, denominator]; person refs sorted. */
export function normalise(x: any): any {
  if (Array.isArray(x))
    return x
      .map((l) => (typeof l === 'string' ? l : 'code' in l ? [l.code, l.numerator, l.denominator] : [l.key, l.count]))
      .sort((a: any, b: any) => (typeof a === 'string' ? a.localeCompare(b) : 0))
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, normalise(v)]))
  return x
}
