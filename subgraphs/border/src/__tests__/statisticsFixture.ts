// Border Guard records built for the statistics tests (NOT the demo seed), written through the
// subgraph's own mutations, and the test's independent recount of every figure from them.
// Dates straddle period boundaries and the 2025 reform (1 July 2025, communes merged).
import { Random } from '@lienthong/kit'

const VN = (s: string) => new Date(`${s}+07:00`)
const DAY = 86_400_000
const REFORM = VN('2025-07-01T00:00:00')

/** Instants on both sides of quarter, half-year, year and reform boundaries (Vietnam time). */
const INSTANTS = [
  '2024-06-30T23:30:00',
  '2024-07-01T00:00:00',
  '2024-08-15T10:00:00',
  '2024-09-30T23:59:00',
  '2024-10-01T00:00:00',
  '2024-12-31T22:00:00',
  '2025-01-01T00:00:00',
  '2025-03-10T08:00:00',
  '2025-06-30T23:00:00',
  '2025-07-01T00:00:00',
  '2025-07-01T09:00:00',
  '2025-09-05T12:00:00',
  '2025-12-31T23:59:00',
].map(VN)
const DELAYS = [0.5, 3, 20, 45, 100, 200]

const LAND = { pre: ['99201', '99202', '99401', '99402'], post: ['99803', '99807'] }
const COAST = { pre: ['99101', '99103', '99301', '99302', '99304'], post: ['99801', '99802', '99805', '99806'] }
/** The gate catalogue as the test knows it: commune before and after the reform. */
export const GATES = [
  { code: 'CK-CUA-KHAU', units: ['99201', '99803'], from: ['CN'] },
  { code: 'CK-PA-THOM', units: ['99402', '99807'], from: ['LA'] },
  { code: 'CK-CANG-HAI-BIEN', units: ['99101', '99801'], from: null },
  { code: 'CK-CANG-VAM-LANG', units: ['99302', '99806'], from: null },
] as const

export const INCIDENT_TYPES = ['ILLEGAL_EXIT', 'ILLEGAL_ENTRY', 'INTERCEPTION', 'SUSPECTED_TRAFFICKING', 'RESCUE', 'FORCED_LABOUR_AT_SEA'] as const
export const PLACE_TYPES = ['LAND_BORDER', 'SEA', 'PORT', 'CHECKPOINT', 'ISLANDS'] as const
export const ROLES = ['PRESUMED_VICTIM', 'SUSPECT', 'OTHER'] as const
export const REPATRIATION_STATUSES = ['PENDING', 'IN_PROGRESS', 'VERIFIED', 'NOT_CONFIRMED'] as const
export const DIRECTIONS = ['OUTGOING', 'INCOMING'] as const
export const COUNTERPARTS = ['INTERPOL', 'ASEANAPOL', 'NEIGHBOURING_BORDER_POST', 'OTHER_FOREIGN_AUTHORITY'] as const
export const COOPERATION_STATUSES = ['OPEN', 'IN_PROGRESS', 'ANSWERED', 'DECLINED', 'CLOSED'] as const

/** A pool of fabricated person references shared by incidents and repatriations (overlaps on purpose). */
export const personPool = (prefix: string) => Array.from({ length: 10 }, (_, k) => `${prefix}${String(k).padStart(2, '0')}`.padEnd(64, 'e'))

interface IncidentPlan {
  externalRef: string
  occurredAt: Date
  placeType: string
  incidentType: string
  unitCode: string
  otherCountry: string
  persons: { personRef: string; role: string; supportAt: Date | null }[]
  policeAt: Date | null
  closedAt: Date | null
}
interface RepatriationPlan {
  externalRef: string
  fromCountry: string
  gateCode: string
  unitCode: string
  receivedAt: Date
  personRefs: string[]
  embassyAtRecord: boolean
  startedAt: Date | null
  ended: { at: Date; status: 'VERIFIED' | 'NOT_CONFIRMED' } | null
  embassyAt: Date | null
}
interface CooperationPlan {
  externalRef: string
  direction: string
  counterpart: string
  counterpartCountry: string
  requestedAt: Date
  incident: number | null
  repatriation: number | null
  steps: { status: string; at: Date }[]
}
export interface Plan {
  incidents: IncidentPlan[]
  repatriations: RepatriationPlan[]
  cooperations: CooperationPlan[]
}

