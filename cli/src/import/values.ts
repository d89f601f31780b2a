// One cell → the value its column sends to the gateway, or a reason (Vietnamese and English) it
// cannot be one. Reasons never quote the value: a cell may hold a victim's name or ID number.
// Text is normalised to NFC; dates are dd/mm/yyyy or ISO, in Vietnam time (UTC+07:00) unless an
// ISO instant says its own offset; a list cell holds values separated by `;`.
import type { Column } from './columns.ts'

/** What a reader gives for a cell: text, or a number, boolean or date from a spreadsheet or JSON. */
export type Cell = string | number | boolean | Date | null | undefined

export interface Problem {
  /** The column's path (`receivedAt`, `charges.article`, `caseRef`). */
  column: string
  /** 1-based position of the value in a list cell. */
  position?: number
  reasonVi: string
  reasonEn: string
}

export class CellError extends Error {
  constructor(
    readonly reasonVi: string,
    readonly reasonEn: string,
  ) {
    super(`${reasonVi} / ${reasonEn}`)
  }
}
const bad = (vi: string, en: string): never => {
  throw new CellError(vi, en)
}

export const VIETNAM_OFFSET = '+07:00'

/** Text of a cell, NFC, trimmed; '' when empty. */
export function textOf(cell: Cell): string {
  if (cell == null) return ''
  if (cell instanceof Date) return cell.toISOString()
  return String(cell).normalize('NFC').trim()
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

function calendarDate(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    bad('ngày không có trên lịch', 'not a calendar date (dd/mm/yyyy or yyyy-mm-dd)')
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`
}

/** A spreadsheet date: its wall-clock time as shown (ExcelJS gives it as UTC fields). */
const wallClock = (d: Date) => ({
  date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
  time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
})

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/

function time(h: string | undefined, min: string | undefined, s: string | undefined): string {
  const [hh, mm, ss] = [Number(h ?? 0), Number(min ?? 0), Number(s ?? 0)]
  if (hh > 23 || mm > 59 || ss > 59) bad('giờ không hợp lệ', 'not a time of day (hh:mm[:ss])')
  return `${pad(hh)}:${pad(mm)}:${pad(ss)}`
}

/** A calendar date `yyyy-mm-dd` from dd/mm/yyyy, yyyy-mm-dd or a spreadsheet date. */
export function dateOf(cell: Cell): string {
  if (cell instanceof Date) return wallClock(cell).date
  const s = textOf(cell)
  const dmy = DMY.exec(s)
  if (dmy && !dmy[4]) return calendarDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
  const iso = ISO_DAY.exec(s)
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  return bad('ngày phải viết dd/mm/yyyy hoặc yyyy-mm-dd', 'a date must be dd/mm/yyyy or yyyy-mm-dd')
}

/** An ISO instant: dd/mm/yyyy [hh:mm[:ss]] and ISO without an offset are Vietnam time. */
export function dateTimeOf(cell: Cell): string {
  if (cell instanceof Date) {
    const w = wallClock(cell)
    return `${w.date}T${w.time}${VIETNAM_OFFSET}`
  }
  const s = textOf(cell)
  const dmy = DMY.exec(s)
  if (dmy) return `${calendarDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))}T${time(dmy[4], dmy[5], dmy[6])}${VIETNAM_OFFSET}`
  const day = ISO_DAY.exec(s)
  if (day) return `${calendarDate(Number(day[1]), Number(day[2]), Number(day[3]))}T00:00:00${VIETNAM_OFFSET}`
  const local = ISO_LOCAL.exec(s)
  if (local)
    return `${calendarDate(Number(local[1]), Number(local[2]), Number(local[3]))}T${time(local[4], local[5], local[6])}${local[7] ?? ''}${VIETNAM_OFFSET}`
  if (ISO_INSTANT.test(s) && !Number.isNaN(Date.parse(s))) return s
  return bad('thời điểm phải viết dd/mm/yyyy [hh:mm] hoặc ISO 8601', 'an instant must be dd/mm/yyyy [hh:mm] or ISO 8601')
}

function intOf(cell: Cell): number {
  const n = typeof cell === 'number' ? cell : /^[+-]?\d+$/.test(textOf(cell)) ? Number(textOf(cell)) : Number.NaN
  if (!Number.isInteger(n) || Math.abs(n) > 2 ** 31 - 1) bad('phải là số nguyên', 'must be a whole number')
  return n
}

function floatOf(cell: Cell): number {
  const n = typeof cell === 'number' ? cell : Number(textOf(cell).replace(',', '.'))
  if (!Number.isFinite(n)) bad('phải là số', 'must be a number')
  return n
}

const TRUE = new Set(['true', '1', 'có', 'co', 'yes', 'x', 'đúng'])
const FALSE = new Set(['false', '0', 'không', 'khong', 'no', 'sai'])
function booleanOf(cell: Cell): boolean {
  if (typeof cell === 'boolean') return cell
  const s = textOf(cell).toLowerCase()
  if (TRUE.has(s)) return true
  if (FALSE.has(s)) return false
  return bad('phải là có/không (true/false)', 'must be yes/no (có/không, true/false, 1/0)')
}

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase()
function enumOf(cell: Cell, column: Column): string {
  const s = fold(textOf(cell))
  const found = column.enumValues?.find((v) => fold(v.code) === s || fold(v.labelVi) === s || fold(v.labelEn) === s)
  if (!found) bad(`không có trong danh mục ${column.graphqlType}`, `not a code or label of ${column.graphqlType}`)
  return found!.code
}

/** One value of a column (not a list). */
export function columnValueOf(cell: Cell, column: Column): unknown {
  switch (column.kind) {
    case 'int':
      return intOf(cell)
    case 'float':
      return floatOf(cell)
    case 'boolean':
      return booleanOf(cell)
    case 'enum':
      return enumOf(cell, column)
    case 'date':
      return dateOf(cell)
    case 'dateTime':
      return dateTimeOf(cell)
    default:
      return textOf(cell)
  }
}

export const isEmpty = (cell: Cell): boolean => textOf(cell) === ''

/** The cell's items: a list column's values separated by `;` (a JSON array as is). */
export function itemsOf(cell: Cell | Cell[]): Cell[] {
  if (Array.isArray(cell)) return cell.filter((c) => !isEmpty(c))
  if (typeof cell !== 'string') return isEmpty(cell) ? [] : [cell]
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
}

/** A cell's value for its column (a list for list columns), collecting its problems. */
export function cellValue(cell: Cell | Cell[], column: Column, problems: Problem[]): unknown {
  const convert = (c: Cell, position?: number) => {
    try {
      return columnValueOf(c, column)
    } catch (e) {
      if (!(e instanceof CellError)) throw e
      problems.push({ column: column.path, ...(position ? { position } : {}), reasonVi: e.reasonVi, reasonEn: e.reasonEn })
      return undefined
    }
  }
  if (column.list) return itemsOf(cell).map((c, i) => convert(c, i + 1))
  return convert(Array.isArray(cell) ? cell[0] : cell)
}
