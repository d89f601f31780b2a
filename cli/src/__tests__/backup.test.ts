// lienthong backup / restore as an operator runs them, on PostgreSQL: a network on the demo data
// takes a few writes and a periodic report, is backed up, restored into fresh databases, and a
// network started over the restored databases holds the same rows (count and digest of every
// table), serves the same provincial figures and verifies the same audit chains; the append-only
// triggers came along. A damaged file, a non-empty target and a SQLite configuration are refused.
// biome-ignore-all lint/suspicious/noExplicitAny: GraphQL answers of any shape
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseConfig } from '@lienthong/kit'
import { APPEND_ONLY_TABLE_NAMES, appendOnlyTriggerNames } from '@lienthong/kit/prisma'
import { PG_SERVER_URL, testProviders } from '@lienthong/kit/testing'
import { REPORT_OPERATION_PATH } from '@lienthong/gateway/reportOperation'
import { SUBGRAPH_NAMES, type SubgraphName } from '@lienthong/schema'
import { startNetwork, type TestNetwork } from '@lienthong/test/network'

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url))
const BIN = path.join(REPOSITORY, 'cli/bin/lienthong.js')
const lienthong = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: REPOSITORY, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 })
/** The environment the subgraphs would read for these databases. */
const envOf = (dbs: Record<SubgraphName, DatabaseConfig>) => ({
  DB_PROVIDER: 'postgresql',
  ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_DATABASE_URL`, dbs[n].url])),
})
const renamed = (url: string, suffix: string) => {
  const u = new URL(url)
  u.pathname = `${u.pathname}${suffix}`
  return u.toString()
}
async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as T[]
  } finally {
    await client.end()
  }
}
/** Every table of the database (Prisma's migration table included) with its row count and a digest of its rows. */
async function tableDigests(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await query<{ name: string }>(url, `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)
  const out: Record<string, { rows: number; md5: string }> = {}
  for (const { name } of tables) {
    const [r] = await query<{ rows: number; md5: string }>(
      url,
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${name}" t`,
    )
    out[name] = r!
  }
  return out
}

const JULY_2024 = { kind: 'MONTH', year: 2024, index: 7 }
const REPORT = readFileSync(REPORT_OPERATION_PATH, 'utf8')
const SUFFIX = `_r${Date.now().toString(36)}`

