// The HTCDS 2.0 export (docs/htcds.md) through the whole network on the demo data, from the
// gateway's /exports/htcds and from `lienthong export htcds`: steering committee supervisors only,
// the documented CSV header, every equivalence class over the quasi-identifiers at least k, a new
// pseudonym per release, and no person reference of the police database anywhere in the file.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Identity } from '@lienthong/kit/identity'
import { testProviders } from '@lienthong/kit/testing'
import { SUBGRAPH_MODULES, onlyApollo } from '../network.ts'
import { useNetwork } from '../sharedNetwork.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const run = promisify(execFile)

/** The columns docs/htcds.md documents, in its order. */
const HEADER = [
  'victimId',
  'yearOfRegistration',
  'Datasource',
  'gender',
  'ageBroad',
  'majorityStatus',
  'citizenship',
  'CountryOfExploitation',
  'isForcedLabour',
  'isSexualExploit',
  'isOtherExploit',
  'isSexAndLabour',
  'isForcedMarriage',
  'isOrganRemoval',
  'typeOfExploitConcatenated',
  'isAbduction',
  'meansOfControlFalsePromises',
  'meansOfControlDebtBondage',
  'recruiterRelationFriend',
  'recruiterRelationOther',
]
const QUASI = ['yearOfRegistration', 'gender', 'ageBroad', 'majorityStatus', 'citizenship', 'CountryOfExploitation'].map((c) => HEADER.indexOf(c))
const caller = (agency: Identity['agency'], role: Identity['role']): Identity => ({ sub: `t-htcds-${agency}-${role}`, agency, role, unit: '99' })
const SUPERVISOR = caller('steering_committee', 'supervisor')
const YEAR = 2024

/** A CSV release: its rows (records have no commas or quotes) and its "# key,value" report. */
function readCsv(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true)
  const lines = text.slice(1).split('\r\n')
  const blank = lines.indexOf('')
  const rows = lines.slice(0, blank).map((l) => l.split(','))
  const report = Object.fromEntries(
    lines
      .slice(blank + 1)
      .filter((l) => l.startsWith('# '))
      .map((l) => {
        const [key, ...value] = l.slice(2).split(',')
        return [key!, value.join(',').replace(/^"|"$/g, '')]
      }),
  )
  return { header: rows[0]!, records: rows.slice(1), report }
}

const classSizes = (records: readonly (readonly unknown[])[]) => {
  const sizes = new Map<string, number>()
  for (const r of records) {
    const key = JSON.stringify(QUASI.map((i) => r[i]))
    sizes.set(key, (sizes.get(key) ?? 0) + 1)
  }
  return [...sizes.values()]
}

