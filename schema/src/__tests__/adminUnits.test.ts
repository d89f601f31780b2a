import { describe, expect, it } from 'vitest'
import { AdminUnitRegister, adminUnits } from '../adminUnits.ts'

const units = adminUnits()

describe('administrative units across the 2025 reorganisation', () => {
  it('has districts before 1 July 2025 and none after', () => {
    expect(units.unitsOn('DISTRICT', '2025-06-30')).toHaveLength(5)
    expect(units.unitsOn('DISTRICT', '2025-07-01')).toHaveLength(0)
    expect(units.unitsOn('COMMUNE', '2025-06-30')).toHaveLength(20)
    expect(units.unitsOn('COMMUNE', '2025-07-01')).toHaveLength(9)
  })

  it('rolls the province up from every commune, old and new', () => {
    expect(units.communesUnder('99')).toHaveLength(29)
  })

  it('rolls a new commune up from the communes merged into it', () => {
    expect(units.communesUnder('99807').sort()).toEqual(['99401', '99402', '99403', '99807'])
    expect(units.currentCommuneOf('99402')!.code).toBe('99807')
  })

  it('rolls an old district up from its communes and the new communes formed only from them', () => {
    expect(units.communesUnder('994').sort()).toEqual(['99401', '99402', '99403', '99404', '99807'])
    // 99808 merged communes of two districts: its later records belong to no single district
    expect(units.communesUnder('995')).not.toContain('99808')
    expect(units.districtOf('99808')).toBeNull()
    expect(units.districtOf('99807')!.code).toBe('994')
    expect(units.districtOf('99404')!.code).toBe('994')
  })

  it('counts a record in its own unit and every unit above it, whatever level it was placed at', () => {
    const above = (code: string) => units.unitsAbove(code).sort()
    // before the reform: commune → its district, its successor commune, the province
    expect(above('99401')).toEqual(['99', '994', '99401', '99807'])
    // a commune merged across two districts: its successor rolls up to the province only
    expect(above('99404')).toEqual(['99', '994', '99404', '99808'])
    expect(above('99501')).toEqual(['99', '995', '99501', '99808'])
    // a record placed at a district counts in the district and the province, in no commune
    expect(above('994')).toEqual(['99', '994'])
    // a record placed at the province counts at the province only
    expect(above('99')).toEqual(['99'])
    // after the reform: a new commune formed inside one old district rolls up to that district too
    expect(above('99807')).toEqual(['99', '994', '99807'])
    expect(above('99808')).toEqual(['99', '99808'])
    expect(above('nope')).toEqual([])
  })

  it('gives each unit itself and every district and commune under it, never a unit above', () => {
    const under = (code: string) => units.unitsUnder(code).sort()
    // the province: every unit of the register, districts included (records placed at a district count in it)
    expect(under('99')).toHaveLength(1 + 5 + 20 + 9)
    expect(under('99')).toEqual(
      units
        .all()
        .map((u) => u.code)
        .sort(),
    )
    expect(under('994')).toEqual(['994', '99401', '99402', '99403', '99404', '99807'])
    expect(under('995')).toEqual(['995', '99501', '99502', '99503', '99504', '99809'])
    expect(under('99807')).toEqual(['99401', '99402', '99403', '99807'])
    expect(under('99808')).toEqual(['99404', '99501', '99808'])
    expect(under('99401')).toEqual(['99401'])
    expect(under('nope')).toEqual([])
  })

  it('is one relation: unitsAbove is the converse of unitsUnder, and every unit lies under the province', () => {
    const all = units.all().map((u) => u.code)
    const pairs = (f: (a: string) => string[], flip: boolean) => all.flatMap((a) => f(a).map((b) => (flip ? `${b}>${a}` : `${a}>${b}`))).sort()
    expect(pairs((a) => units.unitsUnder(a), false)).toEqual(pairs((b) => units.unitsAbove(b), true))
    for (const a of all) {
      expect(units.unitsAbove(a)).toEqual(expect.arrayContaining([a, '99']))
      // nothing placed above a commune (a district, the province) counts in it
      if (units.get(a)!.level === 'COMMUNE') expect(new Set(units.unitsUnder(a).map((c) => units.get(c)!.level))).toEqual(new Set(['COMMUNE']))
    }
  })

  it('knows which unit was valid on a day', () => {
    expect(units.isValidOn('99101', '2025-06-30')).toBe(true)
    expect(units.isValidOn('99101', '2025-07-01')).toBe(false)
    expect(units.isValidOn('99801', '2025-07-01')).toBe(true)
    expect(units.isValidOn('nope', '2025-07-01')).toBe(false)
  })

  it('refuses an inconsistent register file', () => {
    const base = {
      reformDate: '2025-07-01',
      units: [{ code: '99', name: 'P', level: 'PROVINCE', parent: null, validFrom: '2000-01-01', validTo: null, tags: [] }],
    }
    expect(() => new AdminUnitRegister({ ...base, units: [...base.units, { ...base.units[0] }] })).toThrow(/duplicate/)
    expect(
      () =>
        new AdminUnitRegister({
          ...base,
          units: [...base.units, { code: '991', name: 'D', level: 'DISTRICT', parent: '98', validFrom: '2000-01-01', validTo: null, tags: [] }],
        }),
    ).toThrow(/unknown parent/)
  })
})
