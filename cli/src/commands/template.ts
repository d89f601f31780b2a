// lienthong template <record-type> [--out file] [--csv]: the XLSX template of a record type (drop-
// down lists, Vietnamese headings, a guide sheet) or its sample CSV, written outside the
// repository unless --out says where. Needs no network: both come from the API schema.
import type { Command } from 'commander'
import { writeDownload } from '../gateway.ts'
import { RECORD_TYPES, recordType } from '../import/columns.ts'
import { sampleCsv, templateFileName, templateXlsx } from '../import/templates.ts'
import { bi, fail } from '../say.ts'

interface TemplateOptions {
  out?: string
  csv?: boolean
}

export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description(bi('ghi mẫu XLSX (hoặc CSV mẫu) để nhập một loại bản ghi', 'write the XLSX template (or the sample CSV) for importing a record type'))
    .argument('<record-type>', `${bi('loại bản ghi', 'record type')}: ${RECORD_TYPES.map((r) => r.name).join(', ')}`)
    .option(
      '--out <file>',
      bi('tệp hoặc thư mục ghi ra (mặc định: thư mục hiện tại, ngoài kho mã)', 'file or folder to write (default: the current folder, outside the repository)'),
    )
    .option('--csv', bi('ghi CSV mẫu thay cho mẫu XLSX', 'write the sample CSV instead of the XLSX template'))
    .action(async (name: string, o: TemplateOptions) => {
      const type = recordType(name)
      if (!type) fail(`không có loại bản ghi “${name}”`, `no record type “${name}”: one of ${RECORD_TYPES.map((r) => r.name).join(', ')}`)
      const body = o.csv ? Buffer.from(sampleCsv(name), 'utf8') : await templateXlsx(name)
      const file = writeDownload(body, templateFileName(name, o.csv), o.out)
      console.log(bi(`đã ghi ${file}`, `wrote ${file}`))
    })
}
