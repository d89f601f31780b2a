// One import: read the file, build its records, look the parents' references up, send the records
// through the gateway (or, with --dry-run, have each write run and rolled back), write the error
// report beside the file and print the summary. Correctness on a rerun (after a failure or a kill
// at any point) comes from the mutations' idempotency by the agency's reference: a record already
// written is answered, never written twice.
import { getNamedType, isInputObjectType, isObjectType } from 'graphql'
import { connect, type GatewayOptions } from '../gateway.ts'
import { progressBar } from '../progress.ts'
import { bi, fail } from '../say.ts'
import { columnsOf, importSchema, inputTypeOf, PARENTS, type RecordType } from './columns.ts'
import { idsByReference, resolveParents } from './parents.ts'
import { readSource } from './read.ts'
import { columnsByHeading, recordsOf, type ImportRecord } from './records.ts'
import { writeErrorReport } from './report.ts'
import { sendRecords } from './send.ts'

export interface ImportOptions extends GatewayOptions {
  dryRun?: boolean
  batchSize?: number
}

export interface ImportSummary {
  read: number
  written: number
  /** Rows of records that were already there; null when the record type has no lookup by reference. */
  present: number | null
  failed: number
  seconds: number
  reportPath: string
}

/**
 * The list query of the record type's own records, when it can be filtered by their references: the
 * parent lookup whose list (a connection's edges' nodes) holds what the type's mutation returns,
 * for a type keyed by the record's own `externalRef` (a trial, keyed by its judgment, is not).
 */
function ownLookup(type: RecordType) {
  if (type.key !== 'externalRef') return undefined
  const schema = importSchema()
  const mutation = schema.getMutationType()?.getFields()[type.mutation]
  const record = mutation && getNamedType(mutation.type).name
  const queries = schema.getQueryType()?.getFields() ?? {}
  const listed = (query: string) => {
    const connection = queries[query] && getNamedType(queries[query].type)
    const edge = connection && isObjectType(connection) ? connection.getFields().edges : undefined
    const edgeType = edge && getNamedType(edge.type)
    const node = edgeType && isObjectType(edgeType) ? edgeType.getFields().node : undefined
    return node && getNamedType(node.type).name
  }
  const parent = Object.values(PARENTS).find((p) => listed(p.query) === record)
  const filter = parent && queries[parent.query]!.args.find((a) => a.name === 'filter')
  const named = filter && getNamedType(filter.type)
  return parent && named && isInputObjectType(named) && named.getFields().externalRefs ? parent : undefined
}

const rowsOf = (records: ImportRecord[]) => records.reduce((n, r) => n + r.rows.length, 0)

export async function runImport(type: RecordType, file: string, o: ImportOptions): Promise<ImportSummary> {
  const started = Date.now()
  const columns = columnsOf(type)
  const source = await readSource(file)
  const byHeading = columnsByHeading(source.headings, columns)
  const headingOf = (path: string) => [...byHeading].find(([, c]) => c.path === path)?.[0] ?? path
  const records = recordsOf(source, type, columns)
  const gateway = await connect(
    { ...o, purpose: o.purpose ?? type.purpose, ...(o.dryRun ? { headers: { ...o.headers, 'x-dry-run': '1' } } : {}) },
    { sub: 'lienthong-import', agency: type.agency, role: 'officer', unit: '99' },
  )
  await resolveParents(
    gateway,
    records.filter((r) => !r.problems.length),
  )
  const valid = records.filter((r) => !r.problems.length)
  const own = ownLookup(type)
  const present = own
    ? new Set(
        (
          await idsByReference(
            gateway,
            own,
            valid.map((r) => r.key),
          )
        ).keys(),
      )
    : null
  const progress = progressBar(source.rows.length, bi(o.dryRun ? 'Kiểm tra' : 'Nhập', o.dryRun ? 'checking' : 'importing'))
  progress.advance(source.rows.length - rowsOf(valid))
  await sendRecords(gateway, type, valid, {
    inputType: inputTypeOf(type).name,
    ...(o.batchSize ? { batchSize: o.batchSize } : {}),
    onAnswered: (batch) => progress.advance(rowsOf(batch)),
  })
  progress.stop()
  const failedRecords = records.filter((r) => r.problems.length)
  const done = records.filter((r) => !r.problems.length)
  const presentRows = present ? rowsOf(done.filter((r) => present.has(r.key))) : null
  const reportPath = writeErrorReport(
    file,
    failedRecords.flatMap((r) => r.problems),
    headingOf,
  )
  return {
    read: source.rows.length,
    written: rowsOf(done) - (presentRows ?? 0),
    present: presentRows,
    failed: rowsOf(failedRecords),
    seconds: (Date.now() - started) / 1000,
    reportPath,
  }
}

/** The summary lines: rows read, written, already present, failed, seconds, rows per second. */
export function summaryLines(s: ImportSummary, dryRun: boolean): string[] {
  const rate = s.seconds > 0 ? Math.round(s.read / s.seconds) : s.read
  const written = dryRun
    ? bi('sẽ ghi', 'would be written')
    : s.present === null
      ? bi('đã ghi (mới hoặc đã có)', 'written (new or already present)')
      : bi('đã ghi', 'written')
  return [
    `${bi('Số dòng đọc', 'rows read')}: ${s.read}`,
    `${written}: ${s.written}`,
    ...(s.present === null ? [] : [`${bi('đã có từ trước', 'already present')}: ${s.present}`]),
    `${bi('lỗi', 'failed')}: ${s.failed}`,
    `${bi('thời gian', 'seconds')}: ${s.seconds.toFixed(1)} s, ${rate} ${bi('dòng/giây', 'rows/s')}`,
    `${bi('báo cáo lỗi', 'error report')}: ${s.reportPath}`,
  ]
}

export async function importCommand(type: RecordType, file: string, o: ImportOptions): Promise<void> {
  const summary = await runImport(type, file, o)
  for (const line of summaryLines(summary, !!o.dryRun)) console.log(line)
  if (summary.failed)
    fail(
      `${summary.failed} dòng lỗi${o.dryRun ? '' : ' không được ghi'}: xem ${summary.reportPath}`,
      `${summary.failed} rows failed${o.dryRun ? '' : ' and were not written'}: see ${summary.reportPath}`,
    )
}
