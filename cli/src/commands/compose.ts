// lienthong compose [--check] — writes schema/vocabulary.agencies.graphql (the enum of reporting
// agencies, from the agency registry), then schema/supergraph.graphql from the subgraph SDLs.
// Fails on composition errors and on hints not listed in schema/accepted-hints.json. With --check
// it writes nothing and fails when a generated file is not what composition gives now (CI).
import type { Command } from 'commander'
import { bi, fail } from '../say.ts'

export function registerCompose(program: Command): void {
  program
    .command('compose')
    .description(
      bi(
        'Ghép lược đồ các phân hệ thành schema/supergraph.graphql (và sinh enum cơ quan báo cáo)',
        'compose the subgraph schemas into schema/supergraph.graphql (and generate the reporting-agency enum)',
      ),
    )
    .option('--check', bi('chỉ kiểm tra: không ghi, báo lỗi nếu tệp sinh ra đã cũ', 'check only: write nothing, fail when a generated file is out of date'))
    .action(async (o: { check?: boolean }) => compose(o.check ?? false))
}

async function compose(check: boolean): Promise<void> {
  // composition loads @apollo/composition: only when this command runs
  const { composeSchemaFiles } = await import('@lienthong/schema/composition')
  const result = composeSchemaFiles({ check })
  if (!result.ok) {
    for (const e of result.errors) console.error(`  - ${e}`)
    for (const h of result.unaccepted) console.error(`  - [${h.code}] ${h.message}`)
    return result.errors.length
      ? fail('ghép lược đồ thất bại (lỗi ở trên)', 'composition failed (errors above)')
      : fail(
          'có gợi ý ghép lược đồ chưa được chấp nhận (ở trên): sửa lược đồ hoặc thêm vào schema/accepted-hints.json',
          'composition hints not accepted yet (above): fix the schema or add them to schema/accepted-hints.json',
        )
  }
  const stale = result.files.filter((f) => f.changed).map((f) => f.path)
  if (check) {
    if (stale.length) fail(`tệp sinh ra đã cũ: ${stale.join(', ')} (chạy lienthong compose)`, `out of date: ${stale.join(', ')} (run lienthong compose)`)
    console.log(
      bi(
        `✔ lược đồ đã ghép khớp với tệp đã lưu (${result.hints} gợi ý đã chấp nhận)`,
        `the composed schema matches the committed files (${result.hints} accepted hint(s))`,
      ),
    )
    return
  }
  const supergraph = result.files.at(-1)!.path
  const changed = stale.join(', ')
  console.log(
    bi(
      `✔ đã ghi ${supergraph} (${result.hints} gợi ý đã chấp nhận; ${changed ? `đã đổi: ${changed}` : 'không đổi'})`,
      `wrote ${supergraph} (${result.hints} accepted hint(s); ${changed ? `changed: ${changed}` : 'unchanged'})`,
    ),
  )
}
