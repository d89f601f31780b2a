// Reads an import file into headed rows: CSV (UTF-8 with or without BOM, comma, semicolon or
// tab separated), XLSX (the first worksheet, headings in row 1) or JSON (an array of records, with
// nested objects and lists as the mutation's input has them). Text is normalised to NFC. A row's
// number is the one a person sees: the line of a CSV, the row of a worksheet, the record's
// position in a JSON array.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { fail } from '../say.ts'
import type { Cell } from './values.ts'

export interface SourceRow {
  row: number
  cells: Record<string, Cell | Cell[]>
}

export interface Source {
  headings: string[]
  rows: SourceRow[]
}

export type FileFormat = 'csv' | 'xlsx' | 'json'

export function formatOf(file: string): FileFormat {
  const ext = path.extname(file).toLowerCase()
  if (ext === '.csv' || ext === '.txt') return 'csv'
  if (ext === '.xlsx') return 'xlsx'
  if (ext === '.json') return 'json'
  return fail(`không đọc được tệp ${ext || '(không đuôi)'}: cần .csv, .xlsx hoặc .json`, `cannot read a ${ext || 'nameless'} file: use .csv, .xlsx or .json`)
}

export async function readSource(file: string): Promise<Source> {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (e) {
    return fail(`không đọc được tệp ${file}`, `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
  const format = formatOf(file)
  if (format === 'xlsx') return readWorkbook(bytes)
  const text = utf8(bytes)
  return format === 'csv' ? readCsv(text) : readJson(text)
}

function utf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).normalize('NFC')
  } catch {
    return fail('tệp không phải UTF-8: hãy lưu lại dưới dạng CSV UTF-8', 'the file is not UTF-8: save it again as CSV UTF-8')
  }
}

const countOutsideQuotes = (line: string, ch: string) => line.replace(/"[^"]*"/g, '').split(ch).length - 1

function readCsv(text: string): Source {
  const first = text.split(/\r?\n/, 1)[0] ?? ''
  const delimiter = [',', ';', '\t'].reduce((best, d) => (countOutsideQuotes(first, d) > countOutsideQuotes(first, best) ? d : best), ',')
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, { bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: false }) as unknown as typeof records
  } catch (e) {
    const line = (e as { lines?: number }).lines
    return fail(
      `tệp CSV sai cấu trúc${line ? ` ở dòng ${line}` : ''}`,
      `malformed CSV${line ? ` at line ${line}` : ''} (${(e as { code?: string }).code ?? 'parse error'})`,
    )
  }
  const [head, ...body] = records
  const headings = (head?.record ?? []).map((h) => h.trim())
  return {
    headings,
    rows: body
      .filter((r) => r.record.some((c) => c.trim() !== ''))
      .map((r) => ({ row: r.info.lines, cells: Object.fromEntries(headings.map((h, i) => [h, r.record[i] ?? ''])) })),
  }
}

/** A worksheet cell's value: rich text joined, a formula's result, a link's text. */
function cellOf(v: ExcelJS.CellValue): Cell {
  if (v == null) return null
  if (typeof v === 'string') return v.normalize('NFC')
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v
  if ('richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .normalize('NFC')
  if ('result' in v) return cellOf(v.result as ExcelJS.CellValue)
  if ('text' in v) return cellOf(v.text as ExcelJS.CellValue)
  return null
}

async function readWorkbook(bytes: Buffer): Promise<Source> {
  const book = new ExcelJS.Workbook()
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    return fail('tệp XLSX hỏng hoặc không phải XLSX', 'the file is not a readable XLSX workbook')
  }
  const sheet = book.worksheets[0]
  if (!sheet) return { headings: [], rows: [] }
  const headings: string[] = []
  sheet.getRow(1).eachCell({ includeEmpty: true }, (c, i) => {
    headings[i - 1] = String(cellOf(c.value) ?? '').trim()
  })
  const rows: SourceRow[] = []
  sheet.eachRow((r, n) => {
    if (n === 1) return
    const cells: Record<string, Cell> = {}
    headings.forEach((h, i) => {
      cells[h] = cellOf(r.getCell(i + 1).value)
    })
    if (Object.values(cells).some((c) => c != null && String(c).trim() !== '')) rows.push({ row: n, cells })
  })
  return { headings: headings.map((h) => h ?? ''), rows }
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json }
const isObject = (v: Json | undefined): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v)

/** One JSON record → its rows: nested objects as dotted columns, a list of objects as one row per item. */
function flatten(record: { [k: string]: Json }, prefix = ''): Record<string, Cell | Cell[]>[] {
  const own: Record<string, Cell | Cell[]> = {}
  let items: Record<string, Cell | Cell[]>[] = []
  for (const [k, v] of Object.entries(record)) {
    const key = prefix + k
    if (isObject(v)) {
      const [first, ...more] = flatten(v, `${key}.`)
      Object.assign(own, first)
      items = items.concat(more)
    } else if (Array.isArray(v) && v.some(isObject)) {
      items = items.concat(v.filter(isObject).flatMap((item) => flatten(item, `${key}.`)))
    } else own[key] = Array.isArray(v) ? (v as Cell[]) : typeof v === 'string' ? v.normalize('NFC') : (v as Cell)
  }
  if (!items.length) return [own]
  return items.map((item, i) => (i === 0 ? { ...own, ...item } : item))
}

function readJson(text: string): Source {
  let data: Json
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')) as Json
  } catch {
    return fail('tệp JSON sai cú pháp', 'the JSON file does not parse')
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.rows) ? data.rows : null
  if (!list) return fail('tệp JSON phải là một mảng bản ghi', 'the JSON file must be an array of records')
  const rows: SourceRow[] = []
  const headings = new Set<string>()
  list.forEach((record, i) => {
    if (!isObject(record)) {
      rows.push({ row: i + 1, cells: {} })
      return
    }
    for (const cells of flatten(record)) {
      for (const h of Object.keys(cells)) headings.add(h)
      rows.push({ row: i + 1, cells })
    }
  })
  return { headings: [...headings], rows }
}
