// How a column's cells are written, in words and in values, for the templates, the sample files
// and the column reference: one description per column kind (Vietnamese — English), the allowed
// values of an enumerated column (its Vietnamese labels: the importer takes a label or a code),
// and a sample value turned into what a clerk types (codes → labels, yes/no → Có/Không).
import { bi } from '../say.ts'
import type { Column } from './columns.ts'

/** What a clerk types for yes and no (the importer also takes true/false). */
export const YES = 'Có'
export const NO = 'Không'
/** Several values in one cell are separated by this. */
export const LIST_SEPARATOR = '; '

/** Words for the scalar types behind string columns that have a format of their own. */
const TYPED: Record<string, [string, string]> = {
  AdminUnitCode: ['mã đơn vị hành chính (2–5 chữ số, còn hiệu lực vào ngày đó)', 'administrative unit code (2–5 digits, valid on that day)'],
  CountryCode: ['mã nước ISO 3166-1 (2 chữ cái, vd. CN, LA)', 'ISO 3166-1 country code (2 letters, e.g. CN, LA)'],
  PersonRef: ['mã tham chiếu người (64 ký tự hex)', 'person reference (64 hex characters)'],
}

const KIND: Record<Column['kind'], [string, string]> = {
  string: ['văn bản', 'text'],
  int: ['số nguyên', 'whole number'],
  float: ['số', 'number'],
  boolean: [`${YES} / ${NO}`, 'yes / no'],
  enum: ['chọn trong danh mục', 'one of the listed values'],
  date: ['ngày dd/mm/yyyy', 'date dd/mm/yyyy'],
  dateTime: ['ngày dd/mm/yyyy (có thể kèm giờ hh:mm, giờ Việt Nam)', 'date dd/mm/yyyy (optionally with time hh:mm, Vietnam time)'],
  id: ['mã bản ghi', 'record id'],
  parentRef: ['mã tham chiếu', 'reference'],
}

/** The column's format in words, Vietnamese and English. */
export function formatOf(c: Column): { vi: string; en: string } {
  let [vi, en] = TYPED[c.graphqlType] ?? KIND[c.kind]
  if (c.parentRef) [vi, en] = [`số/mã của ${c.parentRef.nameVi} đã có`, `the existing ${c.parentRef.nameEn}'s own reference`]
  if (c.list) [vi, en] = [`${vi}; nhiều giá trị cách nhau bởi “;”`, `${en}; several values separated by “;”`]
  if (c.repeatsPerItem) [vi, en] = [`${vi}; mỗi mục một dòng (${c.itemsOf})`, `${en}; one row per item (${c.itemsOf})`]
  return { vi, en }
}

export const formatText = (c: Column): string => {
  const f = formatOf(c)
  return bi(f.vi, f.en)
}

/** The values a clerk may pick for an enumerated or yes/no column (none for the others). */
export function choicesOf(c: Column): string[] {
  if (c.kind === 'boolean') return [YES, NO]
  return c.enumValues?.map((v) => v.labelVi) ?? []
}

/** The allowed values in words: "label (CODE)" for each value of an enum. */
export function allowedText(c: Column): string {
  if (c.kind === 'boolean') return `${YES}; ${NO}`
  return c.enumValues?.map((v) => `${v.labelVi} (${v.code})`).join('; ') ?? ''
}

export const requiredText = (c: Column): string => (c.required ? bi('Bắt buộc', 'required') : bi('Không bắt buộc', 'optional'))

/** A sample value as written in a file: strings as they are, numbers, yes/no, enum codes → labels, lists joined. */
export type SampleValue = string | number | boolean | readonly string[]

export function cellText(c: Column, value: SampleValue | undefined): string {
  if (value === undefined || value === '') return ''
  if (typeof value === 'boolean') return value ? YES : NO
  const values = typeof value === 'object' ? [...value] : [String(value)]
  const label = (code: string) => c.enumValues?.find((v) => v.code === code)?.labelVi
  if (c.enumValues) for (const v of values) if (!label(v)) throw new Error(`sample ${c.path}: ${v} is not a value of ${c.graphqlType}`)
  return values.map((v) => label(v) ?? v).join(LIST_SEPARATOR)
}

/** One CSV cell: quoted when it holds a separator, a quote or a line break. */
export const csvCell = (s: string): string => (/[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

/** A CSV file as spreadsheet programs read Vietnamese: UTF-8 with BOM, CRLF line ends. */
export const csvFile = (rows: readonly string[][]): string => `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`
