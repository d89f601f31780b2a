import { describe, expect, it } from 'vitest'
import { buildASTSchema, parse, type GraphQLEnumType } from 'graphql'
import {
  AGE_BANDS,
  CITIZENSHIPS,
  CONSENT_STATUSES,
  EXPLOITATION_FORMS,
  PERIOD_KINDS,
  ROUTE_KINDS,
  SEXES,
  LABELS_VI,
  RouteSchema,
  ageBandOf,
  vocabularyTypeDefs,
  vietnamMidnight,
} from '../index.ts'

const schema = buildASTSchema(parse(`directive @shareable on OBJECT | FIELD_DEFINITION\ntype Query { ok: Boolean }\n${vocabularyTypeDefs()}`))
const valuesOf = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name)

describe('shared vocabulary', () => {
  it.each([
    ['ExploitationForm', EXPLOITATION_FORMS],
    ['RouteKind', ROUTE_KINDS],
    ['Sex', SEXES],
    ['AgeBand', AGE_BANDS],
    ['Citizenship', CITIZENSHIPS],
    ['PeriodKind', PERIOD_KINDS],
    ['ConsentStatus', CONSENT_STATUSES],
  ] as const)('GraphQL enum %s and its TS/zod values are the same list', (name, values) => {
    expect(valuesOf(name)).toEqual([...values])
  })

  it('has a Vietnamese label for every value', () => {
    for (const [name, labels] of Object.entries(LABELS_VI)) {
      const keys = Object.keys(labels)
      if (schema.getType(name)) expect(keys.sort()).toEqual(valuesOf(name).sort())
      for (const label of Object.values(labels)) expect(label.length).toBeGreaterThan(1)
    }
  })

  it('names all eight forms of exploitation of the plans', () => {
    const ofThePlans = 'SEXUAL_EXPLOITATION FORCED_LABOUR ORGAN_REMOVAL COMMERCIAL_SURROGACY FORCED_MARRIAGE CHILD_ADOPTION OTHER UNKNOWN'
    expect(EXPLOITATION_FORMS).toEqual(ofThePlans.split(' '))
  })

  it('checks a route: cross-border needs a real foreign destination, domestic has none', () => {
    expect(RouteSchema.safeParse({ kind: 'CROSS_BORDER', destinationCountry: 'CN' }).success).toBe(true)
    expect(RouteSchema.safeParse({ kind: 'DOMESTIC' }).success).toBe(true)
    const missing = RouteSchema.safeParse({ kind: 'CROSS_BORDER' })
    expect(missing.success || missing.error.issues[0]!.path).toEqual(['destinationCountry'])
    expect(RouteSchema.safeParse({ kind: 'CROSS_BORDER', destinationCountry: 'VN' }).success).toBe(false)
    expect(RouteSchema.safeParse({ kind: 'CROSS_BORDER', destinationCountry: 'XX' }).success).toBe(false)
    expect(RouteSchema.safeParse({ kind: 'DOMESTIC', destinationCountry: 'KH' }).success).toBe(false)
  })

  it('bands ages at the year of the reference date in Vietnam time, 16 and 18 being the legal thresholds', () => {
    const at = vietnamMidnight(2024, 1, 1) // 2023-12-31T17:00Z is already 2024 in Vietnam
    expect(ageBandOf(2008, at)).toBe('FROM_16_TO_17') // 16 in Vietnam; still 15 by the UTC year
    expect(ageBandOf(2009, at)).toBe('UNDER_16')
    expect(ageBandOf(2006, at)).toBe('FROM_18_TO_29')
    expect(ageBandOf(1964, at)).toBe('AGE_60_AND_OVER')
    expect(ageBandOf(null, at)).toBe('UNKNOWN')
    expect(ageBandOf(2030, at)).toBe('UNKNOWN')
  })
})