describe.skipIf(onlyApollo("the /exports/htcds route is our gateway's HTTP route")).each(await testProviders())('HTCDS export on %s', (provider) => {
  const { net } = useNetwork(provider, { timeout: 600_000 })
  let base = ''
  let personRefs: string[] = []
  beforeAll(async () => {
    base = net.gatewayUrl.replace(/\/graphql$/, '')
    const prisma = SUBGRAPH_MODULES.cases.createPrisma(net.databases.cases) as unknown as {
      $queryRawUnsafe: <T>(sql: string) => Promise<T>
      $disconnect: () => Promise<void>
    }
    personRefs = (await prisma.$queryRawUnsafe<{ personRef: string }[]>('SELECT "personRef" FROM "Person"')).map((p) => p.personRef)
    await prisma.$disconnect()
    expect(personRefs.length).toBeGreaterThan(20)
  })
  const get = async (query: string, who?: Identity, headers: Record<string, string> = {}) =>
    fetch(`${base}/exports/htcds?${query}`, { headers: who ? { authorization: `Bearer ${await net.token(who)}`, ...headers } : headers })

  it('answers 401 without a token and 403 to everyone but a steering committee supervisor (declaring data_quality)', async () => {
    expect((await get(`year=${YEAR}`)).status).toBe(401)
    const refused = [
      caller('police', 'officer'),
      caller('police', 'supervisor'),
      caller('social_affairs', 'supervisor'),
      caller('steering_committee', 'officer'),
      caller('steering_committee', 'analyst'),
      caller('steering_committee', 'integrator'),
      caller('steering_committee', 'auditor'),
    ]
    for (const who of refused) {
      const res = await get(`year=${YEAR}`, who)
      const body = (await res.json()) as { errors: { extensions: { code: string; field?: string } }[] }
      expect({ who: who.sub, status: res.status, code: body.errors[0]!.extensions }).toMatchObject({ who: who.sub, status: 403, code: { code: 'FORBIDDEN' } })
    }
    expect((await get(`year=${YEAR}`, SUPERVISOR, { 'x-purpose-of-use': 'investigation' })).status).toBe(403)
    expect((await get('year=soon', SUPERVISOR)).status).toBe(400)
    expect((await get(`year=${YEAR}&k=1`, SUPERVISOR)).status).toBe(400)
  })

  it('serves the documented CSV: every class at least k, released + suppressed = eligible, no person reference, new pseudonyms each time', async () => {
    const files: ReturnType<typeof readCsv>[] = []
    // the demo year has fewer eligible victims than 11: k = 11 suppresses them all, k = 3 releases most
    for (const k of [11, 3, 3]) {
      const res = await get(`year=${YEAR}&k=${k}`, SUPERVISOR)
      expect([res.status, res.headers.get('content-disposition')]).toEqual([200, `attachment; filename="htcds-${YEAR}-k${k}.csv"`])
      const text = Buffer.from(await res.arrayBuffer()).toString('utf8')
      for (const ref of personRefs) expect(text).not.toContain(ref)
      const csv = readCsv(text)
      expect(csv.header).toEqual(HEADER)
      expect(csv.report).toMatchObject({ k: String(k), yearOfRegistration: String(YEAR) })
      expect(Number(csv.report.released) + Number(csv.report.suppressed)).toBe(Number(csv.report.eligible))
      expect(csv.records).toHaveLength(Number(csv.report.released))
      expect(classSizes(csv.records).every((n) => n >= k)).toBe(true)
      for (const r of csv.records) expect(r[1]).toBe(String(YEAR))
      files.push(csv)
    }
    expect(Number(files[1]!.report.released)).toBeGreaterThan(0)
    const first = new Set(files[1]!.records.map((r) => r[0]))
    expect(files[2]!.records.some((r) => first.has(r[0]))).toBe(false)
  })

  it('serves XLSX (records and a Release sheet) and JSON with the same report', async () => {
    const xlsx = await get(`year=${YEAR}&k=3&format=xlsx`, SUPERVISOR)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer)
    const data = book.getWorksheet('HTCDS')!
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER)
    const about = Object.fromEntries(
      book
        .getWorksheet('Release')!
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[]).slice(1, 3)),
    )
    expect(data.rowCount - 1).toBe(about.released)
    const json = (await (await get(`year=${YEAR}&k=3&format=json`, SUPERVISOR)).json()) as {
      release: Record<string, unknown>
      records: Record<string, unknown>[]
    }
    expect(json.release).toMatchObject({ k: 3, eligible: about.eligible, released: about.released })
    expect(json.records.length).toBe(about.released)
    expect(Object.keys(json.records[0]!)).toEqual(HEADER)
    expect(classSizes(json.records.map((r) => HEADER.map((h) => r[h]))).every((n) => n >= 3)).toBe(true)
  })

  it('lienthong export htcds writes the file; a caller without the right is one line and exit code 1', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'lt-htcds-'))
    const cli = async (token: string, ...args: string[]) =>
      run(process.execPath, ['cli/bin/lienthong.js', 'export', 'htcds', '--gateway', base, '--token', token, ...args], { cwd: root })
    const { stdout } = await cli(await net.token(SUPERVISOR), '--year', String(YEAR), '--k', '5', '--out', out)
    const file = path.join(out, `htcds-${YEAR}-k5.csv`)
    expect(stdout).toContain(file)
    const csv = readCsv(readFileSync(file, 'utf8'))
    expect([csv.header, csv.report.k]).toEqual([HEADER, '5'])
    expect(classSizes(csv.records).every((n) => n >= 5)).toBe(true)
    const refused = await cli(await net.token(caller('steering_committee', 'analyst')), '--year', String(YEAR), '--out', out).catch((e) => e)
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim().split('\n')).toHaveLength(1)
    expect(refused.stderr).toMatch(/^✖ 403: /)
  })
})
