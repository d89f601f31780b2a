// The provincial periodic report as CSV and XLSX, over HTTP from the gateway and from the CLI:
// every figure in the file is the figure the GraphQL API gives for the same period and unit,
// labelled in words in either language (no enum, unit or country code), in the plans' order.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testProviders } from '@lienthong/kit/testing'
import { parseCsv } from '../csv.ts'
import { startNetwork, type TestNetwork, onlyApollo } from '../network.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const run = promisify(execFile)

/** An enum value (ILLEGAL_EXIT, FROM_16_TO_17, NOT_SCREENED, MISSING, border_guard), a unit code (99101) or an ISO country code (MY). */
const RAW_CODE =
  /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b[a-z]+_[a-z_]+\b|^\d{2,5}$|^[A-Z]{2}$|^(MISSING|LATE|ON_TIME|NONE|UNKNOWN|ACCEPTED|POLICE|SUPPORT|BORDER|MALE|FEMALE|SEA|PORT)$/
/** Codes among the labels (section, figure, detail) and the written values (a count is a number, in CSV its digits). */
const rawCodesIn = (rows: unknown[][]) =>
  rows.flatMap((r) => [...r.slice(0, 3), /^\d+$/.test(String(r[3])) ? '' : r[3]].filter((c) => typeof c === 'string' && RAW_CODE.test(c)))
/** The sections in the order they first appear. */
const sectionsOf = (rows: unknown[][]) => [...new Set(rows.map((r) => String(r[0])))]

const SECTIONS_EN = [
  'General',
  'The five statutory KPIs of the catalogue',
  "The Provincial Police's figures",
  "The Provincial Procuracy's figures",
  "The Provincial Court's figures",
  "Social Affairs' figures",
  "The Border Guard Command's figures",
  'Victims',
  'The justice funnel',
  "The Provincial Police's periodic report for this period",
  "The Provincial Procuracy's periodic report for this period",
  "The Provincial Court's periodic report for this period",
  "Social Affairs' periodic report for this period",
  "The Border Guard Command's periodic report for this period",
]
const SECTIONS_VI = [
  'Thông tin chung',
  'Năm chỉ tiêu K1–K5 theo danh mục',
  'Số liệu của Công an tỉnh',
  'Số liệu của Viện kiểm sát nhân dân tỉnh',
  'Số liệu của Tòa án nhân dân tỉnh',
  'Số liệu của ngành LĐTBXH',
  'Số liệu của Bộ đội Biên phòng tỉnh',
  'Nạn nhân',
  'Chuỗi tư pháp',
  'Báo cáo định kỳ của Công an tỉnh cho kỳ này',
  'Báo cáo định kỳ của Viện kiểm sát nhân dân tỉnh cho kỳ này',
  'Báo cáo định kỳ của Tòa án nhân dân tỉnh cho kỳ này',
  'Báo cáo định kỳ của ngành LĐTBXH cho kỳ này',
  'Báo cáo định kỳ của Bộ đội Biên phòng tỉnh cho kỳ này',
]

