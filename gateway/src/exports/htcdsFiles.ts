// An HTCDS release as a file: CSV (UTF-8 with BOM; the header row, then one row per victim, then,
// after an empty line, the release's report as "# key,value" lines that CSV readers skip as
// comments), XLSX (the records on one sheet, the report on a second) or JSON ({ release, records }).
// Codes as the CTDC publishes them: 1 / 0 for yes / no, -99 for unknown (null in JSON).
import ExcelJS from 'exceljs'
import { csvCell } from './formats.ts'

export type HtcdsValue = string | number | boolean | null
export type HtcdsRecord = Record<string, HtcdsValue>

export interface HtcdsReport {
  standard: string
  year: number
  k: number
  generatedAt: string
  quasiIdentifiers: string[]
  generalisation: { field: string; level: number; maxLevel: number; description: string }[]
  eligible: number
  released: number
  suppressed: number
}

/** CTDC's code for an unknown value. */
export const MISSING = -99

/** A value as CTDC codes it: booleans 1 / 0, unknown -99 (null in JSON). */
export const htcdsCode = (v: HtcdsValue, missing: number | null = MISSING): string | number | null =>
  v == null ? missing : typeof v === 'boolean' ? (v ? 1 : 0) : v

/** The report as key–value lines (the CSV trailer, the XLSX second sheet). */
export function reportLines(r: HtcdsReport): [string, string | number][] {
  return [
    ['standard', r.standard],
    ['yearOfRegistration', r.year],
    ['k', r.k],
    ['generatedAt', r.generatedAt],
    ['quasiIdentifiers', r.quasiIdentifiers.join(' ')],
    ...r.generalisation.map((g): [string, string] => [`generalisation.${g.field}`, `level ${g.level} of ${g.maxLevel}: ${g.description}`]),
    ['eligible', r.eligible],
    ['released', r.released],
    ['suppressed', r.suppressed],
  ]
}

export function htcdsCsv(columns: readonly string[], records: readonly HtcdsRecord[], report: HtcdsReport): string {
  const rows = [columns, ...records.map((r) => columns.map((c) => htcdsCode(r[c] ?? null)!))]
  const trailer = reportLines(report).map(([key, value]) => `# ${key},${csvCell(value)}`)
  return `\uFEFF${[...rows.map((row) => row.map(csvCell).join(',')), '', ...trailer].join('\r\n')}\r\n`
}

export async function htcdsXlsx(columns: readonly string[], records: readonly HtcdsRecord[], report: HtcdsReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.created = new Date(report.generatedAt)
  const data = book.addWorksheet('HTCDS')
  data.addRow([...columns]).font = { bold: true }
  for (const r of records) data.addRow(columns.map((c) => htcdsCode(r[c] ?? null)))
  data.views = [{ state: 'frozen', ySplit: 1 }]
  const about = book.addWorksheet('Release')
  about.addRow(['key', 'value']).font = { bold: true }
  for (const line of reportLines(report)) about.addRow(line)
  about.columns = [{ width: 32 }, { width: 90 }]
  return Buffer.from(await book.xlsx.writeBuffer())
}

export function htcdsJson(columns: readonly string[], records: readonly HtcdsRecord[], report: HtcdsReport): string {
  const coded = records.map((r) => Object.fromEntries(columns.map((c) => [c, htcdsCode(r[c] ?? null, null)])))
  return `${JSON.stringify({ release: report, records: coded }, null, 2)}\n`
}
