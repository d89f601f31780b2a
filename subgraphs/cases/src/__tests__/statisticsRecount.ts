// The expected figures, recounted in plain JS from the records the test created (never from
// the code under test): the definitions of subgraphs/cases/README.md § Statistics, one by one.
import type { TWorld } from './statisticsWorld.ts'

export interface TScope {
  name: string
  period: Record<string, unknown>
  unitCode: string
  periodCode: string
  start: Date
  end: Date
  lastYear: number
  communes: Set<string>
}

type Line = [key: string, count: number]
const KEYS = {
  kind: ['DENUNCIATION', 'CRIME_REPORT', 'PROSECUTION_RECOMMENDATION'],
  channel: ['IN_PERSON', 'POLICE_HOTLINE', 'ONLINE', 'HOTLINE_TRANSFER', 'AGENCY_TRANSFER', 'PROVINCE_TRANSFER'],
  outcome: ['CASE_OPENED', 'NO_CASE_OPENED', 'TRANSFERRED', 'SUSPENDED'],
  article: ['150', '151'],
  form: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'ORGAN_REMOVAL', 'COMMERCIAL_SURROGACY', 'FORCED_MARRIAGE', 'CHILD_ADOPTION', 'OTHER', 'UNKNOWN'],
  route: ['DOMESTIC', 'CROSS_BORDER'],
  sex: ['MALE', 'FEMALE', 'UNKNOWN'],
  citizenship: ['VIETNAMESE', 'FOREIGN', 'STATELESS', 'UNDETERMINED'],
  age: ['UNDER_16', 'FROM_16_TO_17', 'FROM_18_TO_29', 'FROM_30_TO_44', 'FROM_45_TO_59', 'AGE_60_AND_OVER', 'UNKNOWN'],
  sexAge: ['GIRL', 'BOY', 'WOMAN', 'MAN', 'UNKNOWN'],
}
const lines = (keys: readonly string[], keyOf: (x: any) => string | string[], xs: readonly any[]): Line[] =>
  keys.map((k) => [k, xs.filter((x) => ([] as string[]).concat(keyOf(x)).includes(k)).length])
/** Keys present (count > 0): most first then by key for countries; by key for units. */
const present = (xs: readonly string[], byCount: boolean): Line[] => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return [...m].sort(([a, x], [b, y]) => (byCount ? y - x : 0) || (a < b ? -1 : a > b ? 1 : 0))
}
const between = (d: Date | null, s: TScope) => d != null && d >= s.start && d < s.end
const before = (d: Date | null, t: Date) => d != null && d < t

