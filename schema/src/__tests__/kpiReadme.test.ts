// The READMEs say exactly what the catalogue says: their KPI tables are the catalogue's.
import { describe, expect, it } from 'vitest'
import { KPI_CATALOGUE, kpiTableMarkdown } from '../kpi.ts'
import { KPI_README_PATHS, kpiTableCount, readReadme, withKpiTables } from '../kpiReadme.ts'

describe('KPI tables of the READMEs', () => {
  it.each(KPI_README_PATHS)('%s holds a KPI table generated from the catalogue (npm run kpi:readme -w @lienthong/schema)', (path) => {
    const text = readReadme(path)
    expect(kpiTableCount(text)).toBe(1)
    expect(text).toBe(withKpiTables(text))
  })

  it('a table that disagrees with the catalogue is detected', () => {
    const good = `x\n<!-- kpi-table cases -->\n${kpiTableMarkdown('cases')}\n<!-- /kpi-table -->\ny`
    expect(withKpiTables(good)).toBe(good)
    const edited = good.replace('neither classified nor resolved', 'not classified')
    expect(withKpiTables(edited)).not.toBe(edited)
  })

  it('lists each KPI once, in the table of the subgraph that counts it', () => {
    expect(
      kpiTableMarkdown()
        .split('\n')
        .slice(2)
        .map((r) => r.slice(2, 4)),
    ).toEqual(KPI_CATALOGUE.map((k) => k.code))
    expect(kpiTableMarkdown('cases')).toContain('| K3 ')
    expect(kpiTableMarkdown('cases')).not.toContain('| K4 ')
    expect(kpiTableMarkdown('prosecutions')).toContain('| K5 ')
  })
})
