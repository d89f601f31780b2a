// NET-13, records at any administrative level, through the gateway over HTTP on SQLite and
// PostgreSQL. Every agency writes records through its own mutations at a commune, a pre-reform
// district and the province, before and after the 2025 reform (the Border Guard at communes only:
// a district or the province is BAD_USER_INPUT naming unitCode). Then, for every unit of the
// register and for a period before the reform, one after it and the year across it, every
// statistics figure and every list filtered by unit counts exactly the records placed in the unit
// or under it — never one placed above it — and the totals add up: the province is the sum of
// its direct children plus the records placed at the province itself; a district the sum of its
// communes plus the records placed at the district.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { testProviders } from '@lienthong/kit/testing'
import { adminUnits } from '@lienthong/schema'
import { startNetwork, TEST_OFFICERS, type Query, type TestNetwork } from '../network.ts'

const BEFORE = '2025-03-10T09:00:00+07:00'
const AFTER = '2025-08-10T09:00:00+07:00'
type When = typeof BEFORE | typeof AFTER

/**
 * Where the records are placed (`n` of each kind) and, written out by hand, every unit each must
 * count in: its own unit and every unit above it, across the reform. 99404 and 99501 (two old
 * districts) merged into 99808, which rolls up to the province only; 99807 was formed from
 * communes of 994 alone.
 */
