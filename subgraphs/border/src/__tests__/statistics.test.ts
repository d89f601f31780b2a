// The Border Guard's statistics on SQLite and PostgreSQL: records written in the test through
// the mutations (not the demo seed), every figure recounted in the test from those records, for
// periods and units crossing quarter, year and 2025-reform boundaries; SQL statements per request
// do not grow with the number of records.
import { describe, expect, it } from 'vitest'
import { badKeyProblems, dataExec, statementsBeforeAndAfter, statisticsEntities, testProviders, testSubgraphForBlock } from '@lienthong/kit/testing'
import { buildASTSchema, parse } from 'graphql'
import { subgraphSdl } from '@lienthong/schema'
import { SUBGRAPH_DIR, subgraph } from '../server.ts'
import { DEV_NETWORK_KEY, sectionDefinitionProblems } from '@lienthong/kit'
import { SECTIONS } from '../statistics/borderStatistics.ts'
import { borderDemo } from '../../prisma/seed.ts'
import { demoCooperationHistory } from '../../prisma/demo/cooperations.ts'
import { cooperationStatus } from '../domain/statuses.ts'
import { applyPlan, buildPlan, recount, SCOPES, STATISTICS_SELECTION, withoutLabels, type Plan } from './statisticsFixture.ts'

it('defines every figure of every section by its field\'s "Vietnamese — English" description in the served schema', () => {
  expect(SECTIONS.flatMap((s) => s.fields).length).toBeGreaterThan(15)
  // The served SDL, built with this module's copy of graphql: the served schema itself is built by
  // @apollo/subgraph with the CommonJS copy, which the kit's isObjectType (the ESM copy vitest hands
  // it) refuses as "from another realm" (kit bug reported; isObjectTypeLike would accept it).
  const served = buildASTSchema(parse(subgraphSdl(SUBGRAPH_DIR)), { assumeValidSDL: true })
  expect(sectionDefinitionProblems(served, SECTIONS)).toEqual([])
})

it('gives every seeded cooperation record a legal status history ending in its status', () => {
  const { cooperations } = borderDemo(DEV_NETWORK_KEY)
  const history = demoCooperationHistory(cooperations)
  for (const c of cooperations) {
    const rows = history.filter((h) => h.cooperationId === c.id)
    expect(rows[0]).toMatchObject({ status: 'OPEN', at: c.requestedAt })
    rows.slice(1).forEach((h, k) => {
      expect(cooperationStatus.allows(rows[k]!.status, h.status), `${c.externalRef}`).toBe(true)
      expect(rows[k]!.endedAt).toEqual(h.at)
      expect(h.at.getTime()).toBeGreaterThanOrEqual(rows[k]!.at.getTime())
    })
    expect(rows.at(-1)).toMatchObject({ status: c.status, endedAt: null })
  }
})

