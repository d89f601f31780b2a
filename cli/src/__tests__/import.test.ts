// `lienthong import` against the whole network over real HTTP, on SQLite and PostgreSQL: the same
// incoming reports from CSV (BOM, Vietnamese headings and labels, dd/mm/yyyy), XLSX and JSON are
// the same records (a second format is a replay, never an IDEMPOTENCY_CONFLICT); a rerun adds
// nothing; an import killed (SIGKILL) after its first batch and run again ends with exactly the
// rows; a dry run writes nothing, not even an audit entry, and reports the same bad rows as a write;
// the error report names row, column, position and reasons, never a value.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testProviders } from '@lienthong/kit/testing'
import { SUBGRAPH_MODULES, startNetwork, type TestNetwork } from '@lienthong/test/network'
import { reportPathOf } from '../import/report.ts'
import { incomingReports, runCli, writeReportsCsv, writeReportsJson, writeReportsXlsx } from './importFixtures.ts'

const LONG = 600_000

/** What the test reads of the cases subgraph's database: counts only. */
interface CasesCounts {
  incomingReport: { count(args: { where: { externalRef: { startsWith: string } } }): Promise<number> }
  auditEntry: { count(): Promise<number> }
  $disconnect(): Promise<void>
}

describe.each(await testProviders())('lienthong import on %s', (provider) => {
  let net: TestNetwork
  let dir: string
  let token: string
  let cases: CasesCounts
  const count = async (prefix: string): Promise<number> => cases.incomingReport.count({ where: { externalRef: { startsWith: `${prefix}-` } } })
  const audits = async (): Promise<number> => cases.auditEntry.count()
  const lienthong = (args: string[], o: Parameters<typeof runCli>[1] = {}) => runCli([...args, '--gateway', net.gatewayUrl, '--token', token], o)

  beforeAll(async () => {
    net = await startNetwork(provider)
    dir = mkdtempSync(path.join(tmpdir(), 'lt-import-'))
    token = await net.token({ sub: 'import-officer', agency: 'police', role: 'officer', unit: '99' })
    cases = SUBGRAPH_MODULES.cases.createPrisma(net.databases.cases) as CasesCounts
  }, LONG)
  afterAll(async () => {
    await cases?.$disconnect()
    await net?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it(
    'imports CSV, XLSX and JSON of the same rows as the same records, and a rerun adds nothing',
    async () => {
      const rows = incomingReports('FMT', 12)
      const csv = path.join(dir, 'fmt.csv')
      writeReportsCsv(csv, rows)
      const first = await lienthong(['import', 'incoming-reports', csv])
      expect(first.stderr).toBe('')
      expect(first.code).toBe(0)
      expect(first.stdout).toMatch(/rows read: 12/)
      expect(await count('FMT')).toBe(12)
      const xlsx = path.join(dir, 'fmt.xlsx')
      await writeReportsXlsx(xlsx, rows)
      const json = path.join(dir, 'fmt.json')
      writeReportsJson(json, rows)
      for (const file of [xlsx, json, csv]) {
        // any field read differently would be an IDEMPOTENCY_CONFLICT on the same reference
        const again = await lienthong(['import', 'incoming-reports', file])
        expect(again.code, again.stderr).toBe(0)
        expect(readFileSync(reportPathOf(file), 'utf8').trim().split('\n')).toHaveLength(1)
      }
      expect(await count('FMT')).toBe(12)
    },
    LONG,
  )

  it(
    'an import killed after its first batch and run again ends with exactly the rows',
    async () => {
      const file = path.join(dir, 'kill.csv')
      writeReportsCsv(file, incomingReports('KILL', 120), { bom: false })
      const killed = await lienthong(['import', 'incoming-reports', file, '--batch-size', '5'], { killWhen: async () => (await count('KILL')) > 0 })
      expect(killed.signal).toBe('SIGKILL')
      const partial = await count('KILL')
      expect(partial).toBeLessThan(120)
      const rerun = await lienthong(['import', 'incoming-reports', file])
      expect(rerun.code, rerun.stderr).toBe(0)
      expect(await count('KILL')).toBe(120)
    },
    LONG,
  )

  it(
    'a dry run writes nothing, audits nothing and reports the bad rows as a write does, without their values',
    async () => {
      const rows = incomingReports('DRY', 8)
      rows[2]!.receivedAt = '31/02/2024' // not a date (read by the CLI)
      rows[4]!.kind = 'BÍ-MẬT-XYZ' // no such kind
      rows[5]!.unitCode = '88888' // no such unit (the gateway's scalar)
      rows[6]!.receivedAt = '01/01/2099' // in the future (the subgraph's write rules)
      const file = path.join(dir, 'dry.csv')
      writeReportsCsv(file, rows)
      const before = await audits()
      const dry = await lienthong(['import', 'incoming-reports', file, '--dry-run'])
      expect(dry.code).toBe(1)
      expect(dry.stdout).toMatch(/would be written: 4/)
      expect(await count('DRY')).toBe(0)
      expect(await audits()).toBe(before)
      const dryReport = readFileSync(reportPathOf(file), 'utf8')
      const lines = dryReport
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
      expect(lines[0]).toBe('Dòng / Row,Cột / Column,Vị trí trong ô / Position in the cell,Lý do,Reason')
      const problemRows = lines.slice(1).map((l) => Number(l.split(',')[0]))
      expect([...new Set(problemRows)]).toEqual([4, 6, 7, 8]) // heading is line 1
      for (const value of ['31/02/2024', 'BÍ-MẬT-XYZ', '88888', '01/01/2099', '2099']) expect(dryReport + dry.stdout + dry.stderr).not.toContain(value)
      const real = await lienthong(['import', 'incoming-reports', file])
      expect(real.code).toBe(1)
      expect(await count('DRY')).toBe(4)
      expect(readFileSync(reportPathOf(file), 'utf8')).toBe(dryReport)
    },
    LONG,
  )
})