describe.skipIf(!(await testProviders()).includes('postgresql'))('lienthong backup and restore (postgresql)', () => {
  let source: TestNetwork
  let restored: TestNetwork | undefined
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'lt-backup-')), 'backup')
  const restoredDbs = {} as Record<SubgraphName, DatabaseConfig>
  beforeAll(async () => {
    source = await startNetwork('postgresql')
    for (const n of SUBGRAPH_NAMES) restoredDbs[n] = { provider: 'postgresql', url: renamed(source.databases[n].url, SUFFIX) }
  })
  afterAll(async () => {
    await restored?.stop()
    await source?.stop()
    for (const n of SUBGRAPH_NAMES) {
      const name = new URL(restoredDbs[n]?.url ?? 'postgresql://x/none').pathname.slice(1)
      await query(PG_SERVER_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {})
    }
    rmSync(path.dirname(dir), { recursive: true, force: true })
  })

  it('restores every agency database: same rows, same provincial figures, verifying audit chains, the append-only triggers', async () => {
    // a few writes and a periodic report, then the figures the committee reads
    const ok = async (q: string, variables?: Record<string, unknown>) => {
      const { body } = await source.query(q, variables)
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
      return body.data
    }
    for (const ref of ['BK-0001', 'BK-0002'])
      await ok(`mutation { receiveIncomingReport(input: { externalRef: "${ref}", kind: DENUNCIATION, channel: IN_PERSON,
        receivedAt: "2024-07-20T09:00:00+07:00", receivedByUnitCode: "99", unitCode: "99101" }) { id } }`)
    expect(
      (await ok('mutation($p: PeriodInput!) { submitPoliceReport(input: { period: $p }) { revision } }', { p: JULY_2024 })).submitPoliceReport.revision,
    ).toBe(1)
    const figures = await ok(REPORT, { period: JULY_2024, unitCode: '99' })
    expect(figures.provincialStatistics.policeReporting.revisions).toHaveLength(1)

    const backup = lienthong(['backup', dir], envOf(source.databases))
    expect(backup.stderr).toBe('')
    expect(backup.status).toBe(0)
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
    expect(manifest.databases.map((d: any) => d.subgraph)).toEqual(SUBGRAPH_NAMES)
    for (const d of manifest.databases) expect(d.migration).toMatch(/^\d{14}_\w+$/)
    // nothing but names, sizes, hashes and migrations is printed: no URL, no row
    expect(backup.stdout).not.toMatch(/postgres(ql)?:\/\//)
    const sourceRows = Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (n) => [n, await tableDigests(source.databases[n].url)])))
    const sourceAudit = lienthong(['audit', 'verify'], envOf(source.databases))
    expect(sourceAudit.status).toBe(0)

    const restore = lienthong(['restore', dir, '--database-suffix', SUFFIX], envOf(source.databases))
    expect(restore.stderr).toBe('')
    expect(restore.status).toBe(0)
    for (const n of SUBGRAPH_NAMES) expect(await tableDigests(restoredDbs[n].url)).toEqual(sourceRows[n])
    expect(Object.keys(sourceRows.cases)).toEqual(expect.arrayContaining(['ReportSubmission', 'AuditEntry', '_prisma_migrations']))
    // the same chains, each verifying (the same lengths and heads)
    const restoredAudit = lienthong(['audit', 'verify'], envOf(restoredDbs))
    expect(restoredAudit.status).toBe(0)
    expect(restoredAudit.stdout).toBe(sourceAudit.stdout)
    expect(restoredAudit.stdout.trim().split('\n')).toHaveLength(SUBGRAPH_NAMES.length)
    for (const n of SUBGRAPH_NAMES) {
      const triggers = (await query<{ name: string }>(restoredDbs[n].url, 'SELECT tgname::text AS name FROM pg_trigger WHERE NOT tgisinternal')).map(
        (r) => r.name,
      )
      expect(triggers).toEqual(expect.arrayContaining(APPEND_ONLY_TABLE_NAMES.flatMap((t) => appendOnlyTriggerNames('postgresql', t))))
      await expect(query(restoredDbs[n].url, 'DELETE FROM "ReportSubmission"')).rejects.toThrow(/ReportSubmission DELETE: /)
    }

    // a network over the restored databases serves the same figures
    restored = await startNetwork('postgresql', { databases: restoredDbs })
    const again = await restored.query(REPORT, { period: JULY_2024, unitCode: '99' })
    expect(again.body.errors).toBeUndefined()
    expect(JSON.stringify(again.body.data)).toBe(JSON.stringify(figures))
    expect(lienthong(['audit', 'verify'], envOf(restoredDbs)).status).toBe(0)
  }, 900_000)

  it('refuses to restore over a database that holds anything, and a damaged file, before restoring anything', async () => {
    const again = lienthong(['restore', dir, '--database-suffix', SUFFIX], envOf(source.databases))
    expect(again.status).toBe(1)
    expect(again.stderr.trim().split('\n')).toHaveLength(1)
    expect(again.stderr).toMatch(/^✖ cases: .* — cases: the database \S+ is not empty: never restored over .*nothing restored\n$/)

    const damaged = path.join(path.dirname(dir), 'damaged')
    cpSync(dir, damaged, { recursive: true })
    const file = path.join(damaged, 'support.dump')
    const bytes = readFileSync(file)
    bytes[bytes.length >> 1]! ^= 0xff
    writeFileSync(file, bytes)
    const other = `${SUFFIX}x`
    const r = lienthong(['restore', damaged, '--database-suffix', other], envOf(source.databases))
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/^✖ support\.dump: .* — support\.dump: SHA-256 does not match manifest\.json .*nothing restored\n$/)
    const created = await query(PG_SERVER_URL, `SELECT datname FROM pg_database WHERE datname LIKE '%${other}'`)
    expect(created).toEqual([])

    const full = lienthong(['backup', dir], envOf(source.databases))
    expect(full.status).toBe(1)
    expect(full.stderr).toMatch(/exists and is not empty; back up into a new folder\n$/)
  })
})

describe('lienthong backup and restore on SQLite', () => {
  it('refuses in one line, pointing to the copy of the file (docs/backup.md)', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'lt-backup-sqlite-')), 'b')
    const r = lienthong(['backup', dir], { DB_PROVIDER: 'sqlite' })
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(
      '✖ DB_PROVIDER=sqlite: lệnh này chỉ dùng cho PostgreSQL; sao lưu SQLite bằng cách dừng phân hệ rồi chép tệp .db (xem docs/backup.md) — DB_PROVIDER=sqlite: this command is for PostgreSQL only; back up SQLite by stopping the subgraph and copying its .db file (see docs/backup.md)\n',
    )
    expect(existsSync(dir)).toBe(false)
    rmSync(path.dirname(dir), { recursive: true, force: true })
  })
})
