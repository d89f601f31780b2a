// Labels of breakdown keys (CountByKey.key) and enum values in Vietnamese and English, each from
// one source: the enum values' descriptions in the supergraph ("Vietnamese — English"), the unit
// register's names, the countries' CLDR names. The keys of a breakdown are the values of the
// smallest enum of the supergraph that holds them all (a breakdown by article, keys "150" and
// "151", is read as CriminalCodeArticle's ARTICLE_150, ARTICLE_151); keys of no enum are unit codes,
// country codes or names already (border gates), served as the subgraph labelled them.
import { isEnumType, type GraphQLEnumType, type GraphQLSchema } from 'graphql'
import { adminUnits, countryName, isCountryCode } from '@lienthong/schema'
import { labelsOf, type Labels } from './reportQuery.ts'

export interface KeyLine {
  key: string
  labelVi?: unknown
}

const valueName = (key: string) => (/^\d+$/.test(key) ? `ARTICLE_${key}` : key)

export interface KeyLabels {
  /** The labels of a breakdown's lines, in order. */
  lines: (lines: readonly KeyLine[]) => Labels[]
  /** The label of a value of a named enum (a status, an agency). */
  enumValue: (enumName: string, value: string) => Labels
}

export function keyLabels(schema: GraphQLSchema): KeyLabels {
  const enums = Object.values(schema.getTypeMap()).filter((t): t is GraphQLEnumType => isEnumType(t) && !t.name.startsWith('__'))
  const valueLabels = (e: GraphQLEnumType, key: string): Labels | undefined => {
    const v = e.getValue(valueName(key))
    return v ? labelsOf(v) : undefined
  }
  /** The smallest enum holding every key (null when none does). */
  const enumOf = (keys: readonly string[]) =>
    enums.filter((e) => keys.every((k) => e.getValue(valueName(k)))).sort((a, b) => a.getValues().length - b.getValues().length)[0] ?? null
  const single = (key: string, labelVi: unknown): Labels => {
    const unit = adminUnits().get(key)
    if (unit) return { vi: unit.name, en: unit.name }
    if (isCountryCode(key)) return { vi: countryName(key, 'vi'), en: countryName(key, 'en') }
    const name = typeof labelVi === 'string' && labelVi ? labelVi : key
    return { vi: name, en: name }
  }
  return {
    lines: (lines) => {
      const keys = lines.map((l) => l.key)
      const e = keys.length > 0 ? enumOf(keys) : null
      return lines.map((l) => (e && valueLabels(e, l.key)) || single(l.key, l.labelVi))
    },
    enumValue: (enumName, value) => {
      const e = schema.getType(enumName)
      return (e && isEnumType(e) && valueLabels(e, value)) || { vi: value, en: value }
    },
  }
}
