// The READMEs' KPI tables are generated from the catalogue (./kpi.ts): each sits between
// `<!-- kpi-table -->` (or `<!-- kpi-table cases -->`, `<!-- kpi-table prosecutions -->`) and
// `<!-- /kpi-table -->`. `npm run kpi:readme -w @lienthong/schema` rewrites them; a test fails
// when one is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { kpiTableMarkdown, type KpiDefinition } from './kpi.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The READMEs that hold a KPI table, from the repository's root. */
export const KPI_README_PATHS = ['README.md', 'subgraphs/cases/README.md', 'subgraphs/prosecutions/README.md'] as const

const BLOCK = /(<!-- kpi-table( cases| prosecutions)? -->\n)[\s\S]*?(\n<!-- \/kpi-table -->)/g

/** The README's text with every KPI table regenerated. */
export function withKpiTables(text: string): string {
  return text.replace(
    BLOCK,
    (_all, open: string, owner: string | undefined, close: string) => `${open}${kpiTableMarkdown(owner?.trim() as KpiDefinition['owner'] | undefined)}${close}`,
  )
}

export const kpiTableCount = (text: string) => [...text.matchAll(BLOCK)].length

export const readReadme = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8')

/** Rewrites the tables in place; returns the READMEs that changed. */
export function writeKpiTables(): string[] {
  return KPI_README_PATHS.filter((path) => {
    const text = readReadme(path)
    const next = withKpiTables(text)
    if (next !== text) writeFileSync(`${ROOT}${path}`, next)
    return next !== text
  })
}
