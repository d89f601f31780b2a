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

  it('knows which unit was valid on a day', () => {
    expect(units.isValidOn('99101', '2025-06-30')).toBe(true)
    expect(units.isValidOn('99101', '2025-07-01')).toBe(false)
    expect(units.isValidOn('99801', '2025-07-01')).toBe(true)
    expect(units.isValidOn('nope', '2025-07-01')).toBe(false)
  })

  it('refuses an inconsistent register file', () => {
    const base = { reformDate: '2025-07-01', units: [{ code: '99', name: 'P', level: 'PROVINCE', parent: null, validFrom: '2000-01-01', validTo: null, tags: [] }] }
    expect(() => new AdminUnitRegister({ ...base, units: [...base.units, { ...base.units[0] }] })).toThrow(/duplicate/)
    expect(() => new AdminUnitRegister({ ...base, units: [...base.units, { code: '991', name: 'D', level: 'DISTRICT', parent: '98', validFrom: '2000-01-01', validTo: null, tags: [] }] })).toThrow(/unknown parent/)
  })
})
