// lienthong export glotip --year 2024 [--unit 99] [--format xlsx|csv] [--lang en|vi] [--out file-or-folder]
// The annual tables of UNODC's GLOTIP questionnaire, downloaded from the gateway's
// GET /exports/glotip as the caller (docs/glotip.md): the same published figures, protected cells
// and refusals as the endpoint. Without a token, development acts as a steering-committee analyst.
import type { Command } from 'commander'
import { connect, withGateway, writeDownload, type GatewayOptions } from '../gateway.ts'
import { bi } from '../say.ts'

interface GlotipOptions extends GatewayOptions {
  year: string
  unit: string
  format: string
  lang: string
  out?: string
}

const DEV_IDENTITY = { sub: 'cli-export-glotip', agency: 'steering_committee', role: 'analyst', unit: '99' } as const

export function registerExportGlotip(exports: Command): void {
  withGateway(
    exports
      .command('glotip')
      .description(
        bi(
          'Bảng số liệu năm theo bảng hỏi GLOTIP của UNODC (nạn nhân; người bị điều tra, truy tố, kết án)',
          "the annual tables of UNODC's GLOTIP questionnaire (victims; persons investigated, prosecuted, convicted)",
        ),
      )
      .requiredOption('--year <year>', bi('năm báo cáo (đã qua hoặc năm nay)', 'the year (past or current), e.g. 2024'))
      .option('--unit <code>', bi('mã đơn vị hành chính', 'administrative unit code'), '99')
      .option('--format <format>', bi('định dạng: csv hoặc xlsx', 'format: csv or xlsx'), 'csv')
      .option('--lang <lang>', bi('ngôn ngữ: en hoặc vi', 'language: en or vi'), 'en')
      .option('--out <path>', bi('tệp hoặc thư mục để ghi', 'file or folder to write')),
  ).action(async (o: GlotipOptions) => {
    const gateway = await connect(o, DEV_IDENTITY)
    const { name, body } = await gateway.download('/exports/glotip', { year: o.year, unit: o.unit, format: o.format, lang: o.lang })
    const file = writeDownload(body, name ?? `glotip-${o.year}-${o.unit}.${o.format}`, o.out)
    console.log(`✔ ${bi('đã ghi', 'wrote')} ${file}`)
  })
}