export function recount(w: TWorld, s: TScope) {
  const inUnit = (x: { unitCode: string }) => s.communes.has(x.unitCode)
  const person = new Map(w.persons.map((p) => [p.personRef, p]))
  const received = w.reports.filter((r) => inUnit(r) && between(r.receivedAt, s))
  const opened = w.cases.filter((c) => inUnit(c) && between(c.openedAt, s))
  const openedIds = new Set(opened.map((c) => c.id))
  const suspectRows = w.suspects.filter((x) => openedIds.has(x.caseId))
  const suspectRefs = [...new Set(suspectRows.map((x) => x.personRef))]
  const rescues = w.rescues.filter((x) => inUnit(x) && between(x.startedAt, s))
  const rescueIds = new Set(rescues.map((x) => x.id))
  const reportsInUnit = w.reports.filter(inUnit)
  const casesInUnit = w.cases.filter(inUnit)

  // K1–K3: pending = received before the end and not done before the start
  const k1 = reportsInUnit.filter((r) => r.receivedAt < s.end && !before(r.classifiedAt, s.start) && !before(r.resolvedAt, s.start))
  const k2 = reportsInUnit.filter(
    (r) => r.traffickingRelated === true && before(r.classifiedAt, s.end) && r.receivedAt < s.end && !before(r.resolvedAt, s.start),
  )
  const k3 = casesInUnit.filter((c) => c.openedAt < s.end && !before(c.solvedAt, s.start) && !before(c.closedAt, s.start))
  const kpis = [
    ['K1', k1.filter((r) => between(r.classifiedAt, s)).length, k1.length],
    ['K2', k2.filter((r) => between(r.resolvedAt, s)).length, k2.length],
    ['K3', k3.filter((c) => between(c.solvedAt, s)).length, k3.length],
  ]

  const people = (refs: readonly string[]) => {
    const ps = refs.map((ref) => person.get(ref))
    return {
      total: refs.length,
      bySex: lines(KEYS.sex, (p) => p?.sex ?? 'UNKNOWN', ps),
      byCitizenship: lines(KEYS.citizenship, (p) => p?.citizenship ?? 'UNDETERMINED', ps),
    }
  }
  const police = {
    reportsReceived: received.length,
    reportsByKind: lines(KEYS.kind, (r) => r.kind, received),
    reportsByChannel: lines(KEYS.channel, (r) => r.channel, received),
    reportsClassified: w.reports.filter((r) => inUnit(r) && between(r.classifiedAt, s)).length,
    reportsTraffickingRelated: w.reports.filter((r) => inUnit(r) && between(r.classifiedAt, s) && r.traffickingRelated === true).length,
    reportsResolvedByOutcome: lines(
      KEYS.outcome,
      (r) => r.status,
      w.reports.filter((r) => inUnit(r) && between(r.resolvedAt, s)),
    ),
    casesOpened: opened.length,
    casesByArticle: lines(KEYS.article, (c) => String(c.codeArticle), opened),
    casesByForm: lines(KEYS.form, (c) => c.forms, opened),
    casesByRoute: lines(KEYS.route, (c) => c.routeKind, opened),
    casesByDestination: present(
      opened.filter((c) => c.routeKind === 'CROSS_BORDER').map((c) => c.destinationCountry!),
      true,
    ),
    casesByUnit: present(
      opened.map((c) => c.unitCode),
      false,
    ),
    casesOrganisedRing: opened.filter((c) => c.organisedRing).length,
    casesOnlineRecruitment: opened.filter((c) => c.onlineRecruitment).length,
    casesInPeakCampaign: opened.filter((c) => c.peakCampaignId).length,
    casesSolved: casesInUnit.filter((c) => between(c.solvedAt, s)).length,
    suspects: suspectRefs.length,
    suspectsBySex: people(suspectRefs).bySex,
    suspectsByCitizenship: people(suspectRefs).byCitizenship,
    suspectsArrested: new Set(suspectRows.filter((x) => x.arrestStatus !== 'AT_LARGE').map((x) => x.personRef)).size,
    suspectsWanted: new Set(suspectRows.filter((x) => x.wanted).map((x) => x.personRef)).size,
    rescueOperations: rescues.length,
    personsRescued: w.victims.filter((v) => v.rescueOperationId && rescueIds.has(v.rescueOperationId)).length,
  }

  // victims: police (identified in the period, in a case or rescue of the unit) ∪ support ∪ border
  const caseById = new Map(w.cases.map((c) => [c.id, c]))
  const rescueById = new Map(w.rescues.map((x) => [x.id, x]))
  const victimOf = new Map(w.victims.map((v) => [v.personRef, v]))
  const policeRefs = w.victims
    .filter(
      (v) =>
        v.status === 'IDENTIFIED' &&
        between(v.identifiedAt, s) &&
        (v.caseIds.some((id) => inUnit(caseById.get(id)!)) || (v.rescueOperationId != null && inUnit(rescueById.get(v.rescueOperationId)!))),
    )
    .map((v) => v.personRef)
  const refused = (ref: string) => ['REFUSED', 'WITHDRAWN'].includes(victimOf.get(ref)?.consentToCount ?? '')
  const union = [...new Set([...policeRefs, ...w.supportRefs, ...w.borderRefs])]
  const counted = union.filter((ref) => !refused(ref))
  const age = (ref: string) => {
    const y = person.get(ref)?.birthYear
    if (y == null) return 'UNKNOWN'
    const a = s.lastYear - y
    return a < 16 ? 'UNDER_16' : a < 18 ? 'FROM_16_TO_17' : a < 30 ? 'FROM_18_TO_29' : a < 45 ? 'FROM_30_TO_44' : a < 60 ? 'FROM_45_TO_59' : 'AGE_60_AND_OVER'
  }
  // GLOTIP's groups: a child is under 18 at the period's last year; unknown without sex or birth year
  const sexAge = (ref: string) => {
    const p = person.get(ref)
    const a = age(ref)
    if (!p || a === 'UNKNOWN' || (p.sex !== 'FEMALE' && p.sex !== 'MALE')) return 'UNKNOWN'
    const child = a === 'UNDER_16' || a === 'FROM_16_TO_17'
    return p.sex === 'FEMALE' ? (child ? 'GIRL' : 'WOMAN') : child ? 'BOY' : 'MAN'
  }
  const casesOf = (ref: string) => (victimOf.get(ref)?.caseIds ?? []).map((id) => caseById.get(id)!)
  const formsOf = (ref: string) => {
    const f = victimOf.get(ref)?.forms ?? []
    return f.length ? f : ['UNKNOWN']
  }
  const victims = {
    total: counted.length,
    excludedForConsent: union.length - counted.length,
    bySex: people(counted).bySex,
    byAgeBand: lines(KEYS.age, age, counted),
    bySexAndAgeGroup: lines(KEYS.sexAge, sexAge, counted),
    byCitizenship: people(counted).byCitizenship,
    byForm: lines(KEYS.form, formsOf, counted),
    byRoute: lines(
      [...KEYS.route, 'NONE'],
      (ref) => {
        const cs = casesOf(ref)
        return cs.length ? cs.map((c) => c.routeKind) : ['NONE']
      },
      counted,
    ),
    byDestination: present(
      counted.flatMap((ref) => [
        ...new Set(
          casesOf(ref)
            .filter((c) => c.routeKind === 'CROSS_BORDER')
            .map((c) => c.destinationCountry!),
        ),
      ]),
      true,
    ),
    byAgency: [
      ['POLICE', counted.filter((r) => policeRefs.includes(r)).length],
      ['SUPPORT', counted.filter((r) => w.supportRefs.includes(r)).length],
      ['BORDER', counted.filter((r) => w.borderRefs.includes(r)).length],
    ] as Line[],
    byUnit: present(
      counted.flatMap((ref) => [...new Set(casesOf(ref).map((c) => c.unitCode))]),
      false,
    ),
  }
  const indicted = [...new Set(w.indictedRefs)]
  const convicted = [...new Set(w.convictedRefs)]
  const justiceFunnel = {
    reportsReceived: received.length,
    casesOpened: opened.length,
    casesIndicted: 7,
    casesTried: 5,
    convictedPersons: convicted.length,
    suspects: people(suspectRefs),
    indicted: people(indicted),
    convicted: people(convicted),
  }
  return { kpis, police, victims, justiceFunnel }
}