const PLACEMENTS: { unit: string; at: When; n: number; countsIn: string[] }[] = [
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
const BORDER_PLACEMENTS: typeof PLACEMENTS = [
  { unit: '99401', at: BEFORE, n: 2, countsIn: ['99401', '99807', '994', '99'] },
  { unit: '99807', at: AFTER, n: 1, countsIn: ['99807', '994', '99'] },
]

const PERIODS = {
  '2025-Q1': { input: { kind: 'QUARTER', year: 2025, index: 1 }, holds: [BEFORE] },
  '2025-Q3': { input: { kind: 'QUARTER', year: 2025, index: 3 }, holds: [AFTER] },
  '2025': { input: { kind: 'YEAR', year: 2025 }, holds: [BEFORE, AFTER] },
} as const
type PeriodCode = keyof typeof PERIODS

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
const BATCH = 3

/** One request for `units` in period `$p`: their statistics and their seven lists, aliased by unit. */
function unitsQuery(units: readonly string[]): { query: string; variables: (p: unknown) => Record<string, unknown> } {
  const vars = units.map((_, k) => `$u${k}: AdminUnitCode!`).join(', ')
  const fields = units
    .map((_, k) =>
      [
        `s${k}: provincialStatistics(period: $p, unitCode: $u${k}) { ${STATISTICS} }`,
        ...Object.entries(LISTS).map(([list, period]) => `${list}${k}: ${list}(first: 1, filter: { ${period}: $p, unitCode: $u${k} }) { totalCount }`),
      ].join('\n'),
    )
    .join('\n')
  return { query: `query($p: PeriodInput!, ${vars}) { ${fields} }`, variables: (p) => ({ p, ...Object.fromEntries(units.map((u, k) => [`u${k}`, u])) }) }
}
/** The answer for the `k`-th unit of a `unitsQuery`, shaped as one unit's answer. */
const ofUnit = (data: any, k: number) => ({
  provincialStatistics: data[`s${k}`],
  ...Object.fromEntries(Object.keys(LISTS).map((list) => [list, data[`${list}${k}`]])),
})

/** The figures of one unit and period, flat: the kinds placed at any level, and border incidents apart. */
interface Counts {
  anyLevel: Record<string, number>
  border: Record<string, number>
  victims: number
  casesByUnit: Record<string, number>
  incidentsByUnit: Record<string, number>
}
const ANY_LEVEL = [
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

/** How many of `placements` count in `unit` during `period`, from the hand-written table. */
const expected = (placements: typeof PLACEMENTS, unit: string, period: PeriodCode) =>
  placements.filter((p) => p.countsIn.includes(unit) && (PERIODS[period].holds as readonly string[]).includes(p.at)).reduce((a, p) => a + p.n, 0)
/** How many of `placements` were placed exactly at `unit` during `period`. */
const placedAt = (placements: typeof PLACEMENTS, unit: string, period: PeriodCode) =>
  placements.filter((p) => p.unit === unit && (PERIODS[period].holds as readonly string[]).includes(p.at)).reduce((a, p) => a + p.n, 0)

const units = adminUnits()
const ALL_UNITS = units.all().map((u) => u.code)
const DISTRICTS = units.unitsOn('DISTRICT', '2025-06-30').map((u) => u.code)
const NEW_COMMUNES = units.unitsOn('COMMUNE', '2025-07-01').map((u) => u.code)
const oldCommunesOf = (district: string) =>
  units
    .all()
    .filter((u) => u.parent === district)
    .map((u) => u.code)

describe.each(await testProviders())('records at any administrative level roll up on %s', (provider) => {
  let net: TestNetwork
  const counts = new Map<string, Counts>()
  const at = (unit: string, period: PeriodCode) => counts.get(`${period}/${unit}`)!
  let seq = 0
  const ref = (tag: string) => createHash('sha256').update(`rollup:${tag}`).digest('hex')
  const ok = async (caller: Query, query: string, variables: Record<string, unknown>) => {
    const r = await caller(query, variables)
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined()
    return r.body.data
  }

  /** One record of every kind that may be placed at any level, at `unitCode` on `when`. */
  async function writeEveryKind(callers: Record<'police' | 'procuracy' | 'social' | 'border', Query>, unitCode: string, when: string) {
    const k = ++seq
    await ok(callers.police, `mutation($i: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $i) { id } }`, {
      i: { externalRef: `RU-TB-${k}`, kind: 'DENUNCIATION', channel: 'IN_PERSON', receivedAt: when, receivedByUnitCode: '99', unitCode },
    })
    const c = (
      await ok(callers.police, `mutation($i: OpenCriminalCaseInput!) { openCriminalCase(input: $i) { id } }`, {
        i: { externalRef: `RU-VA-${k}`, openedAt: when, codeArticle: 150, unitCode, routeKind: 'DOMESTIC', forms: ['FORCED_LABOUR'] },
      })
    ).openCriminalCase.id
    await ok(callers.police, `mutation($i: RecordRescueOperationInput!) { recordRescueOperation(input: $i) { id } }`, {
      i: { externalRef: `RU-GC-${k}`, name: `Giải cứu ${k}`, startedAt: when, unitCode },
    })
    await ok(callers.procuracy, `mutation($i: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $i) { id } }`, {
      i: { externalRef: `RU-VKS-${k}`, caseId: c, acceptedAt: when, unitCode, defendants: [ref(`defendant-${k}`)] },
    })
    await ok(callers.social, `mutation($i: ReceiveSupportCaseInput!) { receiveSupportCase(input: $i) { id } }`, {
      i: { externalRef: `RU-HT-${k}`, personRef: ref(`supported-${k}`), receivedAt: when, facility: 'SOCIAL_PROTECTION_CENTRE', unitCode, arrival: 'POLICE' },
    })
    await ok(callers.social, `mutation($i: RecordHotlineContactInput!) { recordHotlineContact(input: $i) { id } }`, {
      i: { externalRef: `RU-DD-${k}`, receivedAt: when, unitCode, channel: 'PHONE', concernsTrafficking: true },
    })
  }
  const incident = (unitCode: string, when: string, k: number) => ({
    externalRef: `RU-BP-${k}`,
    occurredAt: when,
    placeType: 'LAND_BORDER',
    incidentType: 'SUSPECTED_TRAFFICKING',
    unitCode,
    otherCountry: 'LA',
    persons: [{ personRef: ref(`crossed-${k}`), role: 'PRESUMED_VICTIM' }],
  })
  const RECORD_INCIDENT = `mutation($i: RecordBorderIncidentInput!) { recordBorderIncident(input: $i) { id } }`

  beforeAll(async () => {
    net = await startNetwork(provider, { seed: false })
    const callers = {
      police: await net.as(TEST_OFFICERS.police),
      procuracy: await net.as(TEST_OFFICERS.procuracy),
      social: await net.as(TEST_OFFICERS.social_affairs),
      border: await net.as(TEST_OFFICERS.border_guard),
    }
    for (const p of PLACEMENTS) for (let k = 0; k < p.n; k++) await writeEveryKind(callers, p.unit, p.at)
    for (const p of BORDER_PLACEMENTS) for (let k = 0; k < p.n; k++) await ok(callers.border, RECORD_INCIDENT, { i: incident(p.unit, p.at, ++seq) })
    for (const period of Object.keys(PERIODS) as PeriodCode[]) {
      for (let i = 0; i < ALL_UNITS.length; i += BATCH) {
        const batch = ALL_UNITS.slice(i, i + BATCH)
        const { query, variables } = unitsQuery(batch)
        const data = await ok(net.query, query, variables(PERIODS[period].input))
        batch.forEach((unit, k) => void counts.set(`${period}/${unit}`, flatten(ofUnit(data, k))))
      }
    }
  }, 600_000)
  afterAll(() => net?.stop())

  it('refuses a district after the reform, and a Border Guard incident anywhere but a commune, with BAD_USER_INPUT naming unitCode, writing nothing', async () => {
    const police = await net.as(TEST_OFFICERS.police)
    const late = await police(`mutation($i: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $i) { id } }`, {
      i: { externalRef: 'RU-TB-LATE', kind: 'DENUNCIATION', channel: 'IN_PERSON', receivedAt: AFTER, receivedByUnitCode: '99', unitCode: '994' },
    })
    expect(late.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitCode' })
    const social = await net.as(TEST_OFFICERS.social_affairs)
    const lateContact = await social(`mutation($i: RecordHotlineContactInput!) { recordHotlineContact(input: $i) { id } }`, {
      i: { externalRef: 'RU-DD-LATE', receivedAt: AFTER, unitCode: '995', channel: 'PHONE', concernsTrafficking: true },
    })
    expect(lateContact.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitCode' })
    const border = await net.as(TEST_OFFICERS.border_guard)
    for (const [unitCode, when] of [
      ['994', BEFORE],
      ['99', BEFORE],
      ['99', AFTER],
    ] as const) {
      const r = await border(RECORD_INCIDENT, { i: incident(unitCode, when, 9000 + seq++) })
      expect(r.body.errors?.[0]?.extensions, `${unitCode} on ${when}`).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitCode' })
      expect(r.body.errors?.[0]?.message).toMatch(/not a district or the province/)
    }
    const { query, variables } = unitsQuery(['99'])
    expect(flatten(ofUnit(await ok(net.query, query, variables(PERIODS['2025'].input)), 0))).toEqual(at('99', '2025'))
  })

  it('counts every record in its own unit and every unit above it, in statistics and lists alike, for every unit and period', () => {
    for (const period of Object.keys(PERIODS) as PeriodCode[]) {
      for (const unit of ALL_UNITS) {
        const c = at(unit, period)
        const n = expected(PLACEMENTS, unit, period)
        const b = expected(BORDER_PLACEMENTS, unit, period)
        expect(c.anyLevel, `${unit} in ${period}`).toEqual(Object.fromEntries(ANY_LEVEL.map((f) => [f, n])))
        expect(c.border, `${unit} in ${period}`).toEqual({ incidents: b, borderIncidents: b })
        // victims: one distinct person per support case and per incident, each counted once
        expect(c.victims, `${unit} in ${period}`).toBe(n + b)
      }
    }
  })

  it('never counts a record placed at a district or the province in a commune under it', () => {
    for (const period of Object.keys(PERIODS) as PeriodCode[]) {
      expect(at('99401', period).anyLevel.casesOpened).toBe(placedAt(PLACEMENTS, '99401', period))
      // 99807 (formed from 994's communes): its own records and 99401's, never the 994's nor the province's
      expect(at('99807', period).anyLevel.casesOpened).toBe(placedAt(PLACEMENTS, '99807', period) + placedAt(PLACEMENTS, '99401', period))
      for (const commune of units
        .all()
        .filter((u) => u.level === 'COMMUNE')
        .map((u) => u.code)) {
        expect(
          Object.keys(at(commune, period).casesByUnit).every((k) => units.get(k)!.level === 'COMMUNE'),
          commune,
        ).toBe(true)
      }
    }
  })

  it('adds up: the province = its direct children + the records placed at the province; a district = its communes + its own records', () => {
    const figures = (c: Counts) => ({ ...c.anyLevel, ...c.border, victims: c.victims })
    const sum = (codes: readonly string[], period: PeriodCode) => {
      const total: Record<string, number> = {}
      for (const code of codes) for (const [k, v] of Object.entries(figures(at(code, period)))) total[k] = (total[k] ?? 0) + v
      return total
    }
    const plus = (a: Record<string, number>, own: number, ownBorder = 0) =>
      Object.fromEntries(
        Object.entries(a).map(([k, v]) => [k, v + (k === 'incidents' || k === 'borderIncidents' ? ownBorder : k === 'victims' ? own + ownBorder : own)]),
      )
    // before the reform the province's children are the districts, a district's its communes
    expect(figures(at('99', '2025-Q1'))).toEqual(plus(sum(DISTRICTS, '2025-Q1'), placedAt(PLACEMENTS, '99', '2025-Q1')))
    for (const d of DISTRICTS) expect(figures(at(d, '2025-Q1')), d).toEqual(plus(sum(oldCommunesOf(d), '2025-Q1'), placedAt(PLACEMENTS, d, '2025-Q1')))
    // after it the province's children are the new communes
    expect(figures(at('99', '2025-Q3'))).toEqual(plus(sum(NEW_COMMUNES, '2025-Q3'), placedAt(PLACEMENTS, '99', '2025-Q3')))
    // across it: every new commune includes the old communes merged into it, so the new communes,
    // the records placed at districts and those placed at the province make up the province
    const districtsOwn = DISTRICTS.reduce((a, d) => a + placedAt(PLACEMENTS, d, '2025'), 0)
    expect(figures(at('99', '2025'))).toEqual(plus(sum(NEW_COMMUNES, '2025'), districtsOwn + placedAt(PLACEMENTS, '99', '2025')))
  })

  it('lists the units a record was placed at in the breakdowns by unit, so the lines add up to the total', () => {
    const province = at('99', '2025')
    expect(province.casesByUnit).toEqual({ '99401': 2, '99404': 1, '99501': 1, '994': 3, '995': 1, '99': 3, '99807': 2, '99808': 1 })
    expect(Object.values(province.casesByUnit).reduce((a, b) => a + b, 0)).toBe(province.anyLevel.casesOpened)
    expect(at('994', '2025').casesByUnit).toEqual({ '99401': 2, '99404': 1, '994': 3, '99807': 2 })
    expect(province.incidentsByUnit).toEqual({ '99401': 2, '99807': 1 })
  })
})
