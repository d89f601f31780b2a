import { describe, expect, it } from 'vitest'
import { isProtected, largest, sortRows } from '../cells.ts'
import { labelOf } from '../labels.ts'
import { definitionOf } from '../definitions.ts'
import { formatPercent } from '../i18n.ts'

describe('published cells', () => {
  it('treats a suppressed cell or a missing count as protected, never as 0', () => {
    expect(isProtected({ count: null, suppressed: true })).toBe(true)
    expect(isProtected({ count: null, suppressed: false })).toBe(true)
    expect(isProtected({ count: 0, suppressed: false })).toBe(false)
    expect(
      largest([
        { key: 'A', labelVi: 'a', count: null, suppressed: true },
        { key: 'B', labelVi: 'b', count: 7, suppressed: false },
      ]),
    ).toBe(7)
  })

  it('sorts rows by a column with protected values last in both directions', () => {
    const rows = [{ n: 3 }, { n: null }, { n: 10 }, { n: 1 }]
    expect(sortRows(rows, (r) => r.n, true).map((r) => r.n)).toEqual([10, 3, 1, null])
    expect(sortRows(rows, (r) => r.n, false).map((r) => r.n)).toEqual([1, 3, 10, null])
    expect(sortRows([{ s: 'Xã Tân Phú' }, { s: 'Phường Hải Biên' }], (r) => r.s, false).map((r) => r.s)).toEqual(['Phường Hải Biên', 'Xã Tân Phú'])
  })

  it('labels and defines figures from the schema descriptions', () => {
    expect(labelOf('en', { key: 'FEMALE', labelVi: 'Nữ' })).toBe('Female')
    expect(labelOf('vi', { key: 'FEMALE', labelVi: 'Nữ' })).toBe('Nữ')
    expect(labelOf('en', { key: 'CN', labelVi: 'Trung Quốc' })).toBe('China')
    expect(definitionOf('en', 'VictimStatistics.bySex')).toBe('by sex')
    expect(definitionOf('vi', 'VictimStatistics.bySex')).toBe('Theo giới tính')
    expect(formatPercent('vi', null)).toBe('Không phát sinh')
    expect(formatPercent('en', 0.9)).toBe('90%')
  })
})
