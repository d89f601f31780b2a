// The cell-key method of published person counts (statistics/cellKey.ts, publish.ts): record
// values the same in SQL and in TS, the same persons always published the same, zeros exact,
// small counts suppressed, the others within MAX_PERTURBATION and never below k.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  DEV_CELL_KEY_SECRET,
  MAX_PERTURBATION,
  PERTURBATION,
  cellKeySecret,
  perturbation,
  publishCount,
  recordValue,
  recordValueSum,
} from '../statistics/cellKey.ts'
import { personCount, publishRows } from '../statistics/publish.ts'
import { ConfigError } from '../config.ts'

const S = DEV_CELL_KEY_SECRET
const hex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 })

describe('cell-key publication of person counts', () => {
  it('gives every record a value from its first five hex digits (1 … 2^20), whatever the case', () => {
    expect(recordValue('00000abc')).toBe(1)
    expect(recordValue('fffff')).toBe(2 ** 20)
    expect(recordValue('A0000-x')).toBe(10 * 16 ** 4 + 1)
    expect(recordValueSum(['00001', '00001', '00002'])).toBe(2 + 3) // distinct references
  })

  it('publishes 0..k-1 as suppressed (a hidden cell is not known to hold anyone), and k or more within ±MAX_PERTURBATION, never below k', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: 2, max: 10 }), (n, key, k) => {
        const p = publishCount(n, key, k, S)
        if (n < k) expect(p).toEqual({ value: null, suppressed: true })
        else {
          expect(p.suppressed).toBe(false)
          expect(Math.abs(p.value! - n)).toBeLessThanOrEqual(MAX_PERTURBATION)
          expect(p.value!).toBeGreaterThanOrEqual(k)
        }
      }),
    )
  })

  it('depends only on the count and the record key (the same persons, the same figure) and on the secret', () => {
    fc.assert(
      fc.property(fc.array(hex, { minLength: 5, maxLength: 40 }), (refs) => {
        const key = recordValueSum(refs)
        const n = new Set(refs).size
        expect(publishCount(n, key, 5, S)).toEqual(publishCount(n, recordValueSum([...refs].reverse()), 5, S))
      }),
    )
    const keys = Array.from({ length: 400 }, (_, i) => 1000 + i * 7919)
    const under = (secret: string) => keys.map((key) => perturbation(20, key, secret))
    expect(under(S)).not.toEqual(under('another-secret-of-at-least-thirty-two-characters'))
  })

  it('draws the perturbation from the table (0 and ±1 mostly, ±4 rarely)', () => {
    const seen = new Map<number, number>()
    for (let key = 1; key <= 20000; key++) {
      const p = perturbation(12, key, S)
      seen.set(p, (seen.get(p) ?? 0) + 1)
    }
    expect([...seen.keys()].every((p) => PERTURBATION.some(([q]) => q === p))).toBe(true)
    expect((seen.get(0) ?? 0) / 20000).toBeGreaterThan(0.25)
    expect(((seen.get(4) ?? 0) + (seen.get(-4) ?? 0)) / 20000).toBeLessThan(0.005)
  })

  it('publishes breakdown lines by their own record keys; a line without one is suppressed (closed, not open)', () => {
    const lines = [
      { key: 'MALE', labelVi: 'Nam', count: 12 },
      { key: 'FEMALE', labelVi: 'Nữ', count: 3 },
      { key: 'UNKNOWN', labelVi: 'Chưa rõ', count: 0 },
      { key: 'X', labelVi: 'x', count: 9 },
    ]
    const keys = [
      { key: 'FEMALE', labelVi: 'Nữ', count: 77 },
      { key: 'MALE', labelVi: 'Nam', count: 4242 },
      { key: 'UNKNOWN', labelVi: 'Chưa rõ', count: 0 },
      { key: 'X', labelVi: 'x', count: NaN },
    ]
    const rows = publishRows(lines, keys, 5, S)
    expect(rows[0]).toEqual({ key: 'MALE', labelVi: 'Nam', count: publishCount(12, 4242, 5, S).value, suppressed: false })
    expect(rows[1]).toEqual({ key: 'FEMALE', labelVi: 'Nữ', count: null, suppressed: true })
    expect(rows[2]).toEqual({ key: 'UNKNOWN', labelVi: 'Chưa rõ', count: null, suppressed: true })
    expect(rows[3]).toEqual({ key: 'X', labelVi: 'x', count: null, suppressed: true })
    expect(personCount(3, 7).value).toBe(3)
  })

  it('reads LT_CELL_KEY_SECRET: the development secret outside production, required and long in production', () => {
    expect(cellKeySecret({})).toBe(S)
    expect(() => cellKeySecret({ NODE_ENV: 'production' })).toThrow(ConfigError)
    expect(() => cellKeySecret({ LT_CELL_KEY_SECRET: 'short' })).toThrow(/LT_CELL_KEY_SECRET/)
    expect(cellKeySecret({ LT_CELL_KEY_SECRET: 'x'.repeat(32) })).toBe('x'.repeat(32))
  })
})
