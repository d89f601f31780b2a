// The provincial periodic report as CSV and XLSX, over HTTP from the gateway and from the CLI:
// every figure in the file is the figure the GraphQL API gives for the same period and unit.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startNetwork, type TestNetwork } from '../network.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))
let net: TestNetwork
let base: string
beforeAll(async () => {
  net = await startNetwork('sqlite')
  base = net.gatewayUrl.replace(/\/graphql$/, '')
})
afterAll(() => net?.stop())

const get = async (query: string, auth = true) =>
  fetch(`${base}/reports/provincial?${query}`, { headers: auth ? { authorization: `Bearer ${await net.token()}` } : {} })

function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++ } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(cell); cell = '' } else if (c === '\r') continue
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = '' } else cell += c
  }
  return rows
}

async function apiFigures(period: Record<string, unknown>) {
  const { body } = await net.query('query($p: PeriodInput!) { provincialStatistics(period: $p) { periodLabelVi police { reportsReceived } kpis { code numerator denominator met } } }', { p: period })
  expect(body.errors).toBeUndefined()
  return body.data.provincialStatistics
}

describe('report exports', () => {
  it('CSV with Vietnamese headings carries the API figures of the period', async () => {
    const res = await get('period=2024-Q3&unit=99&format=csv&lang=vi')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-2024-Q3-99.csv"')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 BOM, so spreadsheets read Vietnamese
    const text = bytes.subarray(3).toString('utf8')
    const rows = parseCsv(text)
    expect(rows[0]).toEqual(['Báo cáo thống kê phòng, chống mua bán người', 'Quý III/2024', 'Tỉnh Hải Biên (tỉnh minh hoạ)'])
    expect(rows[1]).toEqual(['Phần', 'Chỉ tiêu thống kê', 'Chi tiết', 'Giá trị'])
    const api = await apiFigures({ kind: 'QUARTER', year: 2024, index: 3 })
    expect(rows.find((r) => r[1]!.startsWith('Nguồn tin tiếp nhận trong kỳ'))?.[3]).toBe(String(api.police.reportsReceived))
    for (const k of api.kpis) {
      const kpiRows = rows.filter((r) => r[1]!.startsWith(`${k.code} `))
      expect(kpiRows.find((r) => r[2] === 'Tử số')?.[3]).toBe(String(k.numerator))
      expect(kpiRows.find((r) => r[2] === 'Mẫu số')?.[3]).toBe(String(k.denominator))
      expect(kpiRows.find((r) => r[2] === 'Đạt')?.[3]).toBe(k.met === null ? 'Không phát sinh' : k.met ? 'Đạt' : 'Không đạt')
    }
    expect(text).not.toMatch(/[0-9a-f]{64}/) // no person reference in a published report
  })

  it('XLSX in English has the same figures', async () => {
    const res = await get('period=2024&format=xlsx&lang=en')
    expect(res.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('Report')!
    expect(sheet.getRow(2).values).toEqual([undefined, 'Section', 'Figure', 'Detail', 'Value'])
    const api = await apiFigures({ kind: 'YEAR', year: 2024 })
    const values: unknown[][] = []
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)))
    const k3 = values.filter((r) => String(r[1]).startsWith('K3 '))
    expect(k3.find((r) => r[2] === 'Numerator')?.[3]).toBe(api.kpis.find((k: any) => k.code === 'K3').numerator)
    expect(k3.find((r) => r[2] === 'Denominator')?.[3]).toBe(api.kpis.find((k: any) => k.code === 'K3').denominator)
  })

  it('exports a custom window (a peak campaign) for an old district: its figures, no periodic-report section', async () => {
    const res = await get('period=2024-06-01..2024-07-31&unit=992&format=csv&lang=en')
    expect(res.status).toBe(200)
    const rows = parseCsv(Buffer.from(await res.arrayBuffer()).subarray(3).toString('utf8'))
    const { body } = await net.query('query($p: PeriodInput!) { provincialStatistics(period: $p, unitCode: "992") { periodLabelEn police { reportsReceived } policeReporting { status } } }',
      { p: { kind: 'CUSTOM', from: '2024-06-01', to: '2024-07-31' } })
    expect(body.errors).toBeUndefined()
    expect(body.data.provincialStatistics.policeReporting).toBeNull()
    expect(rows[0]![1]).toBe(body.data.provincialStatistics.periodLabelEn)
    expect(rows.find((r) => r[1]!.startsWith('incoming reports received'))?.[3]).toBe(String(body.data.provincialStatistics.police.reportsReceived))
    expect(rows.some((r) => /report for this period/.test(r[0]!))).toBe(false)
  })

  it('refuses a bad period (400 naming the parameter) and an anonymous caller (401)', async () => {
    const bad = await get('period=2024-Q9')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as any).errors[0].extensions.problems[0].field).toBe('period')
    expect((await get('period=2024', false)).status).toBe(401)
  })

  it('is available from the CLI (npm run export) against a running gateway', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'lt-export-')), 'report.csv')
    const run = promisify(execFile)
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--period', '2024-H1', '--format', 'csv', '--lang', 'en', '--out', out, '--gateway', base, '--token', await net.token()], { cwd: root })
    expect(stdout).toContain(`✔ wrote ${out}`)
    const rows = parseCsv(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''))
    expect(rows[1]).toEqual(['Section', 'Figure', 'Detail', 'Value'])
    expect(rows[0]).toEqual(['Anti-trafficking statistical report', 'H1 2024', 'Tỉnh Hải Biên (tỉnh minh hoạ)'])
  })
})
