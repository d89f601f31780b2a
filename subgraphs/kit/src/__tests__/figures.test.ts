// The statistics section builder: figure names become SQL text, so only identifiers are taken;
// every value is a bound parameter, never text in the statement.
import { describe, expect, it } from 'vitest'
import { count, countBy, inList, sql } from '../statistics/figures.ts'

describe('statistics section arms', () => {
  it('refuses a figure name that is not an identifier', () => {
    expect(() => count("x' UNION SELECT 1 --", sql`"T"`)).toThrow(/identifier/)
    expect(() => countBy('a b', sql`"k"`, sql`"T"`)).toThrow(/identifier/)
  })
  it('binds values as parameters, with a list that is never empty', () => {
    // an arm without a record column carries no cell key (k is NULL): it is not a person count
    const arm = count('reports', sql`"T" t`, sql`t."unitCode" IN ${inList([])} AND t."at" >= ${new Date(0)}`)
    expect(arm.sql).toBe(
      `SELECT 'reports' AS "figure", CAST(NULL AS TEXT) AS "key", COUNT(*) AS "n", CAST(NULL AS BIGINT) AS "k" FROM "T" t WHERE t."unitCode" IN (?) AND t."at" >= ?`,
    )
    expect(arm.values).toEqual(['', new Date(0)])
    expect(inList(["O'Brien", '99']).values).toEqual(["O'Brien", '99', ''])
  })
})
