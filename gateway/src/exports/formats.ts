// The report as CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese correctly) and XLSX,
// with Vietnamese headings or the English variant.
import ExcelJS from 'exceljs'
import type { Lang, ReportRow } from './reportRows.ts'

export type { Lang }
/** The title's parts: the period as people name it (with its first and last day) and the unit's name. */
export interface ReportMeta {
  periodLabel: string
  unitName: string
  generatedAt: Date
  /** Another file's title, column headings and sheet name (the provincial report's when absent). */
  layout?: FileLayout
}
export interface FileLayout {
  title: string
  headings: string[]
  sheet: string
}

const HEADINGS: Record<Lang, string[]> = {
  vi: ['Phần', 'Chỉ tiêu thống kê', 'Chi tiết', 'Giá trị'],
  en: ['Section', 'Figure', 'Detail', 'Value'],
}
const TITLE: Record<Lang, string> = { vi: 'Báo cáo thống kê phòng, chống mua bán người', en: 'Anti-trafficking statistical report' }

const layoutOf = (meta: ReportMeta, lang: Lang): FileLayout =>
  meta.layout ?? { title: TITLE[lang], headings: HEADINGS[lang], sheet: lang === 'vi' ? 'Báo cáo' : 'Report' }

export const tableOf = (rows: ReportRow[]): (string | number)[][] => rows.map((r) => [r.section, r.figure, r.detail, r.value])

export const csvCell = (v: string | number) => {
  const s = String(v)
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv(rows: ReportRow[], meta: ReportMeta, lang: Lang): string {
  const { title, headings } = layoutOf(meta, lang)
  const lines = [[title, meta.periodLabel, meta.unitName], headings, ...tableOf(rows)].map((line) => line.map(csvCell).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export async function toXlsx(rows: ReportRow[], meta: ReportMeta, lang: Lang): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.created = meta.generatedAt
  const { title, headings, sheet: sheetName } = layoutOf(meta, lang)
  const sheet = book.addWorksheet(sheetName)
  sheet.addRow([`${title} — ${meta.periodLabel} — ${meta.unitName}`]).font = { bold: true, size: 13 }
  const head = sheet.addRow(headings)
  head.font = { bold: true }
  for (const r of tableOf(rows)) sheet.addRow(r)
  sheet.columns = [{ width: 30 }, { width: 60 }, { width: 30 }, { width: 14 }]
  sheet.views = [{ state: 'frozen', ySplit: 2 }]
  return Buffer.from(await book.xlsx.writeBuffer())
}