describe.skipIf(onlyApollo("the report export routes (/reports/provincial) are our gateway's HTTP routes")).each(await testProviders())(
  'report exports on %s',
  (provider) => {
    let net: TestNetwork
    let base: string
    beforeAll(async () => {
      net = await startNetwork(provider)
      base = net.gatewayUrl.replace(/\/graphql$/, '')
    })
    afterAll(() => net?.stop())

    const get = async (query: string, auth = true) =>
      fetch(`${base}/reports/provincial?${query}`, { headers: auth ? { authorization: `Bearer ${await net.token()}` } : {} })
    const csvRows = async (res: Response) =>
      parseCsv(
        Buffer.from(await res.arrayBuffer())
          .subarray(3)
          .toString('utf8'),
      )
    const cli = async (args: string[], callerDir: string) =>
      run(process.execPath, ['cli/bin/lienthong.js', 'export', 'report', '--gateway', base, '--token', await net.token(), ...args], {
        cwd: root,
        env: { ...process.env, INIT_CWD: callerDir },
      })

    async function apiFigures(period: Record<string, unknown>) {
      const { body } = await net.query(
        'query($p: PeriodInput!) { provincialStatistics(period: $p) { periodLabelVi police { reportsReceived casesByDestination { key } } kpis { code numerator denominator value met definitionVi } } }',
        { p: period },
      )
      expect(body.errors).toBeUndefined()
      return body.data.provincialStatistics
    }

    it("CSV in Vietnamese: the API figures, KPIs first then the agencies in the plans' order, rates as whole percents, countries by name", async () => {
      const res = await get('period=2024-Q3&unit=99&format=csv&lang=vi')
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-2024-Q3-99.csv"')
      const bytes = Buffer.from(await res.arrayBuffer())
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 BOM, so spreadsheets read Vietnamese
      const text = bytes.subarray(3).toString('utf8')
      const rows = parseCsv(text)
      expect(rows[0]).toEqual(['Báo cáo thống kê phòng, chống mua bán người', 'Quý III/2024 (01/07/2024 – 30/09/2024)', 'Tỉnh Hải Biên (tỉnh minh hoạ)'])
      expect(rows[1]).toEqual(['Phần', 'Chỉ tiêu thống kê', 'Chi tiết', 'Giá trị'])
      const body = rows.slice(2)
      expect(sectionsOf(body)).toEqual(SECTIONS_VI)
      const api = await apiFigures({ kind: 'QUARTER', year: 2024, index: 3 })
      expect(body.find((r) => r[1]!.startsWith('Nguồn tin tiếp nhận trong kỳ'))?.[3]).toBe(String(api.police.reportsReceived))
      for (const k of api.kpis) {
        const kpiRows = body.filter((r) => r[1]!.startsWith(`${k.code} `))
        expect(kpiRows.find((r) => r[2] === 'Tử số')?.[3]).toBe(String(k.numerator))
        expect(kpiRows.find((r) => r[2] === 'Mẫu số')?.[3]).toBe(String(k.denominator))
        expect(kpiRows.find((r) => r[2] === 'Tỷ lệ')?.[3]).toBe(k.value === null ? 'Không phát sinh' : `${Math.floor(k.value * 100 + 1e-9)}%`)
        expect(kpiRows.find((r) => r[2] === 'Kết quả')?.[3]).toBe(k.met === null ? 'Không phát sinh' : k.met ? 'Đạt' : 'Không đạt')
        expect(kpiRows.find((r) => r[2] === 'Cách tính')?.[3]).toBe(k.definitionVi)
      }
      expect(body.filter((r) => r[2] === 'Chỉ tiêu').map((r) => r[3])).toEqual(['≥ 100%', '> 90%', '> 90%', '≥ 95%', '≥ 90%'])
      // destination countries by their Vietnamese names in every section (the police's and the victims')
      expect(api.police.casesByDestination.map((l: { key: string }) => l.key)).toContain('KH')
      expect(body.filter((r) => r[2] === 'Campuchia').length).toBeGreaterThanOrEqual(2)
      expect(rawCodesIn(body)).toEqual([])
      expect(text).not.toMatch(/[0-9a-f]{64}/) // no person reference in a published report
    })

    it('XLSX in English: fully labelled (enum values, units, countries, bands), capitalised sections in the same order, the same figures', async () => {
      const res = await get('period=2024&format=xlsx&lang=en')
      expect(res.status).toBe(200)
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer)
      const sheet = book.getWorksheet('Report')!
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        'Anti-trafficking statistical report — 2024 (1 January 2024 – 31 December 2024) — Tỉnh Hải Biên (tỉnh minh hoạ)',
      ])
      expect(sheet.getRow(2).values).toEqual([undefined, 'Section', 'Figure', 'Detail', 'Value'])
      const values: unknown[][] = []
      sheet.eachRow((row, n) => {
        if (n > 2) values.push((row.values as unknown[]).slice(1))
      })
      expect(sectionsOf(values)).toEqual(SECTIONS_EN)
      for (const r of values) for (const label of r.slice(0, 3) as string[]) if (label) expect(label[0]).toBe(label[0]!.toUpperCase())
      expect(rawCodesIn(values)).toEqual([])
      const details = new Set(values.map((r) => r[2]))
      for (const label of [
        'Illegal exit',
        '16 to 17',
        'Not screened',
        'Malaysia',
        'China',
        'Prison from 5 to under 10 years',
        'Article 150 of the Criminal Code (trafficking in persons)',
        'In no police case',
        'Social Affairs',
        'Phường Bến Cảng',
      ]) {
        expect(details).toContain(label)
      }
      const api = await apiFigures({ kind: 'YEAR', year: 2024 })
      const k3 = values.filter((r) => String(r[1]).startsWith('K3 '))
      expect(k3.find((r) => r[2] === 'Numerator')?.[3]).toBe(api.kpis.find((k: any) => k.code === 'K3').numerator)
      expect(k3.find((r) => r[2] === 'Denominator')?.[3]).toBe(api.kpis.find((k: any) => k.code === 'K3').denominator)
      expect(values.find((r) => String(r[0]).startsWith("The Provincial Police's periodic") && r[1] === 'Due at')?.[3]).toBe('15 December 2024')
    })

    it('exports a custom window (a peak campaign) for an old district: its figures, no periodic-report section', async () => {
      const res = await get('period=2024-06-01..2024-07-31&unit=992&format=csv&lang=en')
      expect(res.status).toBe(200)
      const rows = await csvRows(res)
      const { body } = await net.query(
        'query($p: PeriodInput!) { provincialStatistics(period: $p, unitCode: "992") { police { reportsReceived } policeReporting { status } } }',
        { p: { kind: 'CUSTOM', from: '2024-06-01', to: '2024-07-31' } },
      )
      expect(body.errors).toBeUndefined()
      expect(body.data.provincialStatistics.policeReporting).toBeNull()
      expect(rows[0]![1]).toBe('1 June 2024 – 31 July 2024')
      expect(rows.find((r) => r[1]!.startsWith('Incoming reports received'))?.[3]).toBe(String(body.data.provincialStatistics.police.reportsReceived))
      expect(rows.some((r) => /periodic report/.test(r[0]!))).toBe(false)
    })

    it('refuses a bad period, a period that has not started (400 BAD_USER_INPUT naming the parameter) an anonymous caller (401) and an unknown purpose of use (400)', async () => {
      const bad = await get('period=2024-Q9')
      expect(bad.status).toBe(400)
      expect(((await bad.json()) as any).errors[0].extensions.problems[0].field).toBe('period')
      const future = await get(`period=${new Date().getUTCFullYear() + 1}-Q1`)
      expect(future.status).toBe(400)
      expect(((await future.json()) as any).errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ field: 'period', reasonEn: 'the period has not started yet' }],
      })
      expect((await get('period=2024', false)).status).toBe(401)
      // a header the gateway refuses keeps its own code and status (not UNAUTHENTICATED)
      const purpose = await fetch(`${base}/reports/provincial?period=2024`, {
        headers: { authorization: `Bearer ${await net.token()}`, 'x-purpose-of-use': 'curiosity' },
      })
      expect([purpose.status, ((await purpose.json()) as any).errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT'])
    })

    it("the CLI asks for the gateway's default format and writes into the caller's folder", async () => {
      const caller = mkdtempSync(path.join(tmpdir(), 'lt-export-'))
      const { stdout } = await cli(['--period', '2024-H1', '--lang', 'en'], caller)
      const written = path.join(caller, 'bao-cao-2024-H1-99-en.csv')
      expect(stdout.trim()).toBe(`✔ đã ghi ${written} — wrote ${written}`)
      const rows = parseCsv(readFileSync(written, 'utf8').replace(/^\uFEFF/, ''))
      expect(rows[0]).toEqual(['Anti-trafficking statistical report', 'H1 2024 (1 January 2024 – 30 June 2024)', 'Tỉnh Hải Biên (tỉnh minh hoạ)'])
      // the HTTP default is the same format
      const http = await get('period=2024-H1&lang=en')
      expect(http.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-2024-H1-99-en.csv"')
    })

    it("the CLI writes to --out, a file relative to the caller's folder", async () => {
      const caller = mkdtempSync(path.join(tmpdir(), 'lt-export-'))
      const file = path.join(caller, 'q3.xlsx')
      await cli(['--period', '2024-Q3', '--format', 'xlsx', '--out', 'q3.xlsx'], caller)
      expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK') // a zip: XLSX
    })

    it("the CLI writes into a folder given as --out under the gateway's file name", async () => {
      const caller = mkdtempSync(path.join(tmpdir(), 'lt-export-'))
      const folder = mkdtempSync(path.join(tmpdir(), 'lt-export-out-'))
      await cli(['--period', '2024-Q3', '--out', folder], caller)
      expect(readdirSync(folder)).toEqual(['bao-cao-2024-Q3-99.csv'])
    })

    it('the CLI never writes inside the repository by default (one line, exit code 1)', async () => {
      const inside = await cli(['--period', '2024-Q3'], root).then(
        () => null,
        (e) => e,
      )
      expect(inside?.code).toBe(1)
      expect(inside.stderr.trim().split('\n')).toHaveLength(1)
      expect(inside.stderr).toMatch(/^✖ không ghi tệp vào trong kho mã .* — not writing inside the repository/)
      expect(existsSync(path.join(root, 'bao-cao-2024-Q3-99.csv'))).toBe(false)
    })

    it('the CLI reports a period not started yet in one line, exit code 1, writing nothing', async () => {
      const caller = mkdtempSync(path.join(tmpdir(), 'lt-export-'))
      const future = await cli(['--period', `${new Date().getUTCFullYear() + 1}`], caller).then(
        () => null,
        (e) => e,
      )
      expect(future?.code).toBe(1)
      expect(future.stderr.trim()).toBe(
        '✖ 400: Tham số không hợp lệ / Invalid parameters; period: kỳ báo cáo chưa bắt đầu — period: the period has not started yet',
      )
      expect(readdirSync(caller)).toEqual([])
    })
  },
)
