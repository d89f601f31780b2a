// The column reference of the import files, in Markdown, generated from the import columns
// (`npm run docs:import -w cli` writes docs/import/): README.md lists the record types, how values
// are written and the order to import the sample files in; one file per agency gives the columns
// of each of its record types.
import { AGENCY_REGISTRY, type AgencyId } from '@lienthong/schema'
import { bi } from '../say.ts'
import { columnsOf, RECORD_TYPES, type Column, type RecordType } from './columns.ts'
import { allowedText, formatOf, LIST_SEPARATOR, NO, YES } from './columnFormat.ts'
import { SAMPLE_ORDER, SAMPLES } from './samples.ts'

/** One Markdown file per agency: its file name and its record types. */
export const IMPORT_DOC_GROUPS: readonly { file: string; agency: AgencyId; types: RecordType[] }[] = AGENCY_REGISTRY.map((a) => ({
  file: `${a.id.replace(/_/g, '-')}.md`,
  agency: a.id,
  types: RECORD_TYPES.filter((r) => r.agency === a.id),
})).filter((g) => g.types.length > 0)

const agencyName = (id: AgencyId) => {
  const a = AGENCY_REGISTRY.find((x) => x.id === id)!
  return bi(a.nameVi, a.nameEn)
}

const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const GENERATED = bi(
  'Tệp này được sinh từ lược đồ API bằng `npm run docs:import -w cli`; đừng sửa tay',
  'generated from the API schema by `npm run docs:import -w cli`; do not edit by hand',
)

function columnRow(c: Column): string {
  const f = formatOf(c)
  const cells = [c.headingVi, `\`${c.path}\``, c.headingEn, c.required ? 'bắt buộc — required' : '', bi(f.vi, f.en), allowedText(c)]
  return `| ${cells.map(md).join(' | ')} |`
}

/** The Markdown section of one record type: what writes it, its key, its files and its columns. */
export function columnReference(type: RecordType): string[] {
  return [
    `## ${type.nameVi} — ${type.nameEn} (\`${type.name}\`)`,
    '',
    `- Ghi bằng — written by: \`${type.mutation}\`, ${agencyName(type.agency)}`,
    `- Khoá — key: \`${type.key}\` (${bi('các dòng cùng khoá là một bản ghi; nhập lại không ghi thêm', 'rows sharing it are one record; a replay writes nothing')})`,
    `- Tệp — files: [mẫu XLSX — XLSX template](${type.name}.xlsx), [CSV mẫu — sample CSV](${type.name}.csv)`,
    '',
    '| Tiêu đề cột | Đường dẫn — path | English | Bắt buộc — required | Định dạng — format | Giá trị cho phép — allowed values |',
    '| --- | --- | --- | --- | --- | --- |',
    ...columnsOf(type).map(columnRow),
    '',
  ]
}

/** One agency's Markdown file: the columns of each of its record types. */
export function agencyDoc(group: (typeof IMPORT_DOC_GROUPS)[number]): string {
  const lines = [
    `# Cột nhập dữ liệu — import columns: ${agencyName(group.agency)}`,
    '',
    `${GENERATED}. ${bi('Cách ghi giá trị và thứ tự nhập: [README](README.md)', 'How values are written and the import order: [README](README.md)')}.`,
    '',
    ...group.types.flatMap(columnReference),
  ]
  return `${lines.join('\n').trimEnd()}\n`
}

/** Parent references of the sample chain: the column and the record type it names. */
const refsOf = (type: string) =>
  columnsOf(type)
    .filter((c) => c.parentRef && SAMPLES[type]?.some((row) => row[c.path] !== undefined))
    .map((c) => `\`${c.path}\``)

