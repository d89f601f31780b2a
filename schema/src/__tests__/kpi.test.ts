import { describe, expect, it } from 'vitest'
import { KPI_CATALOGUE, evaluateKpi } from '../kpi.ts'

describe('KPI catalogue', () => {
  it('holds the five statutory targets of the plans', () => {
    expect(KPI_CATALOGUE.map((k) => [k.code, k.targetPercent, k.comparator])).toEqual([
      ['K1', 100, 'AT_LEAST'],
      ['K2', 90, 'MORE_THAN'],
      ['K3', 90, 'MORE_THAN'],
      ['K4', 95, 'AT_LEAST'],
      ['K5', 90, 'AT_LEAST'],
    ])
    for (const k of KPI_CATALOGUE)
      for (const text of [k.nameVi, k.nameEn, k.numeratorVi, k.numeratorEn, k.denominatorVi, k.denominatorEn]) expect(text.length).toBeGreaterThan(10)
  })

  it('meets "more than 90%" only strictly above, in exact integers', () => {
    expect(evaluateKpi('K2', 9, 10).met).toBe(false) // exactly 90%
    expect(evaluateKpi('K2', 91, 100).met).toBe(true)
    expect(evaluateKpi('K3', 899_999_999, 999_999_999).met).toBe(false) // 89.99999999…%
    expect(evaluateKpi('K3', 900_000_001, 1_000_000_001).met).toBe(true) // 90.00000000…1%
  })

  it('meets "95%" and "90%" at the target itself', () => {
    expect(evaluateKpi('K4', 19, 20)).toMatchObject({ value: 0.95, met: true })
    expect(evaluateKpi('K4', 18, 20).met).toBe(false)
    expect(evaluateKpi('K5', 9, 10).met).toBe(true)
  })

  it('meets 100% only with every item classified', () => {
    expect(evaluateKpi('K1', 199, 200).met).toBe(false)
    expect(evaluateKpi('K1', 200, 200).met).toBe(true)
  })

  it('says "nothing pending" (null) rather than 0% or 100% on an empty denominator, and refuses impossible counts', () => {
    expect(evaluateKpi('K5', 0, 0)).toMatchObject({ value: null, met: null })
    expect(() => evaluateKpi('K1', 3, 2)).toThrow(RangeError)
    expect(() => evaluateKpi('K1', 1.5, 2)).toThrow(RangeError)
  })
})
