// lienthong restore <dir> (--database-suffix <s> | --target <subgraph=url> …) [--subgraph <name>]
// Checks every file of the backup against manifest.json's SHA-256 first, then restores each agency's
// dump into a fresh database: the configured database's name plus the suffix, on the same server,
// or an explicit URL. A target that exists and holds anything is refused before anything is
// restored; a missing one is created. pg_restore runs in one transaction (a failure leaves nothing
// half-restored) without owners or grants; the restored database must be at the manifest's migration.
import path from 'node:path'
import type { Command } from 'commander'
import { SUBGRAPH_NAMES, type SubgraphName } from '@lienthong/schema'
import { configuredConnection } from '../backup/configured.ts'
import { type Dump, readManifest, verifyDumps } from '../backup/manifest.ts'
import {
  type Connection,
  connectionOf,
  createDatabase,
  databaseExists,
  dropDatabase,
  isEmptyDatabase,
  migrationOf,
  runTool,
  toolVersion,
  withClient,
  withDatabase,
} from '../backup/postgres.ts'
import { bi, fail } from '../say.ts'

interface RestoreOptions {
  databaseSuffix?: string
  target?: string[]
  subgraph?: string
}

export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description(
      bi(
        'Khôi phục bản sao lưu của lienthong backup vào cơ sở dữ liệu mới (kiểm SHA-256 trước; không ghi đè cơ sở dữ liệu có dữ liệu)',
        'restore a lienthong backup into fresh databases (SHA-256 checked first; never over a database that holds anything)',
      ),
    )
    .argument('<dir>', bi('thư mục sao lưu (có manifest.json)', 'the backup folder (with manifest.json)'))
    .option(
      '--database-suffix <suffix>',
      bi(
        'khôi phục vào <tên cơ sở dữ liệu đã cấu hình><hậu tố> trên cùng máy chủ (chữ, số, _)',
        'restore into <configured database name><suffix> on the same server (letters, digits, _)',
      ),
    )
    .option(
      '--target <subgraph=url>',
      bi('URL PostgreSQL đích của một phân hệ (lặp lại được)', "a subgraph's target PostgreSQL URL (repeatable)"),
      (value: string, all: string[] | undefined) => [...(all ?? []), value],
    )
    .option('--subgraph <name>', bi(`chỉ một phân hệ: ${SUBGRAPH_NAMES.join(', ')}`, `one subgraph only: ${SUBGRAPH_NAMES.join(', ')}`))
    .action(async (dir: string, o: RestoreOptions) => restore(path.resolve(dir), o))
}

async function restore(dir: string, o: RestoreOptions): Promise<void> {
  const manifest = readManifest(dir)
  if (o.subgraph && !manifest.databases.some((d) => d.subgraph === o.subgraph))
    fail(`--subgraph: bản sao lưu không có phân hệ "${o.subgraph}"`, `--subgraph: the backup holds no subgraph "${o.subgraph}"`, 2)
  const dumps = manifest.databases.filter((d) => !o.subgraph || d.subgraph === o.subgraph)
  const explicit = targetUrls(o.target ?? [], dumps)
  if (o.databaseSuffix !== undefined && !/^[A-Za-z0-9_]{1,30}$/.test(o.databaseSuffix))
    fail('--database-suffix: chỉ chữ, số và _ (tối đa 30)', '--database-suffix: letters, digits and _ only (at most 30)', 2)
  await verifyDumps(dir, dumps)

  const targets: [Dump, Connection][] = []
  for (const d of dumps) targets.push([d, explicit.get(d.subgraph) ?? (await suffixed(d.subgraph as SubgraphName, o.databaseSuffix))])
  const names = targets.map(([, c]) => `${new URL(c.url).host}/${c.database}`)
  if (new Set(names).size < names.length) fail('hai phân hệ cùng một cơ sở dữ liệu đích', 'two subgraphs have the same target database', 2)
  await toolVersion('pg_restore')

  // every target is checked before anything is created or restored
  const missing = new Set<string>()
  for (const [d, c] of targets) {
    if (!(await databaseExists(c))) missing.add(d.subgraph)
    else if (!(await withClient(c, isEmptyDatabase)))
      fail(
        `${d.subgraph}: cơ sở dữ liệu ${c.database} đã có dữ liệu: không khôi phục đè lên (chọn hậu tố hoặc đích khác); không khôi phục gì`,
        `${d.subgraph}: the database ${c.database} is not empty: never restored over (choose another suffix or target); nothing restored`,
      )
  }
  for (const [d, c] of targets) {
    const created = missing.has(d.subgraph)
    if (created) await createDatabase(c)
    try {
      await runTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', path.join(dir, d.file)], c)
      const at = await withClient(c, migrationOf)
      if (at?.migration !== d.migration) throw new Error(`the restored database is at migration ${at?.migration ?? '(none)'}, the manifest says ${d.migration}`)
    } catch (e) {
      if (created) await dropDatabase(c).catch(() => {})
      fail(`${d.subgraph}: khôi phục thất bại: ${(e as Error).message}`, `${d.subgraph}: restore failed: ${(e as Error).message}`)
    }
    console.log(`✔ ${d.subgraph}: ${d.file} → ${c.database} (migration ${d.migration})`)
  }
  console.log(
    `✔ ${bi(
      `đã khôi phục ${targets.length} cơ sở dữ liệu; trỏ <NAME>_DATABASE_URL vào chúng rồi chạy lienthong audit verify`,
      `${targets.length} databases restored; point <NAME>_DATABASE_URL at them, then run lienthong audit verify`,
    )}`,
  )
}

/** `--target subgraph=url` options, checked: subgraphs of the backup, PostgreSQL URLs. */
function targetUrls(options: readonly string[], dumps: readonly Dump[]): Map<string, Connection> {
  const out = new Map<string, Connection>()
  for (const option of options) {
    const at = option.indexOf('=')
    const [name, url] = [option.slice(0, at), option.slice(at + 1)]
    if (at < 0 || !dumps.some((d) => d.subgraph === name))
      fail(
        `--target: dạng <phân hệ>=<url>, phân hệ của bản sao lưu (${dumps.map((d) => d.subgraph).join(', ')})`,
        `--target: <subgraph>=<url>, a subgraph of the backup (${dumps.map((d) => d.subgraph).join(', ')})`,
        2,
      )
    let c: Connection | undefined
    try {
      c = /^postgres(ql)?:\/\//.test(url) ? connectionOf(url) : undefined
    } catch {}
    if (!c?.database)
      fail(
        `--target ${name}: URL PostgreSQL dạng postgresql://user@host:5432/database`,
        `--target ${name}: a PostgreSQL URL, postgresql://user@host:5432/database`,
        2,
      )
    out.set(name, c!)
  }
  return out
}

/** The configured database of `name` with the suffix added to its name (same server, same credentials). */
async function suffixed(name: SubgraphName, suffix: string | undefined): Promise<Connection> {
  if (suffix === undefined)
    return fail(`${name}: cần --database-suffix hoặc --target ${name}=<url>`, `${name}: give --database-suffix, or --target ${name}=<url>`, 2)
  const c = await configuredConnection(name)
  if (`${c.database}${suffix}`.length > 63) fail(`${name}: tên cơ sở dữ liệu quá 63 ký tự`, `${name}: the database name would be longer than 63 characters`, 2)
  return withDatabase(c, `${c.database}${suffix}`)
}
