// A gateway error about one record → problems of the file's rows: the field it names
// (`input.receivedAt`, `input.charges.1.article`, `i3.reportIds[2]`, `input.caseId`) → the
// column (`receivedAt`, `charges.article`, `reportRefs`, `caseRef`), the row the value came from
// (an item's own row) and the position in a list cell. The reasons are the gateway's, Vietnamese
// and English; the network never quotes a value in them, and any text of the record that still
// appears in one is blanked out here.
import { columnsOf, type RecordType } from './columns.ts'
import type { ImportRecord, RowProblem } from './records.ts'

interface GatewayError {
  message: string
  extensions?: Record<string, unknown>
}

interface Located {
  column: string
  row: number
  position?: number
}

/** Where a field path of the mutation's input points in the file. */
export function locate(field: string, record: ImportRecord, type: RecordType): Located {
  const columns = columnsOf(type)
  const parts = field
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\$/, '')
    .split('.')
  if (parts[0] === 'input' || /^i\d+$/.test(parts[0] ?? '')) parts.shift()
  const names: string[] = []
  let item: number | undefined
  let position: number | undefined
  for (const p of parts) {
    if (!/^\d+$/.test(p)) {
      names.push(p)
      continue
    }
    const at = names.join('.')
    if (columns.some((c) => c.itemsOf === at)) item = Number(p)
    else position = Number(p) + 1
  }
  const path = names.join('.')
  const column =
    columns.find((c) => c.field === path) ??
    columns.filter((c) => path.startsWith(`${c.field}.`) || c.field.startsWith(`${path}.`)).sort((a, b) => b.field.length - a.field.length)[0]
  const name = column?.path ?? (path || '(record)')
  const row = item !== undefined ? record.itemRows[item] : (record.columnRows[name] ?? record.refs.find((x) => x.column.path === name)?.row)
  return { column: name, row: row ?? record.rows[0]!, ...(position ? { position } : {}) }
}

/** The record's own texts (values of its cells), to keep them out of any reason. */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && value.length >= 3) out.push(value)
  else if (Array.isArray(value)) for (const v of value) textsOf(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) textsOf(v, out)
  return out
}

export function scrub(text: string, record: ImportRecord): string {
  let out = text
  for (const t of textsOf(record.input).sort((a, b) => b.length - a.length)) out = out.split(t).join('…')
  return out
}

/** "… — field: vi / en" or "vi / en" → the two reasons. */
function reasonsOfMessage(message: string): { vi: string; en: string } {
  const dash = message.indexOf(' — ')
  const text = dash >= 0 ? message.slice(dash + 3).replace(/^[\w.$[\]]+: /, '') : message
  const slash = text.indexOf(' / ')
  return slash >= 0 ? { vi: text.slice(0, slash), en: text.slice(slash + 3) } : { vi: text, en: text }
}

export function problemsOfError(e: GatewayError, record: ImportRecord, type: RecordType): RowProblem[] {
  const listed = (e.extensions?.problems as { field?: string; reasonVi?: string; reasonEn?: string }[] | undefined) ?? []
  const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'ERROR'
  const found = listed.length
    ? listed.map((p) => ({ field: p.field ?? '', vi: p.reasonVi ?? '', en: p.reasonEn ?? '' }))
    : [{ field: typeof e.extensions?.field === 'string' ? e.extensions.field : '', ...reasonsOfMessage(e.message) }]
  return found.map((p) => {
    const at = p.field ? locate(p.field, record, type) : { column: '(record)', row: record.rows[0]! }
    return { ...at, reasonVi: scrub(`${p.vi} (${code})`, record), reasonEn: scrub(`${p.en} (${code})`, record) }
  })
}
