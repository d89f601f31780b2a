// lienthong import <record-type> <file> [--dry-run] — an agency's records from a CSV, XLSX or
// JSON file, written through the gateway's public mutations as the caller, exactly as one record
// at a time would be (validation, authorisation, transitions, audit). Engine: ../import/.
import { type Command, InvalidArgumentError, Option } from 'commander'
import { withGateway } from '../gateway.ts'
import { MAX_BATCH as BATCH_SIZE, RECORD_TYPES, recordType } from '../import/recordTypes.ts'
import { bi } from '../say.ts'

const batchSize = (v: string): number => {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 1 || n > BATCH_SIZE) throw new InvalidArgumentError(bi(`từ 1 đến ${BATCH_SIZE}`, `1 to ${BATCH_SIZE}`))
  return n
}

export function registerImport(program: Command): void {
  const cmd = program
    .command('import')
    .description(bi('Nhập bản ghi của cơ quan từ tệp CSV, XLSX hoặc JSON', "import an agency's records from a CSV, XLSX or JSON file"))
    .argument('<record-type>', bi('loại bản ghi', 'record type'), (v: string) => recordType(v)?.name ?? invalidType())
    .argument('<file>', bi('tệp .csv, .xlsx hoặc .json', 'a .csv, .xlsx or .json file'))
    .option('--dry-run', bi('kiểm tra mọi dòng như khi ghi thật, không ghi gì', 'validate every row exactly as a write would, write nothing'))
    .addOption(new Option('--batch-size <n>', bi('số bản ghi mỗi yêu cầu', 'records per request')).argParser(batchSize))
    .addHelpText(
      'after',
      `\n${bi('Loại bản ghi', 'Record types')}:\n${RECORD_TYPES.map((t) => `  ${t.name.padEnd(18)} ${bi(t.nameVi, t.nameEn)}`).join('\n')}\n`,
    )
  withGateway(cmd).action(
    async (type: string, file: string, o: { dryRun?: boolean; batchSize?: number; gateway: string; token?: string; purpose?: string }) => {
      const { importCommand } = await import('../import/run.ts')
      await importCommand(recordType(type)!, file, o)
    },
  )
}

function invalidType(): never {
  throw new InvalidArgumentError(bi(`một trong: ${RECORD_TYPES.map((t) => t.name).join(', ')}`, `one of: ${RECORD_TYPES.map((t) => t.name).join(', ')}`))
}
