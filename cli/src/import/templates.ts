// The XLSX template of a record type, derived from its import columns (columnsOf): sheet 1
// "Dữ liệu" has the Vietnamese headings clerks use (required ones in red, each with a note giving
// the column's path, English heading and format), a drop-down list on every enumerated and yes/no
// column and a date check on date columns; sheet 2 is the guide to each column; a list too long
// for a cell's list (or holding a comma) lives on the hidden sheet "Danh mục". The workbook carries
// fixed dates, so generating it again gives the same workbook.
import ExcelJS from 'exceljs'
import { bi } from '../say.ts'
import { columnsOf, RECORD_TYPES, recordType, type Column, type RecordType } from './columns.ts'
import { allowedText, choicesOf, formatOf, formatText, requiredText } from './columnFormat.ts'
import { agencyDoc, importReadme, IMPORT_DOC_GROUPS } from './columnDocs.ts'
import { sampleCsv } from './samples.ts'

export { sampleCsv, sampleTable, SAMPLE_ORDER, SAMPLES } from './samples.ts'
export { agencyDoc, columnReference, importReadme, IMPORT_DOC_GROUPS } from './columnDocs.ts'

export const DATA_SHEET = 'Dữ liệu'
export const GUIDE_SHEET = 'Hướng dẫn — Guide'
export const LISTS_SHEET = 'Danh mục'
/** Rows of the data sheet that carry the drop-down lists and checks (after the heading row). */
export const TEMPLATE_ROWS = 1000
/** The workbook's fixed creation and modification date. */
export const TEMPLATE_DATE = new Date('2025-01-01T00:00:00Z')
/** Longest list Excel takes written out in the validation itself. */
const INLINE_LIMIT = 255

const REQUIRED_FILL = 'FFC0392B'
const OPTIONAL_FILL = 'FFDCE6F1'
const DATE_FORMAT: Partial<Record<Column['kind'], string>> = { date: 'dd/mm/yyyy', dateTime: 'dd/mm/yyyy hh:mm' }
const TEXT_KINDS: ReadonlySet<Column['kind']> = new Set(['string', 'id', 'parentRef'])

type Validations = { add(address: string, validation: ExcelJS.DataValidation): void }
const validationsOf = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: Validations }).dataValidations

const recordOf = (type: string | RecordType): RecordType => {
  const r = typeof type === 'string' ? recordType(type) : type
  if (!r) throw new Error(`unknown record type ${String(type)}`)
  return r
}

const letterOf = (n: number): string => (n > 26 ? letterOf(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26))

/** The lists too long to write out in a validation, one column of the hidden lists sheet each. */
class Lists {
  private readonly columns = new Map<string, string[]>()
  /** The list formula of a column: written out when short and comma-free, else a range of the lists sheet. */
  formula(values: string[], key: string): string {
    const inline = values.join(',')
    if (inline.length + 2 <= INLINE_LIMIT && !values.some((v) => /[,"]/.test(v))) return `"${inline}"`
    this.columns.set(key, values)
    const letter = letterOf([...this.columns.keys()].indexOf(key) + 1)
    return `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}`
  }
  /** Adds the hidden lists sheet (only when a list needed it). */
  writeTo(book: ExcelJS.Workbook): void {
    if (!this.columns.size) return
    const sheet = book.addWorksheet(LISTS_SHEET, { state: 'hidden' })
    ;[...this.columns].forEach(([key, values], i) => {
      sheet.getCell(1, i + 1).value = key
      values.forEach((v, k) => {
        sheet.getCell(k + 2, i + 1).value = v
      })
      sheet.getColumn(i + 1).width = Math.min(60, Math.max(12, ...values.map((v) => v.length)))
    })
  }
}

function validationOf(c: Column, lists: Lists): ExcelJS.DataValidation | null {
  const common = { allowBlank: !c.required, showErrorMessage: true, showInputMessage: true, promptTitle: c.headingVi.slice(0, 32) }
  const choices = choicesOf(c)
  if (choices.length) {
    return {
      ...common,
      type: 'list',
      formulae: [lists.formula(choices, c.graphqlType)],
      // several values in one cell (“a; b”) are typed, not picked: a warning only
      errorStyle: c.list ? 'warning' : 'stop',
      error: c.list
        ? bi('chọn trong danh sách, nhiều giá trị cách nhau bởi “;”', 'pick from the list; several values separated by “;”')
        : bi('chọn trong danh sách', 'pick a value from the list'),
      prompt: formatText(c).slice(0, 255),
    }
  }
  if (DATE_FORMAT[c.kind]) {
    return {
      ...common,
      type: 'date',
      operator: 'greaterThan',
      formulae: [new Date(Date.UTC(1900, 0, 1))],
      errorStyle: 'stop',
      error: bi('ngày dd/mm/yyyy', 'a date dd/mm/yyyy'),
      prompt: formatText(c).slice(0, 255),
    }
  }
  return null
}

function headingNote(c: Column): string {
  const f = formatOf(c)
  const lines = [c.path, c.headingEn, requiredText(c), bi(f.vi, f.en)]
  if (c.enumValues || c.kind === 'boolean') lines.push(allowedText(c))
  return lines.join('\n')
}

function fillDataSheet(book: ExcelJS.Workbook, columns: Column[], lists: Lists): void {
  const sheet = book.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  const head = sheet.getRow(1)
  head.height = 48
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = Math.min(40, Math.max(14, Math.ceil(c.headingVi.length / 2)))
    const format = DATE_FORMAT[c.kind] ?? (TEXT_KINDS.has(c.kind) ? '@' : undefined)
    if (format) column.numFmt = format
    const cell = head.getCell(i + 1)
    cell.value = c.headingVi
    cell.font = { bold: true, color: { argb: c.required ? 'FFFFFFFF' : 'FF1F1F1F' } }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? REQUIRED_FILL : OPTIONAL_FILL } }
    cell.alignment = { wrapText: true, vertical: 'top' }
    cell.numFmt = 'General'
    cell.note = headingNote(c)
    const validation = validationOf(c, lists)
    if (validation) validationsOf(sheet).add(`${column.letter}2:${column.letter}${TEMPLATE_ROWS + 1}`, validation)
  })
}

