// Every figure of ProvincialStatistics is defined in its schema description in Vietnamese and
// English, and every breakdown key the exports print has a label in both languages from one
// source (the supergraph's enum descriptions, the unit register, the countries' names).
import { readFileSync } from 'node:fs'
import { getNamedType, isEnumType, isObjectType, type GraphQLObjectType } from 'graphql'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SUPERGRAPH_PATH } from '../config.ts'
import { apiSchemaOf, REPORT_TYPE } from '../exports/reportQuery.ts'
import { keyLabels } from '../exports/keyLabels.ts'
import { percent } from '../exports/reportRows.ts'

const schema = apiSchemaOf(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'))
const VI_EN = /\S — \S/

describe('labels of the provincial report', () => {
  it('every field reachable from ProvincialStatistics, and every enum value it uses, is described "Vietnamese — English"', () => {
    const undescribed: string[] = []
    const seen = new Set<string>()
    const visit = (t: GraphQLObjectType) => {
      if (seen.has(t.name)) return
      seen.add(t.name)
      for (const f of Object.values(t.getFields())) {
        if (!VI_EN.test((f.description ?? '').replace(/\s+/g, ' '))) undescribed.push(`${t.name}.${f.name}`)
        const named = getNamedType(f.type)
        if (isObjectType(named)) visit(named)
        if (isEnumType(named)) for (const v of named.getValues()) if (!VI_EN.test(v.description ?? '')) undescribed.push(`${named.name}.${v.name}`)
      }
    }
    visit(schema.getType(REPORT_TYPE) as GraphQLObjectType)
    expect(undescribed).toEqual([])
  })

  it('labels breakdown keys by the smallest enum holding them all, units and countries by name', () => {
    const keys = keyLabels(schema)
    expect(keys.lines([{ key: 'DOMESTIC' }, { key: 'CROSS_BORDER' }])).toEqual([
      { vi: 'Trong nước', en: 'domestic' },
      { vi: 'Xuyên biên giới', en: 'cross-border (destination country given separately)' },
    ])
    expect(keys.lines([{ key: 'DOMESTIC' }, { key: 'CROSS_BORDER' }, { key: 'NONE' }])[2]).toEqual({
      vi: 'Không có vụ án của công an',
      en: 'in no police case',
    })
    expect(keys.lines([{ key: 'IN_PROGRESS' }, { key: 'ACCEPTED' }, { key: 'REJECTED' }, { key: 'DONE' }, { key: 'REVOKED' }])[0]).toEqual({
      vi: 'Đang chuyển',
      en: 'in progress',
    })
    expect(keys.lines([{ key: '150' }, { key: '151' }])[1]!.en).toBe('Article 151 of the Criminal Code (trafficking in persons under 16)')
    expect(keys.lines([{ key: 'MY' }, { key: 'CN' }])).toEqual([
      { vi: 'Malaysia', en: 'Malaysia' },
      { vi: 'Trung Quốc', en: 'China' },
    ])
    expect(keys.lines([{ key: '99101', labelVi: '99101' }])).toEqual([{ vi: 'Phường Bến Cảng', en: 'Phường Bến Cảng' }])
    expect(keys.enumValue('ReportingAgency', 'border_guard')).toEqual({ vi: 'Bộ Chỉ huy Bộ đội Biên phòng', en: 'Border Guard Command' })
  })

  it('shows a rate as a whole percent rounded down, never above the exact rate', () => {
    expect([percent(0.95), percent(0.949999), percent(1), percent(2 / 3), percent(0.1 + 0.2)]).toEqual(['95%', '94%', '100%', '66%', '30%'])
  })
})
