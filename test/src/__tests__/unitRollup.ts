// The world of the roll-up test (unit-rollup.test.ts): where its records are placed, with every
// unit each must count in written out by hand; how they are written; and the figures the test
// reads for a unit and period (statistics and filtered lists), in one flat shape.
import { createHash } from 'node:crypto'
import { periodInputFromCode } from '@lienthong/schema'
import { ok, written } from '../answers.ts'
import type { Query } from '../network.ts'
import { borderIncidentInput, supportCaseInput } from '../records.ts'

export const BEFORE = '2025-03-10T09:00:00+07:00'
export const AFTER = '2025-08-10T09:00:00+07:00'
type When = typeof BEFORE | typeof AFTER

/**
 * Where the records are placed (`n` of each kind) and, written out by hand, every unit each must
 * count in: its own unit and every unit above it, across the reform. 99404 and 99501 (two old
 * districts) merged into 99808, which rolls up to the province only; 99807 was formed from
 * communes of 994 alone.
 */
export const PLACEMENTS: { unit: string; at: When; n: number; countsIn: string[] }[] = [
  { unit: '99401', at: BEFORE, n: 2, countsIn: ['99401', '99807', '994', '99'] },
  { unit: '99404', at: BEFORE, n: 1, countsIn: ['99404', '99808', '994', '99'] },
  { unit: '99501', at: BEFORE, n: 1, countsIn: ['99501', '99808', '995', '99'] },
  { unit: '994', at: BEFORE, n: 3, countsIn: ['994', '99'] },
  { unit: '995', at: BEFORE, n: 1, countsIn: ['995', '99'] },
  { unit: '99', at: BEFORE, n: 2, countsIn: ['99'] },
  { unit: '99807', at: AFTER, n: 2, countsIn: ['99807', '994', '99'] },
  { unit: '99808', at: AFTER, n: 1, countsIn: ['99808', '99'] },
  { unit: '99', at: AFTER, n: 1, countsIn: ['99'] },
]
/** The Border Guard's incidents: land-border communes only, before and after the reform. */
export const BORDER_PLACEMENTS: typeof PLACEMENTS = [
  { unit: '99401', at: BEFORE, n: 2, countsIn: ['99401', '99807', '994', '99'] },
  { unit: '99807', at: AFTER, n: 1, countsIn: ['99807', '994', '99'] },
]

/** The periods read, with the placement times each holds. */
export const PERIODS = {
  '2025-Q1': { holds: [BEFORE] },
  '2025-Q3': { holds: [AFTER] },
  '2025': { holds: [BEFORE, AFTER] },
} as const
export type PeriodCode = keyof typeof PERIODS
export const PERIOD_CODES = Object.keys(PERIODS) as PeriodCode[]

/** How many of `placements` count in `unit` during `period`, from the hand-written table. */
export const expected = (placements: typeof PLACEMENTS, unit: string, period: PeriodCode) =>
  placements.filter((p) => p.countsIn.includes(unit) && (PERIODS[period].holds as readonly string[]).includes(p.at)).reduce((a, p) => a + p.n, 0)
/** How many of `placements` were placed exactly at `unit` during `period`. */
export const placedAt = (placements: typeof PLACEMENTS, unit: string, period: PeriodCode) =>
  placements.filter((p) => p.unit === unit && (PERIODS[period].holds as readonly string[]).includes(p.at)).reduce((a, p) => a + p.n, 0)

const personRef = (tag: string) => createHash('sha256').update(`rollup:${tag}`).digest('hex')

/** Each agency's officer, writing its own records. */
export type Writers = Record<'police' | 'procuracy' | 'social' | 'border', Query>

/** One record of every kind that may be placed at any level, at `unitCode` on `when`, numbered `k`. */
export async function writeEveryKind(callers: Writers, unitCode: string, when: string, k: number) {
  await written(callers.police, `mutation($input: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $input) { id } }`, {
    externalRef: `RU-TB-${k}`,
    kind: 'DENUNCIATION',
    channel: 'IN_PERSON',
    receivedAt: when,
    receivedByUnitCode: '99',
    unitCode,
  })
  const c = await written(callers.police, `mutation($input: OpenCriminalCaseInput!) { openCriminalCase(input: $input) { id } }`, {
    externalRef: `RU-VA-${k}`,
    openedAt: when,
    codeArticle: 150,
    unitCode,
    routeKind: 'DOMESTIC',
    forms: ['FORCED_LABOUR'],
  })
  await written(callers.police, `mutation($input: RecordRescueOperationInput!) { recordRescueOperation(input: $input) { id } }`, {
    externalRef: `RU-GC-${k}`,
    name: `Giải cứu ${k}`,
    startedAt: when,
    unitCode,
  })
  await written(callers.procuracy, `mutation($input: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $input) { id } }`, {
    externalRef: `RU-VKS-${k}`,
    caseId: c.id,
    acceptedAt: when,
    unitCode,
    defendants: [personRef(`defendant-${k}`)],
  })
  await written(
    callers.social,
    `mutation($input: ReceiveSupportCaseInput!) { receiveSupportCase(input: $input) { id } }`,
    supportCaseInput(`RU-HT-${k}`, personRef(`supported-${k}`), when, { unitCode, arrival: 'POLICE' }),
  )
  await written(callers.social, `mutation($input: RecordHotlineContactInput!) { recordHotlineContact(input: $input) { id } }`, {
    externalRef: `RU-DD-${k}`,
    receivedAt: when,
    unitCode,
    channel: 'PHONE',
    concernsTrafficking: true,
  })
}

