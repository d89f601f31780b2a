// The import templates and samples: docs/import/ is what the generator writes; every template has
// the Vietnamese headings and a drop-down list of exactly its enum's labels on every enumerated
// column; the samples use only known columns, fill the required ones and form one chain that
// can be imported in order; `lienthong template` writes a workbook that opens.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Command } from 'commander'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { registerTemplate } from '../commands/template.ts'
import { columnsOf, RECORD_TYPES } from '../import/columns.ts'
import { choicesOf } from '../import/columnFormat.ts'
import { DATA_SHEET, GUIDE_SHEET, importDocFiles, LISTS_SHEET, SAMPLE_ORDER, SAMPLES, sampleCsv, TEMPLATE_ROWS, templateXlsx } from '../import/templates.ts'
import { CliFailure } from '../say.ts'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const DOCS = path.join(ROOT, 'docs/import')

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as unknown as ArrayBuffer)
  return book
}
type Model = Record<string, ExcelJS.DataValidation | undefined>
const validations = (sheet: ExcelJS.Worksheet): Model => (sheet as unknown as { dataValidations: { model: Model } }).dataValidations.model

/** What a workbook says: its sheets, their cells and notes, the validations of the data sheet. */
async function summary(bytes: Buffer) {
  const book = await open(bytes)
  return {
    dates: [book.created, book.modified],
    sheets: book.worksheets.map((s) => ({
      name: s.name,
      state: s.state,
      cells: s.getSheetValues(),
      notes: s.getRow(1).values,
      validations: validations(s),
    })),
  }
}

/** The values a list validation offers: written out, or a range of the hidden lists sheet. */
function listValues(book: ExcelJS.Workbook, formula: string): string[] {
  if (formula.startsWith('"')) return formula.slice(1, -1).split(',')
  const m = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula)
  if (!m) throw new Error(`unexpected list formula ${formula}`)
  const sheet = book.getWorksheet(m[1]!)!
  const out: string[] = []
  for (let r = Number(m[3]); r <= Number(m[5]); r++) out.push(String(sheet.getCell(`${m[2]}${r}`).value))
  return out
}

describe('docs/import is fresh', () => {
  it('holds exactly what npm run docs:import writes (run it after a schema change)', async () => {
    const files = await importDocFiles()
    expect(readdirSync(DOCS).sort()).toEqual([...files.keys()].sort())
    for (const [name, body] of files) {
      const committed = readFileSync(path.join(DOCS, name))
      if (typeof body === 'string') expect({ name, text: committed.toString('utf8') }).toEqual({ name, text: body })
      else if (!committed.equals(body)) expect({ name, workbook: await summary(committed) }).toEqual({ name, workbook: await summary(body) })
    }
  })

  it('keeps every generated Markdown file under 300 lines', async () => {
    for (const [name, body] of await importDocFiles())
      if (name.endsWith('.md')) expect({ name, short: String(body).split('\n').length <= 300 }).toEqual({ name, short: true })
  })
})

describe('XLSX templates', () => {
  for (const r of RECORD_TYPES) {
    it(`${r.name}: Vietnamese headings, a list of exactly the labels on every enumerated column, dates checked`, async () => {
      const book = await open(await templateXlsx(r))
      expect(book.worksheets.slice(0, 2).map((s) => s.name)).toEqual([DATA_SHEET, GUIDE_SHEET])
      const hidden = book.getWorksheet(LISTS_SHEET)
      if (hidden) expect(hidden.state).toBe('hidden')
      const sheet = book.getWorksheet(DATA_SHEET)!
      const model = validations(sheet)
      const columns = columnsOf(r)
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      columns.forEach((c, i) => {
        const head = sheet.getCell(1, i + 1)
        const letter = sheet.getColumn(i + 1).letter
        expect({ path: c.path, heading: head.value, bold: head.font?.bold }).toEqual({ path: c.path, heading: c.headingVi, bold: true })
        expect(String(head.note)).toContain(c.path)
        expect(String(head.note)).toContain(c.headingEn)
        const v = model[`${letter}2`]
        expect(model[`${letter}${TEMPLATE_ROWS + 1}`]).toEqual(v)
        if (c.enumValues)
          expect({ path: c.path, values: listValues(book, v!.formulae[0]) }).toEqual({ path: c.path, values: c.enumValues.map((e) => e.labelVi) })
        else if (c.kind === 'boolean') expect({ path: c.path, values: listValues(book, v!.formulae[0]) }).toEqual({ path: c.path, values: ['Có', 'Không'] })
        else if (c.kind === 'date' || c.kind === 'dateTime') expect({ path: c.path, type: v?.type }).toEqual({ path: c.path, type: 'date' })
        else expect({ path: c.path, v }).toEqual({ path: c.path, v: undefined })
        if (v?.type === 'list') expect(v.allowBlank ?? false).toBe(!c.required)
      })
      const guide = book.getWorksheet(GUIDE_SHEET)!
      expect(columns.map((_c, i) => [guide.getCell(i + 2, 1).value, guide.getCell(i + 2, 2).value])).toEqual(columns.map((c) => [c.headingVi, c.path]))
    })
  }

  it('generates the same bytes every time', async () => {
    expect((await templateXlsx('trials')).equals(await templateXlsx('trials'))).toBe(true)
  })
})

