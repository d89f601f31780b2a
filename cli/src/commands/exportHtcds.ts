// lienthong export htcds --year 2024 [--k 11] [--format csv|xlsx|json] [--out <file or folder>]
// Victim microdata in HTCDS 2.0 (docs/htcds.md), downloaded from the gateway's /exports/htcds as
// the caller: only supervisors of the steering committee receive it (in development, without a
// token, the command acts as one, unit 99), the police subgraph audits it, and the file is written
// outside the repository.
import { Option, type Command } from 'commander'
import type { Identity } from '@lienthong/kit/identity'
import { connect, withGateway, writeDownload, type GatewayOptions } from '../gateway.ts'
import { bi, fail } from '../say.ts'

/** Who the command acts as in development when no token is given. */
export const HTCDS_DEV_IDENTITY: Identity = { sub: 'cli-export-htcds', agency: 'steering_committee', role: 'supervisor', unit: '99' }
/** The purpose declared when --purpose is not given: the release is a data-quality use. */
const PURPOSE = 'data_quality'
const FORMATS = ['csv', 'xlsx', 'json'] as const

interface HtcdsOptions extends GatewayOptions {
  year: string
  k?: string
  format: (typeof FORMATS)[number]
  out?: string
}

const whole = (value: string, name: string) => {
  if (!/^\d+$/.test(value)) fail(`${name} phải là số nguyên dương`, `${name} must be a positive whole number`)
  return value
}

export function registerExportHtcds(exports: Command): void {
  withGateway(
    exports
      .command('htcds')
      .description(
        bi(
          'Dữ liệu vi mô nạn nhân theo chuẩn HTCDS 2.0 (IOM/CTDC), bút danh và ẩn danh k; chỉ lãnh đạo Ban Chỉ đạo',
          'victim microdata in HTCDS 2.0 (IOM/CTDC), pseudonymous and k-anonymous; steering committee supervisors only',
        ),
      )
      .requiredOption('--year <year>', bi('năm ghi nhận', 'year of registration'))
      .option('--k <k>', bi('ngưỡng ẩn danh k (ít nhất 2, mặc định 11 như CTDC)', 'k-anonymity threshold (at least 2, default 11 as the CTDC)'))
      .addOption(new Option('--format <format>', bi('định dạng tệp', 'file format')).choices(FORMATS).default('csv'))
      .option('--out <path>', bi('tệp hoặc thư mục để ghi', 'file or folder to write to')),
  ).action(async (o: HtcdsOptions) => {
    const params = { year: whole(o.year, '--year'), k: o.k === undefined ? undefined : whole(o.k, '--k'), format: o.format }
    const gateway = await connect({ ...o, purpose: o.purpose ?? PURPOSE }, HTCDS_DEV_IDENTITY)
    const { name, body } = await gateway.download('/exports/htcds', params)
    const file = writeDownload(body, name ?? `htcds-${o.year}.${o.format}`, o.out)
    console.log(bi(`đã ghi ${file}`, `written ${file}`))
  })
}
