// The typed operations are valid against the API schema of the committed supergraph, within the
// gateway's limits (aliases), and src/gql is what `npm run codegen` writes now.
import { readFileSync } from 'node:fs'
import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { apiSdl, renderDashboardTypes, supergraphPath } from '../../codegen.ts'
import { unitRowsOperation } from '../api/client.ts'
import * as operations from '../api/operations.ts'
import { kpiOverviewVariables, unitsOfTable } from '../views.ts'

const schema = buildSchema(apiSdl(readFileSync(supergraphPath, 'utf8')))

describe('the dashboard operations', () => {
  it('are valid against the API schema', () => {
    for (const [name, doc] of Object.entries(operations)) {
      if (!String(doc).includes('query ')) continue
      expect(validate(schema, parse(String(doc))), name).toEqual([])
    }
    const { query } = unitRowsOperation(unitsOfTable({ kind: 'YEAR', year: 2025, index: 1 }, '99'))
    expect(validate(schema, parse(query))).toEqual([])
  })

  it('send the 12 months of the trends as aliases of one request, within the gateway alias limit', () => {
    const v = kpiOverviewVariables({ kind: 'QUARTER', year: 2024, index: 3 }, '99')
    expect(v.m1).toEqual({ kind: 'MONTH', year: 2023, index: 10 })
    expect(v.m12).toEqual({ kind: 'MONTH', year: 2024, index: 9 })
    const aliases = (q: string) => (q.match(/\b\w+: provincialStatistics/g) ?? []).length
    expect(aliases(String(operations.KpiOverviewQuery))).toBe(13)
    expect(aliases(unitRowsOperation(unitsOfTable({ kind: 'YEAR', year: 2025, index: 1 }, '99')).query)).toBe(15)
  })

  it('are generated from the committed supergraph (npm run codegen -w @lienthong/dashboard)', async () => {
    for (const [file, content] of Object.entries(await renderDashboardTypes())) {
      expect(readFileSync(file, 'utf8'), `${file} is stale: npm run codegen -w @lienthong/dashboard`).toBe(content)
    }
  })
})
