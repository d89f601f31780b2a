import { describe, expect, it } from 'vitest'
import { childrenDuring, provinceCode, unitName, unitOptions } from '../units.ts'
import { unitsOfTable } from '../views.ts'

const note = { before: 'đến 30/6/2025', after: 'từ 1/7/2025' }

describe('the unit picker across the 2025 reform', () => {
  it('lists the province, the former districts with their communes, then the communes formed by the reform', () => {
    const options = unitOptions('vi', note)
    expect(options[0]).toMatchObject({ code: provinceCode(), depth: 0 })
    const district = options.findIndex((o) => o.code === '991')
    expect(options[district]).toMatchObject({ depth: 1, label: 'Thành phố Hải Biên (đến 30/6/2025)' })
    expect(options[district + 1]).toMatchObject({ code: '99101', depth: 2 })
    const formed = options.filter((o) => o.label.endsWith('(từ 1/7/2025)') && o.code.startsWith('998'))
    expect(formed).toHaveLength(9)
    expect(new Set(options.map((o) => o.code)).size).toBe(options.length)
  })

  it('gives the rows of the units table for the units in force during the period', () => {
    expect(childrenDuring('99', '2024-01-01', '2024-12-31').map((u) => u.code)).toEqual(['991', '992', '993', '994', '995'])
    expect(childrenDuring('99', '2026-01-01', '2026-03-31').every((u) => u.code.startsWith('998'))).toBe(true)
    expect(childrenDuring('99', '2025-01-01', '2025-12-31')).toHaveLength(14)
    expect(unitsOfTable({ kind: 'YEAR', year: 2024, index: 1 }, '991')[0]).toBe('991')
    expect(unitsOfTable({ kind: 'YEAR', year: 2026, index: 1 }, '991')).toEqual(['991'])
  })

  it('names units in English where the register does', () => {
    expect(unitName('en', '99')).toBe('Hai Bien Province (demo)')
    expect(unitName('vi', '99')).toBe('Tỉnh Hải Biên (tỉnh minh hoạ)')
  })
})