/** docs/import/README.md: the record types, how values are written, the order of the sample chain. */
export function importReadme(): string {
  const groupOf = (r: RecordType) => IMPORT_DOC_GROUPS.find((g) => g.agency === r.agency)!.file
  const lines = [
    '# Cột của từng loại bản ghi — Columns of each record type',
    '',
    `${GENERATED}. ${bi('Cách nhập: [docs/import.md](../import.md)', 'How to import: [docs/import.md](../import.md)')}.`,
    '',
    'Mỗi loại bản ghi có một mẫu XLSX (danh sách chọn cho các cột danh mục, tiêu đề tiếng Việt, trang hướng dẫn) và một tệp CSV mẫu.',
    'Each record type has an XLSX template (drop-down lists on the enumerated columns, Vietnamese headings, a guide sheet) and a sample CSV.',
    '',
    '```sh',
    'npx lienthong template suspects --out ~/mau/            # mẫu XLSX — the XLSX template',
    'npx lienthong template suspects --csv --out ~/mau/      # CSV mẫu — the sample CSV',
    '```',
    '',
    '## Cách ghi giá trị — How values are written',
    '',
    `- ${bi('Dòng đầu là tiêu đề cột (tiêu đề tiếng Việt như trong mẫu); CSV dùng UTF-8 có BOM', 'the first row holds the column headings (the Vietnamese ones of the template); CSV files are UTF-8 with BOM')}.`,
    `- ${bi('Ngày: dd/mm/yyyy; thời điểm: dd/mm/yyyy, có thể kèm giờ hh:mm (giờ Việt Nam)', 'dates: dd/mm/yyyy; instants: dd/mm/yyyy, optionally with hh:mm (Vietnam time)')}.`,
    `- ${bi(`Cột danh mục: nhãn tiếng Việt hoặc mã; có/không: ${YES} / ${NO}`, `enumerated columns: the Vietnamese label or the code; yes/no: ${YES} / ${NO}`)}.`,
    `- ${bi(`Nhiều giá trị trong một ô cách nhau bởi “${LIST_SEPARATOR.trim()}”`, `several values in one cell are separated by “${LIST_SEPARATOR.trim()}”`)}.`,
    `- ${bi('Danh sách mục (tội danh, phán quyết, người liên quan): mỗi mục một dòng, các dòng cùng khoá của bản ghi', 'lists of items (charges, verdicts, persons involved): one row per item, the rows sharing the record key')}.`,
    `- ${bi('Cột …Ref/…Refs: số/mã tham chiếu của bản ghi cha đã nhập (không phải mã nội bộ)', '…Ref/…Refs columns: the parent record’s own reference, already imported (not an internal id)')}.`,
    '',
    '## Loại bản ghi — Record types',
    '',
    '| Loại bản ghi | Record type | `lienthong` | Mutation | Cơ quan — agency | Khoá — key | Cột — columns |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...RECORD_TYPES.map(
      (r) =>
        `| ${r.nameVi} | ${r.nameEn} | [\`${r.name}\`](${groupOf(r)}) | \`${r.mutation}\` | ${agencyName(r.agency)} | \`${r.key}\` | ${columnsOf(r).length} |`,
    ),
    '',
    '## Thứ tự nhập các tệp mẫu — Import order of the samples',
    '',
    `${bi(
      'Các tệp mẫu là một chuỗi hư cấu nối với nhau bằng số tham chiếu của các cơ quan; nhập theo thứ tự này (mỗi bản ghi cha trước bản ghi con)',
      "the samples are one invented chain linked by the agencies' references; import them in this order (every parent before its children)",
    )}:`,
    '',
    ...SAMPLE_ORDER.map((t, i) => {
      const refs = refsOf(t)
      return `${i + 1}. [\`${t}.csv\`](${t}.csv)${refs.length ? ` — ${bi('dẫn chiếu', 'refers by')} ${refs.join(', ')}` : ''}`
    }),
    '',
    `${bi(
      'Nguồn tin mẫu chỉ được tiếp nhận; vụ án chỉ ghi nguồn tin (reportRefs) khi nguồn tin đã được phân loại liên quan mua bán người và đang xác minh, nên vụ án mẫu không ghi cột này',
      'the sample reports are only received; a case names its reports (reportRefs) once they are classified trafficking-related and being verified, so the sample cases leave it empty',
    )}.`,
    '',
    '## Cột theo cơ quan — Columns by agency',
    '',
    ...IMPORT_DOC_GROUPS.map((g) => `- [${agencyName(g.agency)}](${g.file}): ${g.types.map((t) => `\`${t.name}\``).join(', ')}`),
  ]
  return `${lines.join('\n')}\n`
}