export const GUIDE_HEADINGS = [
  'Tiêu đề cột — Heading',
  'Đường dẫn — Path',
  'Tiếng Anh — English',
  'Bắt buộc — Required',
  'Định dạng — Format',
  'Giá trị cho phép — Allowed values',
]

function fillGuideSheet(book: ExcelJS.Workbook, r: RecordType, columns: Column[]): void {
  const sheet = book.addWorksheet(GUIDE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.addRow(GUIDE_HEADINGS).font = { bold: true }
  for (const c of columns) {
    const row = sheet.addRow([c.headingVi, c.path, c.headingEn, requiredText(c), formatText(c), allowedText(c)])
    row.alignment = { wrapText: true, vertical: 'top' }
    if (c.required) row.getCell(1).font = { bold: true, color: { argb: REQUIRED_FILL } }
  }
  sheet.columns = [{ width: 40 }, { width: 24 }, { width: 36 }, { width: 22 }, { width: 40 }, { width: 70 }]
  sheet.addRow([])
  for (const line of guideNotes(r)) sheet.addRow([line])
}

/** The lines under the guide's table: what one row is, the heading colours, how values are written. */
export const guideNotes = (r: RecordType): string[] => [
  bi(`${r.nameVi}: mỗi dòng một bản ghi, ghi bằng ${r.mutation}`, `${r.nameEn}: one record a row, written by ${r.mutation}`),
  bi(
    `các dòng cùng “${r.key}” là một bản ghi (mỗi mục một dòng); nhập lại cùng số không ghi thêm`,
    `rows sharing “${r.key}” are one record (one row per item); importing it again writes nothing new`,
  ),
  bi('tiêu đề nền đỏ: cột bắt buộc; nền xanh: không bắt buộc', 'red heading: required column; blue: optional'),
  bi('danh mục: chọn nhãn tiếng Việt (hoặc ghi mã); ngày: dd/mm/yyyy', 'lists: pick the Vietnamese label (or type the code); dates: dd/mm/yyyy'),
]

/** The template workbook of a record type. */
export function templateWorkbook(type: string | RecordType): ExcelJS.Workbook {
  const r = recordOf(type)
  const columns = columnsOf(r)
  const book = new ExcelJS.Workbook()
  Object.assign(book, { creator: 'Liên Thông', lastModifiedBy: 'Liên Thông', created: TEMPLATE_DATE, modified: TEMPLATE_DATE })
  book.title = `${r.nameVi} — ${r.nameEn}`
  const lists = new Lists()
  fillDataSheet(book, columns, lists)
  fillGuideSheet(book, r, columns)
  lists.writeTo(book)
  return book
}

/**
 * Sets every entry's date in a zip file (an XLSX) to TEMPLATE_DATE: the zip writer stamps the
 * time of writing, which alone would make two identical workbooks differ byte for byte.
 */
export function fixZipDates(zip: Buffer): Buffer {
  const d = TEMPLATE_DATE
  const dosDate = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate()
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('not a zip file')
  let at = zip.readUInt32LE(end + 16)
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('unexpected zip central directory')
    const local = zip.readUInt32LE(at + 42)
    for (const [time, date] of [
      [at + 12, at + 14],
      [local + 10, local + 12],
    ] as const) {
      zip.writeUInt16LE(0, time)
      zip.writeUInt16LE(dosDate, date)
    }
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return zip
}

/** The template of a record type as XLSX bytes (the same bytes every time). */
export const templateXlsx = async (type: string | RecordType): Promise<Buffer> => fixZipDates(Buffer.from(await templateWorkbook(type).xlsx.writeBuffer()))

/** The file names of a record type's template and sample. */
export const templateFileName = (type: string, csv = false): string => `mau-nhap-${type}.${csv ? 'csv' : 'xlsx'}`

/** The files of docs/import/, by name: README.md, one Markdown file per agency, and per record type its sample CSV and XLSX template. */
export async function importDocFiles(): Promise<Map<string, string | Buffer>> {
  const files = new Map<string, string | Buffer>([['README.md', importReadme()]])
  for (const g of IMPORT_DOC_GROUPS) files.set(g.file, agencyDoc(g))
  for (const r of RECORD_TYPES) {
    files.set(`${r.name}.csv`, sampleCsv(r.name))
    files.set(`${r.name}.xlsx`, await templateXlsx(r))
  }
  return files
}
