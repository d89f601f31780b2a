import { describe, expect, it } from 'vitest'
import { changedFigures, complianceRates, dueAt, periodsOfYear, submissionStatus } from '../reportingCalendar.ts'
import { resolvePeriod, vietnamDay } from '../periods.ts'

const lastDueDay = (d: Date) => vietnamDay(new Date(d.getTime() - 1))

describe('reporting calendar', () => {
  it('sets the due days of the plans', () => {
    expect(lastDueDay(dueAt(resolvePeriod({ kind: 'MONTH', year: 2024, index: 7 })))).toBe('2024-08-15')
    expect(lastDueDay(dueAt(resolvePeriod({ kind: 'MONTH', year: 2024, index: 12 })))).toBe('2025-01-15')
    expect(lastDueDay(dueAt(resolvePeriod({ kind: 'QUARTER', year: 2024, index: 1 })))).toBe('2024-03-15')
    expect(lastDueDay(dueAt(resolvePeriod({ kind: 'QUARTER', year: 2024, index: 3 })))).toBe('2024-09-15')
    expect(lastDueDay(dueAt(resolvePeriod({ kind: 'HALF_YEAR', year: 2024, index: 1 })))).toBe('2024-06-15')
    expect(lastDueDay(dueAt(resolvePeriod({ kind: 'HALF_YEAR', year: 2024, index: 2 })))).toBe('2024-12-15')
    expect(lastDueDay(dueAt(resolvePeriod({ kind: 'YEAR', year: 2024 })))).toBe('2024-12-15')
  })

  it('classifies a submission by its first submission against the due instant (end of the 15th, Vietnam time)', () => {
    const july = resolvePeriod({ kind: 'MONTH', year: 2024, index: 7 })
    expect(submissionStatus(july, new Date('2024-08-15T23:59:00+07:00'), new Date('2024-09-01'))).toBe('ON_TIME')
    expect(submissionStatus(july, new Date('2024-08-16T00:00:00+07:00'), new Date('2024-09-01'))).toBe('LATE')
    expect(submissionStatus(july, null, new Date('2024-08-10'))).toBe('NOT_DUE')
    expect(submissionStatus(july, null, new Date('2024-08-16T00:00:00+07:00'))).toBe('MISSING')
  })

  it('computes reporting and on-time rates over expected reports, as DHIS2 does', () => {
    const months = periodsOfYear('MONTH', 2024)
    expect(months.map((m) => m.code)).toHaveLength(12)
    expect(complianceRates(['ON_TIME', 'LATE', 'MISSING', 'NOT_DUE'])).toEqual({
      expected: 3,
      submitted: 2,
      onTime: 1,
      reportingRate: 2 / 3,
      onTimeRate: 1 / 3,
    })
    expect(complianceRates(['NOT_DUE'])).toMatchObject({ expected: 0, reportingRate: null, onTimeRate: null })
  })

  it('tells which figures changed between revisions', () => {
    const r1 = {
      reportsReceived: 15,
      byKind: [
        { key: 'DENUNCIATION', count: 5 },
        { key: 'CRIME_REPORT', count: 10 },
      ],
      kpis: [{ code: 'K1', numerator: 13 }],
    }
    const r2 = { ...r1, reportsReceived: 16, byKind: [{ key: 'DENUNCIATION', count: 6 }, r1.byKind[1]!] }
    expect(changedFigures(r1, r2)).toEqual([
      { path: 'byKind[DENUNCIATION].count', before: 5, after: 6 },
      { path: 'reportsReceived', before: 15, after: 16 },
    ])
    expect(changedFigures(r1, r1)).toEqual([])
  })
})
