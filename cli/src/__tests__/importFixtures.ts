// Synthetic import files for the tests and bench/import.ts: incoming reports (no parent, the
// police), written as CSV with a BOM, Vietnamese headings and dd/mm/yyyy dates, as XLSX and as
// JSON. Nothing here is about a real person.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import { columnsOf } from '../import/columns.ts'

export const CLI = fileURLToPath(new URL('../../bin/lienthong.js', import.meta.url))

const KINDS = ['DENUNCIATION', 'CRIME_REPORT', 'PROSECUTION_RECOMMENDATION'] as const
const CHANNELS = ['IN_PERSON', 'POLICE_HOTLINE', 'ONLINE'] as const

export interface ReportRow {
  externalRef: string
  kind: string
  channel: string
  /** dd/mm/yyyy hh:mm, Vietnam time. */
  receivedAt: string
  receivedByUnitCode: string
  unitCode: string
}

/** `n` incoming reports with references `<tag>-00001`…, received in 2024 in district 99101. */
export function incomingReports(tag: string, n: number): ReportRow[] {
  return Array.from({ length: n }, (_, i) => ({
    externalRef: `${tag}-${String(i + 1).padStart(5, '0')}`,
    kind: KINDS[i % 3]!,
    channel: CHANNELS[(i >> 1) % 3]!,
    receivedAt: `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/2024 ${String(8 + (i % 9)).padStart(2, '0')}:15`,
    receivedByUnitCode: '99',
    unitCode: '99101',
  }))
}

const FIELDS = ['externalRef', 'kind', 'channel', 'receivedAt', 'receivedByUnitCode', 'unitCode'] as const

/** The Vietnamese heading of each column (as an officer's spreadsheet has them), else its path. */
const headingsVi = () => {
  const columns = columnsOf('incoming-reports')
  return FIELDS.map((f) => columns.find((c) => c.path === f)!.headingVi)
}

const csvCell = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

/** CSV, UTF-8 with a BOM, Vietnamese headings; the kind written as its Vietnamese label on every other row. */
export function writeReportsCsv(file: string, rows: ReportRow[], o: { bom?: boolean } = {}): void {
  const labels = columnsOf('incoming-reports').find((c) => c.path === 'kind')!.enumValues!
  const lines = [headingsVi().map(csvCell).join(',')]
  rows.forEach((r, i) => {
    const kind = i % 2 ? labels.find((l) => l.code === r.kind)!.labelVi : r.kind
    lines.push(FIELDS.map((f) => csvCell(f === 'kind' ? kind : r[f])).join(','))
  })
  writeFileSync(file, `${o.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`)
}

/** XLSX with the column paths as headings and real dates in the date cells. */
export async function writeReportsXlsx(file: string, rows: ReportRow[]): Promise<void> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('nguon-tin')
  sheet.addRow([...FIELDS])
  for (const r of rows) {
    const [d, m, rest] = r.receivedAt.split('/')
    const [y, hm] = rest!.split(' ')
    const [h, min] = hm!.split(':')
    const at = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(h), Number(min)))
    sheet.addRow(FIELDS.map((f) => (f === 'receivedAt' ? at : r[f])))
  }
  await book.xlsx.writeFile(file)
}

/** JSON: an array of the records, ISO instants with the Vietnam offset. */
export function writeReportsJson(file: string, rows: ReportRow[]): void {
  const iso = (s: string) => {
    const [d, m, rest] = s.split('/')
    const [y, hm] = rest!.split(' ')
    return `${y}-${m}-${d}T${hm}:00+07:00`
  }
  writeFileSync(file, JSON.stringify(rows.map((r) => ({ ...r, receivedAt: iso(r.receivedAt) }))))
}

export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Runs `lienthong …`; SIGKILL as soon as `killWhen()` (polled) says so. */
export function runCli(args: string[], o: { killWhen?: () => Promise<boolean> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => {
      stdout += d
    })
    child.stderr.on('data', (d) => {
      stderr += d
    })
    const poll = o.killWhen
      ? setInterval(async () => {
          if (child.exitCode === null && (await o.killWhen!())) child.kill('SIGKILL')
        }, 50)
      : undefined
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearInterval(poll)
      resolve({ code, signal, stdout, stderr })
    })
  })
}