export const RECORD_INCIDENT = `mutation($input: RecordBorderIncidentInput!) { recordBorderIncident(input: $input) { id } }`
/** A Border Guard incident at `unitCode` on `when`, numbered `k`: one presumed victim, met at the border with Laos. */
export const incident = (unitCode: string, when: string, k: number) => borderIncidentInput(`RU-BP-${k}`, when, unitCode, 'LA', [personRef(`crossed-${k}`)])

/** The statistics the test reads for a unit: the four agencies' counts of records placed at any level. */
const STATISTICS = `police { reportsReceived casesOpened rescueOperations casesByUnit { key count } }
  procuracy { filesAccepted } support { casesReceived hotlineContactsReceived }
  border { incidents { total byUnit { key count } } } victims { total }`
/** The seven lists filtered by unit (and period), each read by its total. */
const LISTS = {
  incomingReports: 'period',
  criminalCases: 'period',
  rescueOperations: 'period',
  procuracyFiles: 'acceptedIn',
  supportCases: 'period',
  hotlineContacts: 'period',
  borderIncidents: 'period',
} as const
/** Units per request: the gateway allows 30 aliases, and each unit takes eight (its statistics and seven lists). */
export const BATCH = 3

/** The figures of one unit and period, flat: the kinds placed at any level, and border incidents apart. */
export interface Counts {
  anyLevel: Record<string, number>
  border: Record<string, number>
  victims: number
  casesByUnit: Record<string, number>
  incidentsByUnit: Record<string, number>
}
export const ANY_LEVEL = [
  'reportsReceived',
  'incomingReports',
  'casesOpened',
  'criminalCases',
  'rescueOperations',
  'rescueOperationsList',
  'filesAccepted',
  'procuracyFiles',
  'supportCasesReceived',
  'supportCases',
  'hotlineContactsReceived',
  'hotlineContacts',
] as const

function flatten(d: any): Counts {
  const s = d.provincialStatistics
  const lines = (l: { key: string; count: number }[]) => Object.fromEntries(l.filter((x) => x.count).map((x) => [x.key, x.count]))
  return {
    anyLevel: {
      reportsReceived: s.police.reportsReceived,
      incomingReports: d.incomingReports.totalCount,
      casesOpened: s.police.casesOpened,
      criminalCases: d.criminalCases.totalCount,
      rescueOperations: s.police.rescueOperations,
      rescueOperationsList: d.rescueOperations.totalCount,
      filesAccepted: s.procuracy.filesAccepted,
      procuracyFiles: d.procuracyFiles.totalCount,
      supportCasesReceived: s.support.casesReceived,
      supportCases: d.supportCases.totalCount,
      hotlineContactsReceived: s.support.hotlineContactsReceived,
      hotlineContacts: d.hotlineContacts.totalCount,
    },
    border: { incidents: s.border.incidents.total, borderIncidents: d.borderIncidents.totalCount },
    victims: s.victims.total,
    casesByUnit: lines(s.police.casesByUnit),
    incidentsByUnit: lines(s.border.incidents.byUnit),
  }
}

/** One request for `units` in `period`: their statistics and their seven lists, aliased by unit. */
function unitsQuery(units: readonly string[], period: PeriodCode): { query: string; variables: Record<string, unknown> } {
  const vars = units.map((_, k) => `$u${k}: AdminUnitCode!`).join(', ')
  const fields = units
    .map((_, k) =>
      [
        `s${k}: provincialStatistics(period: $p, unitCode: $u${k}) { ${STATISTICS} }`,
        ...Object.entries(LISTS).map(([list, period]) => `${list}${k}: ${list}(first: 1, filter: { ${period}: $p, unitCode: $u${k} }) { totalCount }`),
      ].join('\n'),
    )
    .join('\n')
  const variables = { p: periodInputFromCode(period), ...Object.fromEntries(units.map((u, k) => [`u${k}`, u])) }
  return { query: `query($p: PeriodInput!, ${vars}) { ${fields} }`, variables }
}

/** The answer for the `k`-th unit of a `unitsQuery`, shaped as one unit's answer. */
const ofUnit = (data: any, k: number) => ({
  provincialStatistics: data[`s${k}`],
  ...Object.fromEntries(Object.keys(LISTS).map((list) => [list, data[`${list}${k}`]])),
})

/** The figures of each of `units` (at most BATCH) in `period`, read as `reader` in one request. */
export async function unitFigures(reader: Query, units: readonly string[], period: PeriodCode): Promise<Counts[]> {
  const { query, variables } = unitsQuery(units, period)
  const data = await ok(reader, query, variables)
  return units.map((_, k) => flatten(ofUnit(data, k)))
}
