// The per-row error report, a CSV beside the input (`reports.csv` → `reports.errors.csv`), written
// by every run, dry or not (only its heading when every row passed): the row, the column, the
// position of the value in a list cell and the reason in Vietnamese and English — never the value.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fail } from '../say.ts'
import type { RowProblem } from './records.ts'

export const REPORT_HEADINGS = ['Dòng / Row', 'Cột / Column', 'Vị trí trong ô / Position in the cell', 'Lý do', 'Reason'] as const

/** `<folder>/<name>.errors.csv` for `<folder>/<name>.<ext>`. */
export const reportPathOf = (input: string): string => {
  const ext = path.extname(input)
  return path.join(path.dirname(input), `${path.basename(input, ext)}.errors.csv`)
}

const csvCell = (v: string | number | undefined): string => {
  const s = v === undefined ? '' : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Writes the report (rows in order) and returns its path; `headingOf` names a column as the file did. */
export function writeErrorReport(input: string, problems: RowProblem[], headingOf: (column: string) => string): string {
  const file = reportPathOf(input)
  const sorted = [...problems].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column) || (a.position ?? 0) - (b.position ?? 0))
  const lines = [REPORT_HEADINGS.join(','), ...sorted.map((p) => [p.row, headingOf(p.column), p.position, p.reasonVi, p.reasonEn].map(csvCell).join(','))]
  try {
    writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`)
  } catch (e) {
    fail(`không ghi được báo cáo lỗi ${file}`, `cannot write the error report ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
  return file
}
