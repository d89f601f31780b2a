import { describe, expect, it } from 'vitest'
import { PeriodInputSchema, monthsOf, resolvePeriod, vietnamDay } from '../periods.ts'

describe('reporting periods', () => {
  it('bounds a month in Vietnam time, half-open', () => {
    const p = resolvePeriod({ kind: 'MONTH', year: 2024, index: 7 })
    expect(p).toMatchObject({ code: '2024-M07', labelVi: 'Tháng 7/2024', firstDay: '2024-07-01', lastDay: '2024-07-31' })
    expect(p.start.toISOString()).toBe('2024-06-30T17:00:00.000Z')
    expect(p.end.toISOString()).toBe('2024-07-31T17:00:00.000Z')
  })

  it('names quarters, halves and years, including the year-end boundary', () => {
    expect(resolvePeriod({ kind: 'QUARTER', year: 2024, index: 4 })).toMatchObject({
      code: '2024-Q4',
      labelVi: 'Quý IV/2024',
      firstDay: '2024-10-01',
      lastDay: '2024-12-31',
    })
    expect(resolvePeriod({ kind: 'HALF_YEAR', year: 2025, index: 1 })).toMatchObject({ code: '2025-H1', lastDay: '2025-06-30' })
    const y = resolvePeriod({ kind: 'YEAR', year: 2023 })
    expect(y).toMatchObject({ code: '2023', firstDay: '2023-01-01', lastDay: '2023-12-31' })
    expect(y.end.toISOString()).toBe('2023-12-31T17:00:00.000Z')
  })

  it('takes a custom window such as the 2024 peak campaign, inclusive of its last day', () => {
    const p = resolvePeriod({ kind: 'CUSTOM', from: '2024-07-01', to: '2024-09-30' })
    expect(p.code).toBe('2024-07-01..2024-09-30')
    expect(vietnamDay(new Date(p.end.getTime() - 1))).toBe('2024-09-30')
    expect(monthsOf(p).map((m) => m.code)).toEqual(['2024-M07', '2024-M08', '2024-M09'])
  })

  it('lists the twelve months of a year', () => {
    expect(monthsOf(resolvePeriod({ kind: 'YEAR', year: 2025 })).map((m) => m.code)).toHaveLength(12)
  })

  it.each([
    [{ kind: 'MONTH', year: 2024, index: 13 }, 'index'],
    [{ kind: 'QUARTER', year: 2024 }, 'index'],
    [{ kind: 'YEAR' }, 'year'],
    [{ kind: 'CUSTOM', from: '2024-09-30', to: '2024-07-01' }, 'to'],
    [{ kind: 'CUSTOM', from: '2024-02-30', to: '2024-03-01' }, 'from'],
    [{ kind: 'WEEK', year: 2024 }, 'kind'],
  ])('refuses %j naming the field %s', (input, field) => {
    const r = PeriodInputSchema.safeParse(input)
    expect(r.success).toBe(false)
    expect(r.error!.issues[0]!.path).toEqual([field])
  })
})

describe('period codes', () => {
  it.each(['2024-M07', '2024-Q3', '2024-H2', '2024', '2024-07-01..2024-09-30'])('round-trips %s', async (code) => {
    const { periodFromCode } = await import('../periods.ts')
    expect(periodFromCode(code)?.code).toBe(code)
  })
  it.each(['2024-M7', '2024-Q5', '2024-M13', '24', '2024-09-30..2024-07-01', 'x'])('refuses %s', async (code) => {
    const { periodFromCode } = await import('../periods.ts')
    expect(periodFromCode(code)).toBeNull()
  })
})
