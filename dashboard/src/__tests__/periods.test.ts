import { describe, expect, it } from 'vitest'
import { complianceKind, daysOf, latestEnded, parsePeriodCode, periodCode, shortLabel, toPeriodInput, trailingMonths } from '../periods.ts'

describe('the period picker', () => {
  it('gives the API input and the export code of every kind of period', () => {
    expect(periodCode({ kind: 'MONTH', year: 2024, index: 7 })).toBe('2024-M07')
    expect(periodCode({ kind: 'QUARTER', year: 2024, index: 3 })).toBe('2024-Q3')
    expect(periodCode({ kind: 'HALF_YEAR', year: 2024, index: 2 })).toBe('2024-H2')
    expect(periodCode({ kind: 'YEAR', year: 2024, index: 1 })).toBe('2024')
    expect(periodCode({ kind: 'CUSTOM', from: '2024-07-01', to: '2024-09-30', campaign: 'CD-1' })).toBe('2024-07-01..2024-09-30')
    expect(toPeriodInput({ kind: 'YEAR', year: 2024, index: 1 })).toEqual({ kind: 'YEAR', year: 2024 })
    expect(toPeriodInput({ kind: 'QUARTER', year: 2024, index: 3 })).toEqual({ kind: 'QUARTER', year: 2024, index: 3 })
    expect(toPeriodInput({ kind: 'CUSTOM', from: '2024-07-01', to: '2024-09-30', campaign: 'CD-1' })).toEqual({
      kind: 'CUSTOM',
      from: '2024-07-01',
      to: '2024-09-30',
    })
  })

  it('knows the days of a period, leap years included', () => {
    expect(daysOf({ kind: 'MONTH', year: 2024, index: 2 })).toEqual({ first: '2024-02-01', last: '2024-02-29' })
    expect(daysOf({ kind: 'QUARTER', year: 2025, index: 1 })).toEqual({ first: '2025-01-01', last: '2025-03-31' })
    expect(daysOf({ kind: 'HALF_YEAR', year: 2025, index: 2 })).toEqual({ first: '2025-07-01', last: '2025-12-31' })
    expect(daysOf({ kind: 'YEAR', year: 2023, index: 1 })).toEqual({ first: '2023-01-01', last: '2023-12-31' })
  })

  it('gives the 12 months ending with the period, across a new year', () => {
    const months = trailingMonths({ kind: 'QUARTER', year: 2024, index: 1 })
    expect(months).toHaveLength(12)
    expect(periodCode(months[0]!)).toBe('2023-M04')
    expect(periodCode(months[11]!)).toBe('2024-M03')
    expect(trailingMonths({ kind: 'CUSTOM', from: '2024-05-10', to: '2024-06-20' }, 2).map(periodCode)).toEqual(['2024-M05', '2024-M06'])
  })

  it('reads back period codes and labels them in both languages', () => {
    expect(parsePeriodCode('2024-M07')).toEqual({ kind: 'MONTH', year: 2024, index: 7 })
    expect(parsePeriodCode('2024-H1')).toEqual({ kind: 'HALF_YEAR', year: 2024, index: 1 })
    expect(parsePeriodCode('2024')).toEqual({ kind: 'YEAR', year: 2024, index: 1 })
    expect(parsePeriodCode('2024-07-01..2024-09-30')).toBeNull()
    expect(shortLabel('vi', 'MONTH', 2024, 7)).toBe('T7/2024')
    expect(shortLabel('en', 'MONTH', 2024, 7)).toBe('Jul 2024')
    expect(shortLabel('vi', 'QUARTER', 2024, 3)).toBe('Quý III/2024')
    expect(shortLabel('en', 'HALF_YEAR', 2024, 2)).toBe('H2 2024')
  })

  it('defaults to the last period that ended and shows a year or a window month by month in the compliance grid', () => {
    expect(latestEnded('QUARTER', new Date('2025-05-10T00:00:00Z'))).toEqual({ kind: 'QUARTER', year: 2025, index: 1 })
    expect(latestEnded('YEAR', new Date('2026-12-01T00:00:00Z'))).toEqual({ kind: 'YEAR', year: 2025, index: 1 })
    expect(latestEnded('MONTH', new Date('2025-01-15T00:00:00Z'))).toEqual({ kind: 'MONTH', year: 2024, index: 12 })
    expect(complianceKind({ kind: 'YEAR', year: 2024, index: 1 })).toBe('MONTH')
    expect(complianceKind({ kind: 'QUARTER', year: 2024, index: 1 })).toBe('QUARTER')
  })
})
