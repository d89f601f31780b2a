import { describe, expect, it } from 'vitest'
import { suppressAgainstPublicTotal, suppressBreakdown, suppressTable, type PublishedTable } from '../statistics/suppression.ts'

/** What a reader can recompute: repeatedly solve any line with exactly one unknown. */
function recoverable(t: PublishedTable): Set<string> {
  const R = t.cells.length
  const C = t.cells[0]!.length
  const grid = [...t.cells.map((row, r) => [...row, t.rowTotals[r]!]), [...t.columnTotals, t.total]].map((row) => row.map((c) => c.value))
  const lines: [number, number][][] = [
    ...Array.from({ length: R + 1 }, (_, r) => Array.from({ length: C + 1 }, (_, c) => [r, c] as [number, number])),
    ...Array.from({ length: C + 1 }, (_, c) => Array.from({ length: R + 1 }, (_, r) => [r, c] as [number, number])),
  ]
  const found = new Set<string>()
  for (let changed = true; changed; ) {
    changed = false
    for (const line of lines) {
      const unknown = line.filter(([r, c]) => grid[r]![c] == null)
      if (unknown.length !== 1) continue
      const [ur, uc] = unknown[0]!
      const isTotal = (r: number, c: number) => (line[0]![0] === line[1]![0] ? c === C : r === R)
      const known = line.filter(([r, c]) => grid[r]![c] != null)
      const totalKnown = known.find(([r, c]) => isTotal(r, c))
      const parts = known.filter(([r, c]) => !isTotal(r, c)).reduce((a, [r, c]) => a + grid[r]![c]!, 0)
      grid[ur]![uc] = isTotal(ur, uc) ? parts : grid[totalKnown![0]]![totalKnown![1]]! - parts
      found.add(`${ur},${uc}`)
      changed = true
    }
  }
  return found
}

describe('small-cell suppression with complementary suppression', () => {
  it('suppresses counts 1..k-1, says so with null (not zero), and publishes zeros and large counts', () => {
    const t = suppressTable(
      [
        [12, 3, 0],
        [20, 9, 7],
      ],
      { k: 5 },
    )
    expect(t.cells[0]![1]).toEqual({ value: null, suppressed: true })
    expect(t.cells[0]![2]).toEqual({ value: 0, suppressed: false })
    expect(t.total).toEqual({ value: 51, suppressed: false })
  })

  it('suppresses a complementary cell in every row and column that has one suppressed cell', () => {
    const t = suppressTable(
      [
        [12, 3, 10],
        [20, 9, 7],
      ],
      { k: 5 },
    )
    expect(t.cells[0]!.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2)
    expect([t.cells[0]![1], t.cells[1]![1]].filter((c) => c?.suppressed)).toHaveLength(2)
    expect(recoverable(t).size).toBe(0)
  })

  it('cannot be undone from the totals on many random tables', () => {
    let seed = 7
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let i = 0; i < 300; i++) {
      const R = 1 + Math.floor(rand() * 5)
      const C = 1 + Math.floor(rand() * 6)
      const cells = Array.from({ length: R }, () => Array.from({ length: C }, () => (rand() < 0.5 ? Math.floor(rand() * 5) : Math.floor(rand() * 40))))
      const t = suppressTable(cells, { k: 5 })
      expect(recoverable(t)).toEqual(new Set())
      // every published value is the true one
      cells.forEach((row, r) => {
        row.forEach((v, c) => {
          if (!t.cells[r]![c]!.suppressed) expect(t.cells[r]![c]!.value).toBe(v)
        })
      })
      // every primary cell is suppressed
      cells.forEach((row, r) => {
        row.forEach((v, c) => {
          if (v > 0 && v < 5) expect(t.cells[r]![c]!.suppressed).toBe(true)
        })
      })
    }
  })

  it('handles a one-way breakdown: a lone small cell takes another with it, and a small total is hidden', () => {
    const b = suppressBreakdown([40, 2, 30], { k: 5 })
    expect(b.cells.map((c) => c.suppressed)).toEqual([false, true, true])
    expect(b.total).toEqual({ value: 72, suppressed: false })
    const small = suppressBreakdown([3, 0], { k: 5 })
    expect(small.total.suppressed).toBe(true)
  })

  it('honours a configured k and refuses a bad one', () => {
    expect(suppressBreakdown([3, 30], { k: 3 }).cells[0]!.suppressed).toBe(false)
    expect(() => suppressTable([[1]], { k: 0 })).toThrow(RangeError)
  })

  it('a breakdown beside a published total never leaves a single suppressed cell (nothing to subtract it from)', () => {
    // every breakdown of up to four cells with counts 0..7: brute force
    const values = [0, 1, 2, 3, 4, 5, 6, 7]
    const breakdowns: number[][] = []
    for (const n of [2, 3, 4]) {
      const grow = (prefix: number[]) => {
        if (prefix.length === n) breakdowns.push(prefix)
        else for (const v of values) grow([...prefix, v])
      }
      grow([])
    }
    for (const counts of breakdowns) {
      const cells = suppressAgainstPublicTotal(counts, { k: 5 })
      const hidden = cells.filter((c) => c.suppressed)
      // every small non-zero cell is hidden, and never exactly one cell is
      counts.forEach((v, i) => {
        if (v > 0 && v < 5) expect(cells[i]!.suppressed).toBe(true)
      })
      expect(hidden.length).not.toBe(1)
      // the reader's recount: total minus the published cells is spread over ≥ 2 unknowns, so no
      // hidden cell is determined (hidden cells are never all zero: a primary one is ≥ 1)
      if (hidden.length) expect(counts.filter((_, i) => cells[i]!.suppressed).reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
      cells.forEach((c, i) => {
        expect(c.value).toBe(c.suppressed ? null : counts[i])
      })
    }
  })
})
