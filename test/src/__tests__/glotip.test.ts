// The UNODC GLOTIP export (docs/glotip.md) over HTTP from the gateway and from the CLI, on the
// demo world: every number in the CSV and the XLSX is the figure provincialStatistics gives the
// same caller for the same year and unit, in GLOTIP's rows; an analyst's protected cells are
// written as protected, never as a number; no token is 401, a future year 400 naming `year`.
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Identity } from '@lienthong/kit/identity'
import { testProviders } from '@lienthong/kit/testing'
import { parseCsv } from '../csv.ts'
import { DEFAULT_CALLER, type Query, onlyApollo } from '../network.ts'
import { useNetwork } from '../sharedNetwork.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const run = promisify(execFile)
const ANALYST: Identity = { sub: 'test-analyst', agency: 'steering_committee', role: 'analyst', unit: '99' }
const PROTECTED = { en: 'Suppressed (small count)', vi: 'Ẩn (số nhỏ)' }

const L = '{ key count suppressed }'
const P = `{ total bySex ${L} byCitizenship ${L} }`
const FIGURES = `query($y: Int!, $u: AdminUnitCode) { provincialStatistics(period: { kind: YEAR, year: $y }, unitCode: $u) {
  victims { total bySexAndAgeGroup ${L} bySex ${L} byForm ${L} byCitizenship ${L} }
  justiceFunnel { suspects ${P} indicted ${P} convicted ${P} } } }`

const SEX_AGE = [
  ['GIRL', 'Girls (under 18)'],
  ['BOY', 'Boys (under 18)'],
  ['WOMAN', 'Women (18 and over)'],
  ['MAN', 'Men (18 and over)'],
  ['UNKNOWN', 'Sex or age unknown'],
]
const FORMS = [
  ['SEXUAL_EXPLOITATION', 'Trafficking for sexual exploitation'],
  ['FORCED_LABOUR', 'Trafficking for forced labour'],
  ['ORGAN_REMOVAL', 'Trafficking for the removal of organs'],
  ['COMMERCIAL_SURROGACY', 'Other forms of exploitation: commercial surrogacy'],
  ['FORCED_MARRIAGE', 'Other forms of exploitation: forced marriage'],
  ['CHILD_ADOPTION', 'Other forms of exploitation: illegal adoption'],
  ['OTHER', 'Other forms of exploitation: other purposes'],
  ['UNKNOWN', 'Form of exploitation unknown'],
]
const CITIZENSHIP = [
  ['VIETNAMESE', 'Nationals (citizens of Viet Nam)'],
  ['FOREIGN', 'Foreign nationals'],
  ['STATELESS', 'Stateless persons'],
  ['UNDETERMINED', 'Citizenship unknown'],
]
const SEX = [
  ['MALE', 'Males'],
  ['FEMALE', 'Females'],
  ['UNKNOWN', 'Sex unknown'],
]
/** [table, indicator, category, where the figure is in the API's answer], in the file's order. */
function expectedLayout(): [string, string, string, string][] {
  const rows: [string, string, string, string][] = []
  const block = (table: string, indicator: string, at: string, breakdowns: [string, string[][]][]) => {
    rows.push([table, indicator, 'Total', `${at}.total`])
    for (const [b, lines] of breakdowns) for (const [key, label] of lines) rows.push([table, indicator, label!, `${at}.${b}.${key}`])
  }
  block('A. Detected victims, by sex and age group', 'Detected victims', 'victims', [['bySexAndAgeGroup', SEX_AGE]])
  block('B. Detected victims, by form of exploitation', 'Detected victims', 'victims', [['byForm', FORMS]])
  block('C. Detected victims, by citizenship', 'Detected victims', 'victims', [['byCitizenship', CITIZENSHIP]])
  const d = 'D. Persons investigated (suspected), prosecuted and convicted, by sex and citizenship'
  for (const [step, indicator] of [
    ['suspects', 'Persons investigated (suspected)'],
    ['indicted', 'Persons prosecuted'],
    ['convicted', 'Persons convicted'],
  ])
    block(d, indicator!, `justiceFunnel.${step}`, [
      ['bySex', SEX],
      ['byCitizenship', CITIZENSHIP],
    ])
  return rows
}

