// Published person counts may reach the dashboard protected (withheld: `suppressed: true` with
// `count: null`, or any count the API leaves null): such a cell is shown as protected, never as 0,
// and never summed.
export interface Cell {
  key: string
  labelVi: string
  count?: number | null
  suppressed?: boolean | null
}

export const isProtected = (c: Pick<Cell, 'count' | 'suppressed'>): boolean => c.suppressed === true || c.count == null

/** The largest published count of a breakdown (the scale of its bars); protected cells do not count. */
export const largest = (cells: readonly Cell[]): number => Math.max(0, ...cells.filter((c) => !isProtected(c)).map((c) => c.count!))

export type SortKey = string
export interface SortState {
  key: SortKey
  descending: boolean
}

/** Sorts table rows by a column; protected or missing values always go last, whatever the direction. */
export function sortRows<Row>(rows: readonly Row[], value: (row: Row) => number | string | null | undefined, descending: boolean): Row[] {
  return [...rows].sort((a, b) => {
    const x = value(a),
      y = value(b)
    if (x == null && y == null) return 0
    if (x == null) return 1
    if (y == null) return -1
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi')
    return descending ? -order : order
  })
}