// follow-ups stay in the past (writes refuse future instants)
const LATEST = VN('2026-06-01T00:00:00').getTime()
const later = (r: Random, t: Date) => new Date(Math.min(t.getTime() + r.pick(DELAYS) * DAY, Math.max(LATEST, t.getTime())))

/** `n` incidents, `n` repatriations and `n` cooperation records; deterministic for a seed. */
export function buildPlan(prefix: string, n: number, seed: number, pool = personPool(prefix.toLowerCase().replace(/[^0-9a-f]/g, 'a'))): Plan {
  const r = new Random(seed)
  const incidents: IncidentPlan[] = []
  for (let k = 0; k < n; k++) {
    const occurredAt = r.pick(INSTANTS)
    const placeType = r.pick(PLACE_TYPES)
    const side = occurredAt < REFORM ? 'pre' : 'post'
    const unitCode = r.pick(['SEA', 'PORT', 'ISLANDS'].includes(placeType) ? COAST[side] : LAND[side])
    const incidentType = r.pick(INCIDENT_TYPES)
    const refs = [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(pool)))]
    const persons = refs.map((personRef, i) => ({
      personRef,
      role: i === 0 && incidentType === 'RESCUE' ? 'PRESUMED_VICTIM' : r.pick(ROLES),
      supportAt: null as Date | null,
    }))
    for (const p of persons) if (p.role === 'PRESUMED_VICTIM' && r.chance(0.5)) p.supportAt = later(r, occurredAt)
    const policeAt = r.chance(0.5) ? later(r, occurredAt) : null
    const last = Math.max(occurredAt.getTime(), policeAt?.getTime() ?? 0, ...persons.map((p) => p.supportAt?.getTime() ?? 0))
    const closedAt = r.chance(0.5) ? later(r, new Date(last)) : null
    incidents.push({
      externalRef: `${prefix}-BI-${k}`,
      occurredAt,
      placeType,
      incidentType,
      unitCode,
      otherCountry: r.pick(['CN', 'LA', 'KH', 'TH', 'MY']),
      persons,
      policeAt,
      closedAt,
    })
  }
  const repatriations: RepatriationPlan[] = []
  for (let k = 0; k < n; k++) {
    const receivedAt = r.pick(INSTANTS)
    const fromCountry = r.pick(['CN', 'LA', 'KH', 'TH', 'MY'])
    const gate = r.pick(GATES.filter((g) => g.from === null || (g.from as readonly string[]).includes(fromCountry)))
    const embassyAtRecord = r.chance(0.3)
    const startedAt = r.chance(0.75) ? later(r, receivedAt) : null
    const ended = startedAt && r.chance(0.7) ? { at: later(r, startedAt), status: r.pick(['VERIFIED', 'NOT_CONFIRMED'] as const) } : null
    // the embassy reference comes with the reception, or with the verification when it concludes VERIFIED
    const embassyAt = embassyAtRecord ? receivedAt : ended?.status === 'VERIFIED' ? ended.at : null
    repatriations.push({
      externalRef: `${prefix}-HH-${k}`,
      fromCountry,
      gateCode: gate.code,
      unitCode: gate.units[receivedAt < REFORM ? 0 : 1],
      receivedAt,
      personRefs: [...new Set(Array.from({ length: r.int(1, 2) }, () => r.pick(pool)))],
      embassyAtRecord,
      startedAt,
      ended,
      embassyAt,
    })
  }
  const cooperations: CooperationPlan[] = []
  for (let k = 0; k < n; k++) {
    const link = r.pick(['incident', 'repatriation', 'none'] as const)
    const incident = link === 'incident' ? r.int(0, n - 1) : null
    const repatriation = link === 'repatriation' ? r.int(0, n - 1) : null
    const base = incident != null ? incidents[incident]!.occurredAt : repatriation != null ? repatriations[repatriation]!.receivedAt : r.pick(INSTANTS)
    const requestedAt = r.chance(0.3) ? base : later(r, base)
    const counterpart = r.pick(COUNTERPARTS)
    const path = r.pick([
      [],
      ['IN_PROGRESS'],
      ['IN_PROGRESS', 'ANSWERED'],
      ['IN_PROGRESS', 'ANSWERED', 'CLOSED'],
      ['DECLINED'],
      ['IN_PROGRESS', 'DECLINED'],
      // a follow-up question after an answer (the machine loops)
      ['IN_PROGRESS', 'ANSWERED', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'ANSWERED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'],
    ])
    let at = requestedAt
    const steps = path.map((status) => ({ status, at: (at = later(r, at)) }))
    cooperations.push({
      externalRef: `${prefix}-HT-${k}`,
      direction: r.pick(DIRECTIONS),
      counterpart,
      counterpartCountry: counterpart === 'NEIGHBOURING_BORDER_POST' ? r.pick(['CN', 'LA', 'KH']) : r.pick(['TH', 'MY', 'KR', 'CN']),
      requestedAt,
      incident,
      repatriation,
      steps,
    })
  }
  return { incidents, repatriations, cooperations }
}

