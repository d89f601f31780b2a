// lienthong backup <dir>
// One `pg_dump -Fc` file per agency database (<subgraph>.dump), configured as for `npm start`, and
// manifest.json (written last: a folder without it is not a finished backup) with each file's
// SHA-256 and size, the migration its database was at, and the time. PostgreSQL only. Prints file
// names, sizes, hashes and migrations — never a URL or any data. See docs/backup.md.
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { SUBGRAPH_NAMES, type SubgraphName } from '@lienthong/schema'
import { configuredConnection } from '../backup/configured.ts'
import { type Dump, MANIFEST_FILE, MANIFEST_FORMAT, type Manifest, sha256File } from '../backup/manifest.ts'
import { type Connection, migrationOf, runTool, toolVersion, withClient } from '../backup/postgres.ts'
import { bi, fail } from '../say.ts'

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description(
      bi(
        'Sao lưu cơ sở dữ liệu PostgreSQL của từng cơ quan (pg_dump -Fc, cấu hình như npm start) vào một thư mục, kèm manifest.json (SHA-256, migration, thời điểm)',
        "back up each agency's PostgreSQL database (pg_dump -Fc, configured as for npm start) into a folder, with manifest.json (SHA-256, migration, time)",
      ),
    )
    .argument('<dir>', bi('thư mục sao lưu (mới hoặc rỗng)', 'the backup folder (new or empty)'))
    .action(async (dir: string) => backup(path.resolve(dir)))
}

async function backup(dir: string): Promise<void> {
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0))
    fail(`${dir}: đã có và không rỗng; sao lưu vào một thư mục mới`, `${dir}: exists and is not empty; back up into a new folder`)
  // every database is configured and migrated before anything is written
  const sources: [SubgraphName, Connection][] = []
  for (const name of SUBGRAPH_NAMES) sources.push([name, await configuredConnection(name)])
  const pgDump = await toolVersion('pg_dump')
  const migrations = new Map<SubgraphName, { migration: string; migrations: number }>()
  for (const [name, c] of sources) {
    const at = await withClient(c, migrationOf).catch((e: Error) =>
      fail(`${name}: không kết nối được cơ sở dữ liệu ${c.database}: ${e.message}`, `${name}: cannot connect to the database ${c.database}: ${e.message}`),
    )
    if (!at) fail(`${name}: cơ sở dữ liệu ${c.database} chưa được migrate`, `${name}: the database ${c.database} was never migrated`)
    migrations.set(name, at!)
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const createdAt = new Date().toISOString()
  const databases: Dump[] = []
  for (const [name, c] of sources) {
    const file = `${name}.dump`
    const partial = path.join(dir, `${file}.partial`)
    try {
      await runTool('pg_dump', ['--format=custom', `--file=${partial}`], c)
    } catch (e) {
      rmSync(partial, { force: true })
      fail(`${name}: pg_dump thất bại: ${(e as Error).message}`, `${name}: pg_dump failed: ${(e as Error).message}`)
    }
    chmodSync(partial, 0o600)
    renameSync(partial, path.join(dir, file))
    const dump: Dump = {
      subgraph: name,
      file,
      sha256: await sha256File(path.join(dir, file)),
      bytes: statSync(path.join(dir, file)).size,
      database: c.database,
      ...migrations.get(name)!,
      dumpedAt: new Date().toISOString(),
    }
    databases.push(dump)
    console.log(`✔ ${name} → ${file} (${kib(dump.bytes)}, sha256 ${dump.sha256.slice(0, 12)}…, migration ${dump.migration})`)
  }
  const manifest: Manifest = { format: MANIFEST_FORMAT, createdAt, pgDump, databases }
  writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 })
  console.log(`✔ ${bi(`đã sao lưu ${databases.length} cơ sở dữ liệu vào ${dir}`, `${databases.length} databases backed up into ${dir}`)}`)
}

const kib = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KiB`
