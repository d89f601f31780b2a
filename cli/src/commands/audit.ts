// lienthong audit verify [--subgraph cases]
// Verifies the append-only, hash-chained audit log of every subgraph (or one) in its own database,
// configured as for `npm start` (DB_PROVIDER, <NAME>_DATABASE_URL). Prints each chain's length
// and head hash (keep it: comparing it later shows whether the tail was cut); exits 1 naming the
// first altered or deleted entry when any chain is broken, 2 on an unknown subgraph or bad
// configuration. Never prints an entry's content.
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import type { SubgraphModule, SubgraphName } from '@lienthong/kit'
import { bi, fail } from '../say.ts'

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description(bi('Nhật ký kiểm toán của các phân hệ', "the subgraphs' audit logs"))
  audit
    .command('verify')
    .description(
      bi(
        'Kiểm tra chuỗi băm của nhật ký kiểm toán trong cơ sở dữ liệu của từng phân hệ (cấu hình như npm start); thoát 1 nếu chuỗi bị phá',
        "verify the hash chain of each subgraph's audit log in its own database (configured as for npm start); exits 1 when a chain is broken",
      ),
    )
    .option('--subgraph <name>', bi('chỉ một phân hệ: cases, prosecutions, support, border', 'one subgraph only: cases, prosecutions, support, border'))
    .action(async (o: { subgraph?: string }) => {
      process.exitCode = (await verifyAuditLogs(o.subgraph)) ? 1 : 0
    })
}

/** Verifies the chains, printing one line each; returns how many are broken. */
async function verifyAuditLogs(only: string | undefined): Promise<number> {
  // the subgraphs' database clients load only when this command runs
  const { auditStoreOf, ConfigError, SUBGRAPH_NAMES, subgraphConfig, verifyAuditStore } = await import('@lienthong/kit')
  const names = (only ? [only] : SUBGRAPH_NAMES) as SubgraphName[]
  let broken = 0
  for (const name of names) {
    if (!SUBGRAPH_NAMES.includes(name))
      fail(
        `--subgraph: không có phân hệ "${name}" (một trong ${SUBGRAPH_NAMES.join(', ')})`,
        `--subgraph: unknown subgraph "${name}" (one of ${SUBGRAPH_NAMES.join(', ')})`,
        2,
      )
    let database: ReturnType<typeof subgraphConfig>['database']
    try {
      database = subgraphConfig(name).database
    } catch (e) {
      if (e instanceof ConfigError) return fail(`${name}: cấu hình sai: ${e.message}`, `${name}: ${e.message}`, 2)
      throw e
    }
    if (database.provider === 'sqlite' && !existsSync(path.resolve(database.url.slice('file:'.length)))) {
      console.log(`- ${name}: ${bi('chưa có cơ sở dữ liệu (không có gì để kiểm tra)', 'no database yet (nothing to verify)')}`)
      continue
    }
    const db = (await subgraphModule(name)).createPrisma(database) as unknown as { $disconnect(): Promise<void> }
    try {
      const v = await verifyAuditStore(auditStoreOf(db))
      if (v.ok) console.log(`✔ ${name}: ${bi(`${v.entries} mục nguyên vẹn, đầu chuỗi ${v.headHash}`, `${v.entries} entries intact, head ${v.headHash}`)}`)
      else {
        broken++
        console.log(
          `✖ ${name}: ${bi(
            `BỊ PHÁ tại mục ${v.brokenAt} (${v.entries} mục; đầu chuỗi nguyên vẹn cuối cùng ${v.headHash})`,
            `BROKEN at entry ${v.brokenAt}: ${v.reason} (${v.entries} entries; last intact head ${v.headHash})`,
          )}`,
        )
      }
    } catch {
      broken++
      console.log(
        `✖ ${name}: ${bi('không đọc được nhật ký kiểm toán (cơ sở dữ liệu đã migrate chưa? chạy npm start một lần)', 'the audit log could not be read (is the database migrated? run npm start once)')}`,
      )
    } finally {
      await db.$disconnect()
    }
  }
  return broken
}

/** A subgraph of the agency registry, as its package `@lienthong/<name>` defines it. */
const subgraphModule = async (name: SubgraphName) =>
  // biome-ignore lint/suspicious/noExplicitAny: each subgraph module has its own database and context types
  ((await import(`@lienthong/${name}`)) as { subgraph: SubgraphModule<any, any> }).subgraph