describe.each(await testProviders())('Border Guard statistics on %s', (provider) => {
  const plans: Plan[] = [buildPlan('S1', 40, 6_2024)]
  const sg = testSubgraphForBlock(subgraph, provider, (started) => applyPlan(dataExec(started), plans[0]!), 120_000)
  const { query, ask: statistics } = statisticsEntities(sg, `periodCode unitCode ${STATISTICS_SELECTION}`)

  it('the data crosses the boundaries the figures must respect', () => {
    const [p] = plans
    // records before and after the reform, follow-ups in a later period than the record
    expect(p!.incidents.some((i) => i.unitCode.startsWith('998')) && p!.incidents.some((i) => !i.unitCode.startsWith('998'))).toBe(true)
    expect(p!.repatriations.some((x) => x.ended && x.ended.at.getUTCFullYear() > x.receivedAt.getUTCFullYear())).toBe(true)
    expect(p!.incidents.some((i) => i.policeAt && i.policeAt.getUTCMonth() !== i.occurredAt.getUTCMonth())).toBe(true)
    // a cooperation request answered, questioned again and answered (the machine loops)
    expect(p!.cooperations.some((c) => c.steps.filter((x) => x.status === 'IN_PROGRESS').length > 1)).toBe(true)
    // the same person as a presumed victim of an incident and received in a repatriation
    const victims = new Set(p!.incidents.flatMap((i) => i.persons.filter((x) => x.role === 'PRESUMED_VICTIM').map((x) => x.personRef)))
    expect(p!.repatriations.some((x) => x.personRefs.some((r) => victims.has(r)))).toBe(true)
  })

  it('equals the recount for every period and unit (province, old district, new commune, old commune)', async () => {
    const got = await statistics(SCOPES)
    SCOPES.forEach((s, k) => {
      expect(got[k].periodCode).toBe(s.periodCode)
      expect(withoutLabels({ borderPersonRefs: got[k].borderPersonRefs, border: got[k].border }), `${s.periodCode} / ${s.unitCode}`).toEqual(recount(plans, s))
    })
    // not vacuous: the province's 2025 has records of every kind
    const year = got[SCOPES.findIndex((s) => s.periodCode === '2025' && s.unitCode === '99')]
    expect(year.border.incidents.total).toBeGreaterThan(5)
    expect(year.border.repatriations.total).toBeGreaterThan(5)
    expect(year.border.cooperation.total).toBeGreaterThan(5)
  })

  it('rolls a pre-reform commune and its successor up into the new commune and the old district alike', async () => {
    const [district, commune, old] = await statistics([
      { periodCode: '2025', unitCode: '992' },
      { periodCode: '2025', unitCode: '99803' },
      { periodCode: '2025', unitCode: '99201' },
    ])
    expect(district.border).toEqual(commune.border)
    const units = district.border.incidents.byUnit.map((l: any) => l.key)
    for (const u of units) expect(['99201', '99202', '99803']).toContain(u)
    expect(old.border.incidents.total).toBe(district.border.incidents.byUnit.find((l: any) => l.key === '99201')?.count ?? 0)
  })

  it('labels every line in Vietnamese and lists every enum value, zeros included', async () => {
    const [s] = await statistics([{ periodCode: '2024-M06', unitCode: '99201' }])
    const b = s.border
    expect(b.incidents.byIncidentType.map((l: any) => l.key)).toEqual([
      'ILLEGAL_EXIT',
      'ILLEGAL_ENTRY',
      'INTERCEPTION',
      'SUSPECTED_TRAFFICKING',
      'RESCUE',
      'FORCED_LABOUR_AT_SEA',
    ])
    expect(b.incidents.byIncidentType.find((l: any) => l.key === 'RESCUE').labelVi).toBe('Giải cứu')
    expect(b.repatriations.byGate.map((l: any) => l.labelVi)).toEqual([
      'Cửa khẩu quốc tế Cửa Khẩu (minh hoạ)',
      'Cửa khẩu chính Pa Thơm (minh hoạ)',
      'Cửa khẩu cảng biển Hải Biên (minh hoạ)',
      'Cửa khẩu cảng Vàm Láng (minh hoạ)',
    ])
    expect(b.repatriations.byStatusAtPeriodEnd.find((l: any) => l.key === 'NOT_CONFIRMED').labelVi).toBe('Không xác minh được')
    const [p] = await statistics([{ periodCode: '2025', unitCode: '99' }])
    for (const l of p.border.repatriations.byFromCountry)
      expect(l.labelVi).toBe(({ CN: 'Trung Quốc', LA: 'Lào', KH: 'Campuchia', TH: 'Thái Lan', MY: 'Malaysia' } as Record<string, string>)[l.key])
    for (const l of p.border.incidents.byUnit) expect(l.labelVi.length).toBeGreaterThan(3)
  })

  it('refuses a key that is not a period code or a known unit, naming the field', async () => {
    expect(await badKeyProblems(sg, query)).toEqual([])
  })

  it('costs the same SQL statements with three times the records, and still equals the recount', async () => {
    const more = buildPlan('S2', 80, 7_2024)
    const grow = async () => {
      await applyPlan(dataExec(sg), more)
      plans.push(more)
    }
    const { before, after, answer } = await statementsBeforeAndAfter(sg, () => statistics([{ periodCode: '2025', unitCode: '99' }]), grow)
    expect(after).toBe(before)
    expect(before).toBeLessThanOrEqual(25)
    expect(withoutLabels({ borderPersonRefs: answer[0].borderPersonRefs, border: answer[0].border })).toEqual(
      recount(plans, { ...SCOPES.find((s) => s.periodCode === '2025' && s.unitCode === '99')! }),
    )
  }, 180_000)
})