type Exec = (query: string, variables: Record<string, unknown>) => Promise<any>

/** Writes the plan through the Border Guard's mutations (a GraphQL executor that throws on errors). */
export async function applyPlan(run: Exec, plan: Plan) {
  // variables as they travel over HTTP (instants as ISO strings)
  const exec: Exec = (query, variables) => run(query, JSON.parse(JSON.stringify(variables)))
  const incidentIds: string[] = []
  for (const i of plan.incidents) {
    const {
      recordBorderIncident: { id },
    } = await exec('mutation($input: RecordBorderIncidentInput!) { recordBorderIncident(input: $input) { id } }', {
      input: {
        externalRef: i.externalRef,
        occurredAt: i.occurredAt,
        placeType: i.placeType,
        incidentType: i.incidentType,
        unitCode: i.unitCode,
        otherCountry: i.otherCountry,
        persons: i.persons.map(({ personRef, role }) => ({ personRef, role })),
      },
    })
    incidentIds.push(id)
    if (i.policeAt)
      await exec('mutation($input: HandOverIncidentToPoliceInput!) { handOverIncidentToPolice(input: $input) { id } }', {
        input: { incidentId: id, reportId: `report-${i.externalRef}`, handedOverAt: i.policeAt },
      })
    for (const p of i.persons) {
      if (p.supportAt)
        await exec('mutation($input: HandOverPersonToSupportInput!) { handOverPersonToSupport(input: $input) { id } }', {
          input: { incidentId: id, personRef: p.personRef, supportCaseId: `support-${i.externalRef}`, handedOverAt: p.supportAt },
        })
    }
    if (i.closedAt)
      await exec('mutation($input: CloseBorderIncidentInput!) { closeBorderIncident(input: $input) { id } }', {
        input: { incidentId: id, closedAt: i.closedAt },
      })
  }
  const repatriationIds: string[] = []
  for (const x of plan.repatriations) {
    const embassyRef = `DSQ-${x.externalRef}`
    const {
      recordRepatriation: { id },
    } = await exec('mutation($input: RecordRepatriationInput!) { recordRepatriation(input: $input) { id } }', {
      input: {
        externalRef: x.externalRef,
        fromCountry: x.fromCountry,
        gateCode: x.gateCode,
        receivedAt: x.receivedAt,
        personRefs: x.personRefs,
        embassyRef: x.embassyAtRecord ? embassyRef : null,
      },
    })
    repatriationIds.push(id)
    const update = 'mutation($input: UpdateRepatriationStatusInput!) { updateRepatriationStatus(input: $input) { id } }'
    if (x.startedAt) await exec(update, { input: { repatriationId: id, status: 'IN_PROGRESS', at: x.startedAt } })
    if (x.ended)
      await exec(update, {
        input: { repatriationId: id, status: x.ended.status, at: x.ended.at, embassyRef: x.ended.status === 'VERIFIED' ? embassyRef : null },
      })
  }
  for (const c of plan.cooperations) {
    const {
      recordCrossBorderCooperation: { id },
    } = await exec('mutation($input: RecordCrossBorderCooperationInput!) { recordCrossBorderCooperation(input: $input) { id } }', {
      input: {
        externalRef: c.externalRef,
        direction: c.direction,
        counterpart: c.counterpart,
        counterpartCountry: c.counterpartCountry,
        subject: 'VERIFY_IDENTITY',
        requestedAt: c.requestedAt,
        incidentId: c.incident == null ? null : incidentIds[c.incident],
        repatriationId: c.repatriation == null ? null : repatriationIds[c.repatriation],
      },
    })
    for (const s of c.steps)
      await exec('mutation($input: UpdateCooperationStatusInput!) { updateCooperationStatus(input: $input) { id } }', {
        input: { cooperationId: id, status: s.status, at: s.at },
      })
  }
}

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
