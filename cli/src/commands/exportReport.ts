// lienthong export report --period 2024-Q3 [--unit 99] [--format csv|xlsx] [--lang vi|en] [--out file-or-folder]
//                         [--gateway http://127.0.0.1:4000] [--token <JWT>]
// Downloads the provincial periodic report from a running gateway (GET /reports/provincial) into
// --out (a file, or a folder for the gateway's file name) or else into the caller's folder — never
// inside this repository. Without --format the gateway's default format is served (it asks for
// none, so the two cannot drift). Without --token, development acts as a steering-committee analyst.
import { type Command, Option } from 'commander'
import type { Identity } from '@lienthong/kit/identity'
import { connect, type GatewayOptions, withGateway, writeDownload } from '../gateway.ts'
import { bi, fail } from '../say.ts'

const DEV_IDENTITY: Identity = { sub: 'cli-export', agency: 'steering_committee', role: 'analyst', unit: '99' }
const PERIOD_CODES = '2024-M07, 2024-Q3, 2024-H2, 2024, 2024-07-01..2024-09-30'

interface ReportOptions extends GatewayOptions {
  period?: string
  unit: string
  format?: string
  lang: string
  out?: string
}

export function registerExportReport(exports: Command): void {
  withGateway(exports.command('report'))
    .description(bi('Tải báo cáo định kỳ cấp tỉnh (CSV hoặc XLSX) từ cổng kết nối', 'download the provincial periodic report (CSV or XLSX) from the gateway'))
    .option('--period <code>', bi(`kỳ báo cáo (bắt buộc): ${PERIOD_CODES}`, `reporting period (required): ${PERIOD_CODES}`))
    .option('--unit <code>', bi('đơn vị hành chính (99 = cả tỉnh)', 'administrative unit (99 = the whole province)'), '99')
    .addOption(
      new Option(
        '--format <format>',
        bi('định dạng tệp (mặc định: định dạng mặc định của cổng, CSV)', "file format (default: the gateway's default, CSV)"),
      ).choices(['csv', 'xlsx']),
    )
    .addOption(new Option('--lang <lang>', bi('ngôn ngữ của nhãn', 'language of the labels')).choices(['vi', 'en']).default('vi'))
    .option('--out <path>', bi('tệp hoặc thư mục đích (mặc định: thư mục đang đứng)', "target file or folder (default: the caller's folder)"))
    .action(async (o: ReportOptions) => {
      if (!o.period)
        fail(`cần --period, ví dụ --period 2024-Q3 (mã kỳ: ${PERIOD_CODES})`, `--period is required, e.g. --period 2024-Q3 (codes: ${PERIOD_CODES})`)
      const gateway = await connect(o, DEV_IDENTITY)
      const { name, body } = await gateway.download('/reports/provincial', { period: o.period, unit: o.unit, format: o.format, lang: o.lang })
      const file = writeDownload(body, name ?? `bao-cao-${o.period}-${o.unit}${o.format ? `.${o.format}` : ''}`, o.out)
      console.log(bi(`✔ đã ghi ${file}`, `wrote ${file}`))
    })
}
