// Border Guard records built for the statistics tests (NOT the demo seed), written through the
// subgraph's own mutations; statisticsFixture.ts recounts every figure from them. Dates straddle
// period boundaries and the 2025 reform (1 July 2025, communes merged).
import { Random } from '@lienthong/kit'
import { BOUNDARY_INSTANTS, DAY_MS, FOLLOW_UP_DAYS, LATEST_WRITE, REFORM_AT, mutate, type DataExec } from '@lienthong/kit/testing'
import { recordIncidentInput } from '../../prisma/demo/incidents.ts'

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
export interface RepatriationPlan {
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
const later = (r: Random, t: Date) => new Date(Math.min(t.getTime() + r.pick(FOLLOW_UP_DAYS) * DAY_MS, Math.max(LATEST_WRITE, t.getTime())))

/** `n` incidents, `n` repatriations and `n` cooperation records; deterministic for a seed. */
export function buildPlan(prefix: string, n: number, seed: number, pool = personPool(prefix.toLowerCase().replace(/[^0-9a-f]/g, 'a'))): Plan {
  const r = new Random(seed)
  const incidents: IncidentPlan[] = []
  for (let k = 0; k < n; k++) {
    const occurredAt = r.pick(BOUNDARY_INSTANTS)
    const placeType = r.pick(PLACE_TYPES)
    const side = occurredAt < REFORM_AT ? 'pre' : 'post'
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
    const receivedAt = r.pick(BOUNDARY_INSTANTS)
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
      unitCode: gate.units[receivedAt < REFORM_AT ? 0 : 1],
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
    const base = incident != null ? incidents[incident]!.occurredAt : repatriation != null ? repatriations[repatriation]!.receivedAt : r.pick(BOUNDARY_INSTANTS)
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

/** Writes the plan through the Border Guard's mutations (a GraphQL executor that throws on errors). */
export async function applyPlan(run: DataExec, plan: Plan) {
  // variables as they travel over HTTP (instants as ISO strings)
  const write = (name: string, input: Record<string, unknown>) => mutate((query, variables) => run(query, JSON.parse(JSON.stringify(variables))), name, input)
  const incidentIds: string[] = []
  for (const i of plan.incidents) {
    const { id } = await write('recordBorderIncident', recordIncidentInput(i, i.persons))
    incidentIds.push(id)
    // each change names the version it read: 1 when recorded, one more after each change
    let version = 1
    if (i.policeAt)
      await write('handOverIncidentToPolice', { incidentId: id, reportId: `report-${i.externalRef}`, handedOverAt: i.policeAt, version: version++ })
    for (const p of i.persons) {
      if (p.supportAt)
        await write('handOverPersonToSupport', {
          incidentId: id,
          personRef: p.personRef,
          supportCaseId: `support-${i.externalRef}`,
          handedOverAt: p.supportAt,
          version: version++,
        })
    }
    if (i.closedAt) await write('closeBorderIncident', { incidentId: id, closedAt: i.closedAt, version })
  }
  const repatriationIds: string[] = []
  for (const x of plan.repatriations) {
    const embassyRef = `DSQ-${x.externalRef}`
    const { fromCountry, gateCode, receivedAt, personRefs } = x
    const { id } = await write('recordRepatriation', {
      externalRef: x.externalRef,
      fromCountry,
      gateCode,
      receivedAt,
      personRefs,
      embassyRef: x.embassyAtRecord ? embassyRef : null,
    })
    repatriationIds.push(id)
    let version = 1
    if (x.startedAt) await write('updateRepatriationStatus', { repatriationId: id, status: 'IN_PROGRESS', at: x.startedAt, version: version++ })
    if (x.ended)
      await write('updateRepatriationStatus', {
        repatriationId: id,
        status: x.ended.status,
        at: x.ended.at,
        embassyRef: x.ended.status === 'VERIFIED' ? embassyRef : null,
        version,
      })
  }
  for (const c of plan.cooperations) {
    const { id } = await write('recordCrossBorderCooperation', {
      externalRef: c.externalRef,
      direction: c.direction,
      counterpart: c.counterpart,
      counterpartCountry: c.counterpartCountry,
      subject: 'VERIFY_IDENTITY',
      requestedAt: c.requestedAt,
      incidentId: c.incident == null ? null : incidentIds[c.incident],
      repatriationId: c.repatriation == null ? null : repatriationIds[c.repatriation],
    })
    let version = 1
    for (const s of c.steps) await write('updateCooperationStatus', { cooperationId: id, status: s.status, at: s.at, version: version++ })
  }
}
