// The sample files: a few invented records of every type forming one chain by the agencies' own
// references, so that importing the files in SAMPLE_ORDER writes them all — reports and a case
// with its suspects, rescue and victims, the procuracy's file, the indictment, the court's file
// and its trial; a support case with its services and referrals; hotline calls; a border incident,
// a repatriation and the cooperation on both. Every value is fictional: person references are
// hashes of made-up labels, names are placeholders ("Nguyễn Thị A"), dates are in the second half
// of 2025 and units are the communes valid then (after the 1 July 2025 reform).
import { columnsOf } from './columns.ts'
import { cellText, csvFile } from './columnFormat.ts'
import { CARE_AND_BORDER_SAMPLES } from './samplesCareBorder.ts'
import { JUSTICE_SAMPLES, type SampleRow } from './samplesJustice.ts'

export { SAMPLE_PERSONS, type SampleRow } from './samplesJustice.ts'

/** The samples by record type. */
export const SAMPLES: Readonly<Record<string, readonly SampleRow[]>> = { ...JUSTICE_SAMPLES, ...CARE_AND_BORDER_SAMPLES }

/** The order to import the sample files in: every parent before the records naming it. */
export const SAMPLE_ORDER: readonly string[] = [
  'incoming-reports',
  'cases',
  'suspects',
  'rescues',
  'victims',
  'procuracy-files',
  'indictments',
  'court-files',
  'trials',
  'support-cases',
  'support-services',
  'referrals',
  'hotline-contacts',
  'border-incidents',
  'repatriations',
  'cooperation',
]

/** The sample rows of a record type as a clerk would type them (headings, then one line per row). */
export function sampleTable(type: string): string[][] {
  const columns = columnsOf(type)
  const rows = SAMPLES[type] ?? []
  const known = new Set(columns.map((c) => c.path))
  for (const row of rows) for (const k of Object.keys(row)) if (!known.has(k)) throw new Error(`sample ${type}: no column ${k}`)
  return [columns.map((c) => c.headingVi), ...rows.map((row) => columns.map((c) => cellText(c, row[c.path])))]
}

/** The sample CSV of a record type: UTF-8 with BOM, Vietnamese headings, dates dd/mm/yyyy. */
export const sampleCsv = (type: string): string => csvFile(sampleTable(type))
