// Writes docs/import/: the column reference (README.md and one file per agency), and for every
// record type its sample CSV and XLSX template (npm run docs:import -w cli). A test checks the
// committed files are what this writes.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { importDocFiles } from '../src/import/templates.ts'

const dir = fileURLToPath(new URL('../../docs/import/', import.meta.url))
const files = await importDocFiles()
mkdirSync(dir, { recursive: true })
for (const [name, body] of files) writeFileSync(path.join(dir, name), body)
console.log(`docs/import: ${files.size} tệp — files`)
