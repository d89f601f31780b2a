// Small-cell suppression for published person counts (analysts, integrators): every cell with
// 1 ≤ count < k is suppressed (primary), then complementary cells are suppressed until no line
// of the table (a row with its total, a column with its total, the totals with the grand total)
// has exactly one suppressed cell — so no suppressed cell can be recomputed by subtraction.
// Zeros are published unless `suppressZeros` (a zero reveals no person).

export interface SuppressionOptions {
  k: number
  suppressZeros?: boolean
}
export const DEFAULT_K = 5

/** A published cell: the count, or null with suppressed=true (never a fake zero). */
export interface PublishedCell {
  value: number | null
  suppressed: boolean
}

export interface PublishedTable {
  cells: PublishedCell[][]
  rowTotals: PublishedCell[]
  columnTotals: PublishedCell[]
  total: PublishedCell
}

type Pos = readonly [row: number, col: number] // row = R for the totals row, col = C for the totals column

/**
 * Suppresses an R×C table of counts together with its margins. `cells[r][c]` are counts; totals
 * are computed here (they are what a reader can add up).
 */
export function suppressTable(cells: number[][], options: SuppressionOptions): PublishedTable {
  const { k } = options
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a whole number ≥ 1')
  const R = cells.length
  const C = cells[0]?.length ?? 0
  for (const row of cells)
    if (row.length !== C || row.some((v) => !Number.isInteger(v) || v < 0)) throw new RangeError('counts must be whole numbers ≥ 0 in a rectangular table')
  // full grid with margins: (R+1)×(C+1)
  const grid: number[][] = Array.from({ length: R + 1 }, (_, r) =>
    Array.from({ length: C + 1 }, (_, c) => {
      if (r < R && c < C) return cells[r]![c]!
      if (r < R) return cells[r]!.reduce((a, b) => a + b, 0)
      if (c < C) return cells.reduce((a, row) => a + row[c]!, 0)
      return cells.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0)
    }),
  )
  const hidden = grid.map((row) => row.map((v) => (v > 0 || options.suppressZeros) && v < k))
  // the additive lines: each row with its total, each column with its total
  const lines: Pos[][] = [
    ...Array.from({ length: R + 1 }, (_, r) => Array.from({ length: C + 1 }, (_, c) => [r, c] as const)),
    ...Array.from({ length: C + 1 }, (_, c) => Array.from({ length: R + 1 }, (_, r) => [r, c] as const)),
  ]
  for (let changed = true; changed; ) {
    changed = false
    for (const line of lines) {
      const suppressed = line.filter(([r, c]) => hidden[r]![c])
      if (suppressed.length !== 1) continue
      const candidates = line.filter(([r, c]) => !hidden[r]![c])
      if (!candidates.length) continue
      // prefer the smallest non-zero interior cell, then any non-zero, then a zero
      const rank = ([r, c]: Pos) => [grid[r]![c] === 0 ? 1 : 0, r === R || c === C ? 1 : 0, grid[r]![c]!] as const
      candidates.sort((a, b) => {
        const x = rank(a),
          y = rank(b)
        return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
      })
      const [r, c] = candidates[0]!
      hidden[r]![c] = true
      changed = true
    }
  }
  const cell = (r: number, c: number): PublishedCell => (hidden[r]![c] ? { value: null, suppressed: true } : { value: grid[r]![c]!, suppressed: false })
  return {
    cells: Array.from({ length: R }, (_, r) => Array.from({ length: C }, (_, c) => cell(r, c))),
    rowTotals: Array.from({ length: R }, (_, r) => cell(r, C)),
    columnTotals: Array.from({ length: C }, (_, c) => cell(R, c)),
    total: cell(R, C),
  }
}

/** A one-way breakdown (e.g. victims by sex) is a one-column table. */
export function suppressBreakdown(counts: number[], options: SuppressionOptions): { cells: PublishedCell[]; total: PublishedCell } {
  const t = suppressTable(
    counts.map((v) => [v]),
    options,
  )
  return { cells: t.cells.map((row) => row[0]!), total: t.total }
}

/**
 * A one-way breakdown whose total is published elsewhere (e.g. `victims.total` beside
 * `victims.bySex`): every cell with 1 ≤ count < k is suppressed and, when that leaves exactly one
 * suppressed cell, the smallest other cell is suppressed too (a non-zero one first), so no
 * suppressed cell equals the total minus the published ones.
 */
export function suppressAgainstPublicTotal(counts: readonly number[], options: SuppressionOptions): PublishedCell[] {
  const { k } = options
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a whole number ≥ 1')
  const hidden = counts.map((v) => (v > 0 || !!options.suppressZeros) && v < k)
  if (hidden.filter(Boolean).length === 1) {
    const others = counts.map((v, i) => [v, i] as const).filter(([, i]) => !hidden[i])
    others.sort(([a], [b]) => (a === 0 ? 1 : 0) - (b === 0 ? 1 : 0) || a - b)
    if (others[0]) hidden[others[0][1]] = true
  }
  return counts.map((v, i) => (hidden[i] ? { value: null, suppressed: true } : { value: v, suppressed: false }))
}
