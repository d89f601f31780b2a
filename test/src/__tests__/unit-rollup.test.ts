// NET-13, records at any administrative level, through the gateway over HTTP on SQLite and
// PostgreSQL. Every agency writes records through its own mutations at a commune, a pre-reform
// district and the province, before and after the 2025 reform (the Border Guard at communes only:
// a district or the province is BAD_USER_INPUT naming unitCode). Then, for every unit of the
// register and for a period before the reform, one after it and the year across it, every
// statistics figure and every list filtered by unit counts exactly the records placed in the unit
// or under it — never one placed above it — and the totals add up: the province is the sum of
// its direct children plus the records placed at the province itself; a district the sum of its
// communes plus the records placed at the district.
import { beforeAll, describe, expect, it } from 'vitest'
import { testProviders } from '@lienthong/kit/testing'
import { adminUnits } from '@lienthong/schema'
import { written } from '../answers.ts'
import { TEST_OFFICERS } from '../network.ts'
import { useNetwork } from '../sharedNetwork.ts'
import {
  AFTER,
  ANY_LEVEL,
  BATCH,
  BEFORE,
  BORDER_PLACEMENTS,
  expected,
  incident,
  PERIOD_CODES,
  placedAt,
  PLACEMENTS,
  RECORD_INCIDENT,
  unitFigures,
  writeEveryKind,
  type Counts,
  type PeriodCode,
} from './unitRollup.ts'

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
  const { net, callers } = useNetwork(provider, {
    seed: false,
    callers: { police: TEST_OFFICERS.police, procuracy: TEST_OFFICERS.procuracy, social: TEST_OFFICERS.social_affairs, border: TEST_OFFICERS.border_guard },
  })
  const counts = new Map<string, Counts>()
  const at = (unit: string, period: PeriodCode) => counts.get(`${period}/${unit}`)!
  let seq = 0

  beforeAll(async () => {
    for (const p of PLACEMENTS) for (let k = 0; k < p.n; k++) await writeEveryKind(callers, p.unit, p.at, ++seq)
    for (const p of BORDER_PLACEMENTS) for (let k = 0; k < p.n; k++) await written(callers.border, RECORD_INCIDENT, incident(p.unit, p.at, ++seq))
    for (const period of PERIOD_CODES) {
      for (let i = 0; i < ALL_UNITS.length; i += BATCH) {
        const batch = ALL_UNITS.slice(i, i + BATCH)
        const figures = await unitFigures(net.query, batch, period)
        batch.forEach((unit, k) => void counts.set(`${period}/${unit}`, figures[k]!))
      }
    }
  }, 600_000)

  it('refuses a district after the reform, and a Border Guard incident anywhere but a commune, with BAD_USER_INPUT naming unitCode, writing nothing', async () => {
    const late = await callers.police(`mutation($i: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $i) { id } }`, {
      i: { externalRef: 'RU-TB-LATE', kind: 'DENUNCIATION', channel: 'IN_PERSON', receivedAt: AFTER, receivedByUnitCode: '99', unitCode: '994' },
    })
    expect(late.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitCode' })
    const lateContact = await callers.social(`mutation($i: RecordHotlineContactInput!) { recordHotlineContact(input: $i) { id } }`, {
      i: { externalRef: 'RU-DD-LATE', receivedAt: AFTER, unitCode: '995', channel: 'PHONE', concernsTrafficking: true },
    })
    expect(lateContact.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitCode' })
    for (const [unitCode, when] of [
      ['994', BEFORE],
      ['99', BEFORE],
      ['99', AFTER],
    ] as const) {
      const r = await callers.border(RECORD_INCIDENT, { input: incident(unitCode, when, 9000 + seq++) })
      expect(r.body.errors?.[0]?.extensions, `${unitCode} on ${when}`).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitCode' })
      expect(r.body.errors?.[0]?.message).toMatch(/not a district or the province/)
    }
    expect((await unitFigures(net.query, ['99'], '2025'))[0]).toEqual(at('99', '2025'))
  })

  it('counts every record in its own unit and every unit above it, in statistics and lists alike, for every unit and period', () => {
    for (const period of PERIOD_CODES) {
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
    for (const period of PERIOD_CODES) {
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