/** The record type whose records a parent reference names (by the query that finds them). */
const PARENT_TYPE: Record<string, string> = {
  criminalCases: 'cases',
  incomingReports: 'incoming-reports',
  rescueOperations: 'rescues',
  procuracyFiles: 'procuracy-files',
  indictments: 'indictments',
  courtFiles: 'court-files',
  supportCases: 'support-cases',
  borderIncidents: 'border-incidents',
  repatriations: 'repatriations',
}

describe('sample CSV files', () => {
  it('covers every record type, in an order that puts parents first', () => {
    expect([...SAMPLE_ORDER].sort()).toEqual(RECORD_TYPES.map((r) => r.name).sort())
    for (const [i, type] of SAMPLE_ORDER.entries()) {
      for (const c of columnsOf(type).filter((x) => x.parentRef)) {
        const parent = PARENT_TYPE[c.parentRef!.query]
        for (const row of SAMPLES[type]!) {
          const refs = [row[c.path] ?? []].flat().map(String)
          if (!refs.length) continue
          const key = RECORD_TYPES.find((r) => r.name === parent)!.key
          expect({ type, column: c.path, earlier: SAMPLE_ORDER.indexOf(parent!) < i }).toEqual({ type, column: c.path, earlier: true })
          for (const ref of refs) expect({ type, ref, found: SAMPLES[parent!]!.some((p) => p[key] === ref) }).toEqual({ type, ref, found: true })
        }
      }
    }
  })

  it('accuses the suspects, charges the accused and tries every one charged', () => {
    const suspects = SAMPLES.suspects!.filter((s) => s.caseRef === SAMPLES['procuracy-files']![0]!.caseRef).map((s) => s.personRef)
    const accused = SAMPLES['procuracy-files']![0]!.defendants as string[]
    expect([...accused].sort()).toEqual([...suspects].sort())
    const charged = SAMPLES.indictments!.map((c) => c['charges.personRef'])
    expect(charged.every((p) => accused.includes(p as string))).toBe(true)
    expect(SAMPLES.trials!.map((v) => v['verdicts.personRef']).sort()).toEqual([...new Set(charged)].sort())
  })

  for (const r of RECORD_TYPES) {
    it(`${r.name}: UTF-8 with BOM, known Vietnamese headings, required cells filled, dates dd/mm/yyyy`, () => {
      const text = sampleCsv(r.name)
      expect(text.startsWith('\uFEFF')).toBe(true)
      const [head, ...rows] = parse(text, { bom: true }) as string[][]
      const columns = columnsOf(r)
      const byHeading = new Map(columns.map((c) => [c.headingVi, c]))
      expect(head!.filter((h) => !byHeading.has(h))).toEqual([])
      expect(rows.length).toBeGreaterThanOrEqual(1)
      for (const row of rows) {
        head!.forEach((h, i) => {
          const c = byHeading.get(h)!
          const cell = row[i]!
          if (c.required) expect({ column: c.path, filled: cell !== '' }).toEqual({ column: c.path, filled: true })
          if (cell && (c.kind === 'date' || c.kind === 'dateTime')) expect(cell).toMatch(/^\d{2}\/\d{2}\/2025$/)
          if (cell && choicesOf(c).length) for (const v of cell.split(';')) expect(choicesOf(c)).toContain(v.trim())
        })
      }
      expect(readFileSync(path.join(DOCS, `${r.name}.csv`), 'utf8')).toBe(text)
    })
  }
})

describe('lienthong template', () => {
  const run = async (...args: string[]) => {
    const program = new Command('lienthong').exitOverride()
    registerTemplate(program)
    await program.parseAsync(['node', 'lienthong', ...args])
  }

  it('writes the XLSX template of suspects to --out, a workbook that opens', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'lienthong-template-')), 'doi-tuong.xlsx')
    await run('template', 'suspects', '--out', out)
    const book = await open(readFileSync(out))
    expect(book.getWorksheet(DATA_SHEET)!.getCell('D1').value).toBe(columnsOf('suspects')[3]!.headingVi)
  })

  it('writes the sample CSV with --csv into a folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lienthong-template-'))
    await run('template', 'trials', '--csv', '--out', dir)
    expect(readFileSync(path.join(dir, 'mau-nhap-trials.csv'), 'utf8')).toBe(sampleCsv('trials'))
  })

  it('refuses an unknown record type, naming the known ones', async () => {
    await expect(run('template', 'nobody')).rejects.toThrow(CliFailure)
    await expect(run('template', 'nobody')).rejects.toThrow(/suspects/)
  })

  // main.ts registers the command at merge: until then the spawned CLI does not know it
  const registered = readFileSync(path.join(ROOT, 'cli/src/main.ts'), 'utf8').includes('registerTemplate')
  it.skipIf(!registered)('npx lienthong template suspects --out <tmp> writes a readable workbook', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'lienthong-template-')), 'suspects.xlsx')
    execFileSync(process.execPath, [path.join(ROOT, 'cli/bin/lienthong.js'), 'template', 'suspects', '--out', out], { cwd: tmpdir() })
    expect(existsSync(out)).toBe(true)
    expect((await open(readFileSync(out))).getWorksheet(DATA_SHEET)!.rowCount).toBe(1)
  })
})
