// The test's independent recount of every Border Guard figure from the records of its plan
// (statisticsPlan.ts, NOT the demo seed), the selection that answers in the recount's shape, and
// the scopes asked: periods and units across quarter, year and 2025-reform boundaries.
import { vnTime as VN } from '@lienthong/kit/testing'
import {
  COOPERATION_STATUSES,
  COUNTERPARTS,
  DIRECTIONS,
  GATES,
  INCIDENT_TYPES,
  PLACE_TYPES,
  REPATRIATION_STATUSES,
  ROLES,
  type Plan,
  type RepatriationPlan,
} from './statisticsPlan.ts'

export { applyPlan, buildPlan, type Plan } from './statisticsPlan.ts'

/** A scope as the test knows it: the period's bounds and the communes of the unit it uses. */
export interface TestScope {
  periodCode: string
  unitCode: string
  start: Date
  end: Date
  communes: ReadonlySet<string> | 'ALL'
}

const count = <T>(xs: readonly T[], keys: readonly string[], keyOf: (x: T) => string) =>
  keys.map((key) => ({ key, count: xs.filter((x) => keyOf(x) === key).length }))
const occurring = <T>(xs: readonly T[], keyOf: (x: T) => string) =>
  [...new Set(xs.map(keyOf))].sort().map((key) => ({ key, count: xs.filter((x) => keyOf(x) === key).length }))
const distinct = (xs: readonly string[]) => new Set(xs).size

/** Every figure recounted from the plan, in the shape of the GraphQL answer (labels left out). */
export function recount(plans: readonly Plan[], s: TestScope) {
  const inPeriod = (t: Date | null) => t != null && t >= s.start && t < s.end
  const inUnit = (c: string) => s.communes === 'ALL' || s.communes.has(c)
  const allIncidents = plans.flatMap((p) => p.incidents)
  const incidents = allIncidents.filter((i) => inPeriod(i.occurredAt) && inUnit(i.unitCode))
  const reps = plans.flatMap((p) => p.repatriations).filter((x) => inPeriod(x.receivedAt) && inUnit(x.unitCode))
  const coops = plans
    .flatMap((p) => p.cooperations.map((c) => ({ ...c, plan: p })))
    .filter(
      (c) =>
        inPeriod(c.requestedAt) &&
        (c.incident != null
          ? inUnit(c.plan.incidents[c.incident]!.unitCode)
          : c.repatriation != null
            ? inUnit(c.plan.repatriations[c.repatriation]!.unitCode)
            : s.communes === 'ALL'),
    )
  const involvements = incidents.flatMap((i) => i.persons)
  const statusAtEnd = (x: RepatriationPlan) => (x.ended && x.ended.at < s.end ? x.ended.status : x.startedAt && x.startedAt < s.end ? 'IN_PROGRESS' : 'PENDING')
  return {
    borderPersonRefs: [
      ...new Set([...involvements.filter((p) => p.role === 'PRESUMED_VICTIM').map((p) => p.personRef), ...reps.flatMap((x) => x.personRefs)]),
    ].sort(),
    border: {
      incidents: {
        total: incidents.length,
        byIncidentType: count(incidents, INCIDENT_TYPES, (i) => i.incidentType),
        byPlaceType: count(incidents, PLACE_TYPES, (i) => i.placeType),
        byOtherCountry: occurring(incidents, (i) => i.otherCountry),
        byUnit: occurring(incidents, (i) => i.unitCode),
        personsByRole: ROLES.map((role) => ({ key: role, count: distinct(involvements.filter((p) => p.role === role).map((p) => p.personRef)) })),
        handedToPolice: allIncidents.filter((i) => inUnit(i.unitCode) && inPeriod(i.policeAt)).length,
        personsHandedToSupport: distinct(
          allIncidents.filter((i) => inUnit(i.unitCode)).flatMap((i) => i.persons.filter((p) => inPeriod(p.supportAt)).map((p) => p.personRef)),
        ),
      },
      repatriations: {
        total: reps.length,
        byFromCountry: occurring(reps, (x) => x.fromCountry),
        byGate: count(
          reps,
          GATES.map((g) => g.code),
          (x) => x.gateCode,
        ),
        personsReceived: distinct(reps.flatMap((x) => x.personRefs)),
        byStatusAtPeriodEnd: count(reps, REPATRIATION_STATUSES, statusAtEnd),
        withEmbassyReference: reps.filter((x) => x.embassyAt != null && x.embassyAt < s.end).length,
      },
      cooperation: {
        total: coops.length,
        byDirection: count(coops, DIRECTIONS, (c) => c.direction),
        byCounterpart: count(coops, COUNTERPARTS, (c) => c.counterpart),
        // the last change made before the end (the request itself is before the end: it is in the period)
        byStatusAtPeriodEnd: count(coops, COOPERATION_STATUSES, (c) => c.steps.filter((x) => x.at < s.end).at(-1)?.status ?? 'OPEN'),
      },
    },
  }
}

/** The selection that gives the recount's shape. */
export const STATISTICS_SELECTION = `borderPersonRefs border {
  incidents { total byIncidentType { key labelVi count } byPlaceType { key labelVi count } byOtherCountry { key labelVi count } byUnit { key labelVi count }
    personsByRole { key labelVi count } handedToPolice personsHandedToSupport }
  repatriations { total byFromCountry { key labelVi count } byGate { key labelVi count } personsReceived byStatusAtPeriodEnd { key labelVi count } withEmbassyReference }
  cooperation { total byDirection { key labelVi count } byCounterpart { key labelVi count } byStatusAtPeriodEnd { key labelVi count } } }`

/** Drops the labels (checked separately) so an answer compares with the recount. */
export function withoutLabels(x: any): any {
  if (Array.isArray(x)) return x.map(withoutLabels)
  if (x && typeof x === 'object')
    return Object.fromEntries(
      Object.entries(x)
        .filter(([k]) => k !== 'labelVi')
        .map(([k, v]) => [k, withoutLabels(v)]),
    )
  return x
}

/** The scopes the tests ask for: quarters, halves, a year and a custom window; the province, an old district, a new commune, an old commune. */
const UNITS: Record<string, ReadonlySet<string> | 'ALL'> = {
  '99': 'ALL',
  '992': new Set(['99201', '99202', '99803']),
  '99803': new Set(['99803', '99201', '99202']),
  '99201': new Set(['99201']),
  '993': new Set(['99301', '99302', '99304', '99805', '99806']),
}
const PERIODS: Record<string, [string, string]> = {
  '2024-Q3': ['2024-07-01', '2024-10-01'],
  '2024-07-01..2024-09-30': ['2024-07-01', '2024-10-01'],
  '2025-H1': ['2025-01-01', '2025-07-01'],
  '2025-H2': ['2025-07-01', '2026-01-01'],
  '2025': ['2025-01-01', '2026-01-01'],
  '2024-M06': ['2024-06-01', '2024-07-01'],
}
export const SCOPES: TestScope[] = Object.entries(PERIODS).flatMap(([periodCode, [a, b]]) =>
  Object.entries(UNITS).map(([unitCode, communes]) => ({
    periodCode,
    unitCode,
    start: VN(`${a}T00:00:00`),
    end: VN(`${b}T00:00:00`),
    communes,
  })),
)
