// The committee's view of reporting over a year: an entity keyed by (year, kind, unitCode) that
// every subgraph extends with its agencies' compliance.
import { z } from 'zod'
import { adminUnits, PERIODIC_KINDS, type PeriodicKind } from '@lienthong/schema'
import { parseInput } from '../errors.ts'
import { KnownUnitSchema } from '../validation.ts'

export interface ReportingYearKey {
  year: number
  kind: PeriodicKind
  unitCode: string
}

const KeySchema = z.object({
  year: z.number().int().min(2000, 'năm từ 2000 / year from 2000').max(2100, 'năm đến 2100 / year up to 2100'),
  kind: z.enum(PERIODIC_KINDS, { error: 'chỉ MONTH, QUARTER, HALF_YEAR, YEAR / only MONTH, QUARTER, HALF_YEAR, YEAR' }),
  unitCode: KnownUnitSchema,
})

export function reportingYearKey(args: { year: unknown; kind: unknown; unitCode?: string | null }): ReportingYearKey {
  return parseInput(KeySchema, { ...args, unitCode: args.unitCode ?? adminUnits().province().code })
}