/** The API's figure at `at` ("victims.byForm.FORCED_LABOUR", "justiceFunnel.suspects.total") as the file must show it. */
function cellOf(answer: any, at: string, lang: 'en' | 'vi'): string {
  const parts = at.split('.')
  const last = parts.pop()!
  const owner = parts.reduce((x, k) => x[k], answer)
  const value = Array.isArray(owner) ? owner.find((l: any) => l.key === last) : { count: owner[last], suppressed: false }
  expect(value, at).toBeDefined()
  return value.suppressed || value.count === null ? PROTECTED[lang] : String(value.count)
}

describe.skipIf(onlyApollo("the /exports/glotip route is our gateway's HTTP route")).each(await testProviders())('UNODC GLOTIP export on %s', (provider) => {
  const { net, callers } = useNetwork<'analyst' | 'officer'>(provider, { callers: { analyst: ANALYST, officer: DEFAULT_CALLER } })
  const base = () => net.gatewayUrl.replace(/\/graphql$/, '')
  const get = async (query: string, identity: Identity | null = ANALYST) =>
    fetch(`${base()}/exports/glotip?${query}`, { headers: identity ? { authorization: `Bearer ${await net.token(identity)}` } : {} })
  const csvOf = async (res: Response) => {
    const bytes = Buffer.from(await res.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    return parseCsv(bytes.subarray(3).toString('utf8'))
  }
  const xlsxOf = async (bytes: Buffer | ArrayBuffer) => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as ArrayBuffer)
    const sheet = book.getWorksheet('GLOTIP')!
    const rows: string[][] = []
    sheet.eachRow((row) => void rows.push((row.values as unknown[]).slice(1).map((v) => String(v))))
    return rows
  }
  const figures = async (caller: Query, year: number, unit = '99') => {
    const { body } = await caller(FIGURES, { y: year, u: unit })
    expect(body.errors).toBeUndefined()
    return body.data.provincialStatistics
  }

  it('CSV in English: the four GLOTIP tables in their rows, each number the analyst’s published figure, protected cells as protected', async () => {
    const res = await get('year=2024&unit=99&format=csv')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="glotip-2024-99.csv"')
    const rows = await csvOf(res)
    expect(rows[0]).toEqual([
      'UNODC GLOTIP — Global Report on Trafficking in Persons questionnaire',
      '2024 (1 January 2024 – 31 December 2024)',
      'Tỉnh Hải Biên (tỉnh minh hoạ)',
    ])
    expect(rows[1]).toEqual(['Table', 'Indicator', 'Category', 'Number'])
    const api = await figures(callers.analyst, 2024)
    const layout = expectedLayout()
    expect(rows.slice(2)).toEqual(layout.map(([t, i, c, at]) => [t, i, c, cellOf(api, at, 'en')]))
    // every cell is a number or the protected marking: never a code, never an empty cell
    for (const r of rows.slice(2)) expect(r[3]).toMatch(/^(\d+|Suppressed \(small count\))$/)
  })

  it('an analyst sees the small counts protected where an officer sees exact figures; the exact lines recount the totals', async () => {
    const protectedRows = async (identity: Identity) => (await csvOf(await get('year=2024&unit=991', identity))).slice(2).filter((r) => r[3] === PROTECTED.en)
    const analystProtected = await protectedRows(ANALYST)
    expect(analystProtected.length).toBeGreaterThan(0)
    const exact = await csvOf(await get('year=2024&unit=991', DEFAULT_CALLER))
    expect(exact.slice(2).every((r) => /^\d+$/.test(r[3]!))).toBe(true)
    // each protected cell of the analyst's file holds fewer than k = 5 persons in truth
    for (const r of analystProtected) expect(Number(exact.find((x) => x[0] === r[0] && x[1] === r[1] && x[2] === r[2])![3])).toBeLessThan(5)
    // an independent recount on the exact figures: the sex × age lines cover the total and split bySex
    const officer = await figures(callers.officer, 2024, '991')
    const count = (lines: any[], key: string) => lines.find((l) => l.key === key).count as number
    const v = officer.victims
    expect(v.bySexAndAgeGroup.reduce((a: number, l: any) => a + l.count, 0)).toBe(v.total)
    expect(count(v.bySexAndAgeGroup, 'GIRL') + count(v.bySexAndAgeGroup, 'WOMAN')).toBeLessThanOrEqual(count(v.bySex, 'FEMALE'))
    expect(count(v.bySexAndAgeGroup, 'BOY') + count(v.bySexAndAgeGroup, 'MAN')).toBeLessThanOrEqual(count(v.bySex, 'MALE'))
    expect(exact.slice(2).map((r) => r[3])).toEqual(expectedLayout().map(([, , , at]) => cellOf(officer, at, 'en')))
  })

  it('XLSX holds the same tables (numbers as numbers), and the Vietnamese variant its own headings', async () => {
    const csv = await csvOf(await get('year=2024&format=csv'))
    const res = await get('year=2024&format=xlsx')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="glotip-2024-99.xlsx"')
    const xlsx = await xlsxOf(await res.arrayBuffer())
    expect(xlsx[0]![0]).toBe(csv[0]!.join(' — '))
    expect(xlsx.slice(1)).toEqual(csv.slice(1))
    const vi = await csvOf(await get('year=2024&format=csv&lang=vi'))
    expect(vi[0]![0]).toBe('UNODC GLOTIP — Bảng hỏi Báo cáo toàn cầu về mua bán người')
    expect(vi[1]).toEqual(['Bảng', 'Chỉ tiêu', 'Phân loại', 'Số lượng'])
    expect(vi.slice(2).map((r) => r[3])).toEqual(csv.slice(2).map((r) => (r[3] === PROTECTED.en ? PROTECTED.vi : r[3])))
    expect(vi[2]!.slice(0, 3)).toEqual(['A. Nạn nhân được phát hiện theo giới tính và nhóm tuổi', 'Nạn nhân được phát hiện', 'Tổng số'])
  })

  it('refuses a request without a token (401) and a future or malformed year (400 naming year)', async () => {
    expect((await get('year=2024', null)).status).toBe(401)
    for (const year of [String(new Date().getUTCFullYear() + 2), '2024.5', 'last']) {
      const res = await get(`year=${year}`)
      expect(res.status, year).toBe(400)
      const body = (await res.json()) as any
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT')
      expect(body.errors[0].extensions.problems.map((p: any) => p.field)).toEqual(['year'])
    }
  })

  it('lienthong export glotip writes the gateway’s file; a future year is one line and exit code 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glotip-'))
    const token = await net.token(ANALYST)
    const cli = (args: string[]) =>
      run(process.execPath, ['cli/bin/lienthong.js', 'export', 'glotip', '--gateway', base(), '--token', token, ...args], { cwd: root })
    const { stdout } = await cli(['--year', '2024', '--format', 'xlsx', '--out', dir])
    expect(readdirSync(dir)).toEqual(['glotip-2024-99.xlsx'])
    expect(stdout).toContain(path.join(dir, 'glotip-2024-99.xlsx'))
    const written = await xlsxOf(readFileSync(path.join(dir, 'glotip-2024-99.xlsx')))
    expect(written.slice(1)).toEqual((await xlsxOf(await (await get('year=2024&format=xlsx')).arrayBuffer())).slice(1))
    expect(written.some((r) => r[3] === PROTECTED.en)).toBe(true)
    const future = await cli(['--year', String(new Date().getUTCFullYear() + 2), '--out', dir]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    )
    expect(future?.code).toBe(1)
    expect(future?.stderr).toMatch(/^✖ 400: .*year: .*the year has not started yet\n$/)
  })
})
