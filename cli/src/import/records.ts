// Rows → records: each file heading is matched to a column (its path, Vietnamese or English
// heading); rows sharing the record's key form one record (its columns may repeat or be left
// blank on the following rows, a row without a key continues the record above), each row
// filling one item of the record's list of items (charges, verdicts, persons). The record is the
// mutation's input, except parents' references (resolved later, see ./parents.ts).
import { fail } from '../say.ts'
import type { Column, RecordType } from './columns.ts'
import type { Source } from './read.ts'
import { cellValue, isEmpty, textOf, type Cell, type Problem } from './values.ts'

/** A problem of one row of the file. */
export interface RowProblem extends Problem {
  row: number
}

export interface ImportRecord {
  /** The agency's reference (the record's key). */
  key: string
  /** The file rows it was read from, first to last; `itemRows[i]` is the row of item i. */
  rows: number[]
  itemRows: number[]
  input: Record<string, unknown>
  /** Parents' references by column path, resolved to ids before sending. */
  refs: { column: Column; refs: string[]; row: number }[]
  /** The row each record column's value was read from. */
  columnRows: Record<string, number>
  problems: RowProblem[]
}

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase()

/** Each heading's column; an unknown heading stops the import (headings are never personal data). */
export function columnsByHeading(headings: string[], columns: Column[]): Map<string, Column> {
  const byName = new Map<string, Column>()
  for (const c of columns) for (const n of [c.path, c.headingVi, c.headingEn]) byName.set(fold(n), c)
  const out = new Map<string, Column>()
  const unknown: string[] = []
  for (const h of headings) {
    if (!h) continue
    const c = byName.get(fold(h))
    if (c) out.set(h, c)
    else unknown.push(h)
  }
  if (unknown.length)
    fail(
      `tiêu đề cột không có trong mẫu: ${unknown.join(', ')}`,
      `unknown column headings: ${unknown.join(', ')} (see docs/import.md for the columns of each record type)`,
    )
  return out
}

export function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const parts = dotted.split('.')
  let at = target
  for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>
  at[parts.at(-1)!] = value
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The file's records, in the order their first rows appear. */
export function recordsOf(source: Source, type: RecordType, columns: Column[]): ImportRecord[] {
  const byHeading = columnsByHeading(source.headings, columns)
  const keyColumn = columns.find((c) => c.path === type.key)
  if (![...byHeading.values()].includes(keyColumn!))
    fail(`tệp thiếu cột ${type.key} (số hiệu của cơ quan)`, `the file has no ${type.key} column (the agency's own reference)`)
  const records = new Map<string, ImportRecord>()
  const seen = new Map<string, { value: unknown; row: number }>() // record column values, per record
  let last: ImportRecord | undefined
  for (const { row, cells } of source.rows) {
    const keyHeading = [...byHeading].find(([, c]) => c === keyColumn)![0]
    const key = textOf(cells[keyHeading] as Cell)
    if (!key && !last) {
      records.set(`\u0000${row}`, emptyRecord('', row, keyColumn!))
      continue
    }
    const record = key ? (records.get(key) ?? newRecord(records, key, row)) : last!
    if (!record.rows.includes(row)) record.rows.push(row)
    last = record
    const problems: Problem[] = []
    const item: Record<string, unknown> = {}
    let itemsOf: string | undefined
    for (const [heading, column] of byHeading) {
      const cell = cells[heading]
      if (cell === undefined || (Array.isArray(cell) ? cell.length === 0 : isEmpty(cell))) continue
      const value = cellValue(cell, column, problems)
      if (column.repeatsPerItem) {
        itemsOf = column.itemsOf
        setPath(item, column.field.slice(column.itemsOf!.length + 1), value)
        continue
      }
      const earlier = seen.get(`${record.key}\u0000${column.path}`)
      if (earlier && !same(earlier.value, value)) {
        problems.push({
          column: column.path,
          reasonVi: `khác giá trị ở dòng ${earlier.row} của cùng bản ghi`,
          reasonEn: `differs from row ${earlier.row} of the same record`,
        })
        continue
      }
      if (earlier) continue
      seen.set(`${record.key}\u0000${column.path}`, { value, row })
      record.columnRows[column.path] = row
      if (column.parentRef) record.refs.push({ column, refs: column.list ? (value as string[]) : [value as string], row })
      else setPath(record.input, column.field, value)
    }
    if (itemsOf) {
      const list = (getPath(record.input, itemsOf) as unknown[] | undefined) ?? []
      list.push(item)
      setPath(record.input, itemsOf, list)
      record.itemRows.push(row)
    }
    record.problems.push(...problems.map((p) => ({ row, ...p })))
  }
  return [...records.values()].map((r) => withRequired(r, columns))
}

function getPath(target: Record<string, unknown>, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((at, p) => (at as Record<string, unknown> | undefined)?.[p], target)
}

function newRecord(records: Map<string, ImportRecord>, key: string, row: number): ImportRecord {
  const r: ImportRecord = { key, rows: [row], itemRows: [], input: {}, refs: [], columnRows: {}, problems: [] }
  records.set(key, r)
  return r
}

function emptyRecord(key: string, row: number, keyColumn: Column): ImportRecord {
  return {
    key,
    rows: [row],
    itemRows: [],
    input: {},
    refs: [],
    columnRows: {},
    problems: [{ row, column: keyColumn.path, reasonVi: 'thiếu số hiệu của bản ghi', reasonEn: "the record's reference is missing" }],
  }
}

/** A required column left empty on every row of the record: a problem of its first row (its items' rows for item columns). */
function withRequired(r: ImportRecord, columns: Column[]): ImportRecord {
  if (r.problems.length) return r
  for (const c of columns) {
    if (!c.required) continue
    if (c.repeatsPerItem) {
      const items = (getPath(r.input, c.itemsOf!) as Record<string, unknown>[] | undefined) ?? []
      if (!items.length) setPath(r.input, c.itemsOf!, [])
      items.forEach((item, i) => {
        if (getPath(item, c.field.slice(c.itemsOf!.length + 1)) === undefined)
          r.problems.push({ row: r.itemRows[i]!, column: c.path, reasonVi: 'thiếu giá trị bắt buộc', reasonEn: 'a required value is missing' })
      })
      continue
    }
    const present = c.parentRef ? r.refs.some((x) => x.column === c) : getPath(r.input, c.field) !== undefined
    if (!present && c.list && !c.parentRef)
      setPath(r.input, c.field, []) // an empty list: the write's own rules decide
    else if (!present) r.problems.push({ row: r.rows[0]!, column: c.path, reasonVi: 'thiếu giá trị bắt buộc', reasonEn: 'a required value is missing' })
  }
  return r
}
