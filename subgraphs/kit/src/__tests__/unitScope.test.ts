// One roll-up rule for every place a unit selects records: list filters (`unitCodesUnder`),
// statistics scopes (`statisticsScope`, `scopeOfKey`) and the unit scope of a caller
// (`inUnitScope`) all answer from the register's `unitsUnder`, so a record placed at a district
// or at the province is found (and counted) by the same units everywhere.
import { describe, expect, it } from 'vitest'
import { GraphQLError } from 'graphql'
import { adminUnits } from '@lienthong/schema'
import { unitCodesUnder } from '../filters.ts'
import { scopeOfKey, statisticsScope } from '../statistics/scope.ts'
import { inUnitScope } from '../authz/policy.ts'

const units = adminUnits()
const codes = units.all().map((u) => u.code)
const sorted = (xs: readonly string[]) => [...xs].sort()

describe('unit scope: the unit and everything under it, in filters, statistics and access alike', () => {
  it('the province selects records placed at a district, a commune (old or new) and the province itself', () => {
    const filter = unitCodesUnder('99')!.in
    expect(filter).toEqual(expect.arrayContaining(['99', '991', '992', '993', '994', '995', '99101', '99801']))
    expect(sorted(statisticsScope({ kind: 'YEAR', year: 2025 }).units)).toEqual(sorted(filter))
  })

  it('a district selects its own records and its communes’, a commune never its district’s', () => {
    expect(sorted(unitCodesUnder('994')!.in)).toEqual(['994', '99401', '99402', '99403', '99404', '99807'])
    expect(unitCodesUnder('99807')!.in).not.toContain('994')
    expect(unitCodesUnder('99401')!.in).toEqual(['99401'])
    expect(inUnitScope('994', '99')).toBe(false)
    expect(inUnitScope('99807', '994')).toBe(false)
    expect(inUnitScope('99', '994')).toBe(true)
  })

  it('filters, statistics scopes and access checks agree with the register for every pair of units', () => {
    for (const unit of codes) {
      const under = sorted(units.unitsUnder(unit))
      expect(sorted(unitCodesUnder(unit)!.in)).toEqual(under)
      expect(sorted(scopeOfKey({ periodCode: '2025', unitCode: unit }).units)).toEqual(under)
      for (const placed of codes) expect(inUnitScope(unit, placed), `${placed} in ${unit}`).toBe(under.includes(placed))
    }
  })

  it('an unknown unit is BAD_USER_INPUT naming the argument', () => {
    const error = (() => {
      try {
        unitCodesUnder('98', 'filter.unitCode')
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(GraphQLError)
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.unitCode' })
  })
})
