// What the access tests of every subgraph share: callers of any agency and role, the root fields a
// subgraph's SDL declares (every one must be refused or served), and the rows of its tables, to
// show that a refused write left nothing behind.
import { parse, type FieldDefinitionNode } from 'graphql'
import type { Agency, Identity, Role } from '../identity/index.ts'

/** A caller of `agency` in `role` at the province (unit 99), with no declared purpose unless `over` gives one. */
export const testCaller = (agency: Agency, role: Role, over: Partial<Identity> = {}): Identity => ({
  sub: `test-${agency}-${role}`,
  agency,
  role,
  unit: '99',
  ...over,
})

/** The root fields (Query or Mutation, definitions and extensions) an SDL declares, federation's `_` fields apart. */
export const rootFieldsOf = (sdl: string, root: 'Query' | 'Mutation'): FieldDefinitionNode[] =>
  parse(sdl)
    .definitions.flatMap((d) => ((d.kind === 'ObjectTypeDefinition' || d.kind === 'ObjectTypeExtension') && d.name.value === root ? [...(d.fields ?? [])] : []))
    .filter((f) => !f.name.value.startsWith('_'))

/** The sorted names of those root fields. */
export const rootFieldNamesOf = (sdl: string, root: 'Query' | 'Mutation'): string[] =>
  rootFieldsOf(sdl, root)
    .map((f) => f.name.value)
    .sort()

type Tables = Record<string, { count(): Promise<number>; findMany(): Promise<unknown[]> }>

/** How many rows each of `tables` (Prisma model names) of `db` holds. */
export const rowCounts = async <T extends string>(db: object, tables: readonly T[]): Promise<Record<T, number>> =>
  Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await (db as Tables)[t]!.count()]))) as Record<T, number>

/** Every row of each of `tables`, as sorted JSON: equal before and after exactly when nothing was written. */
export const tableRows = (db: object, tables: readonly string[]): Promise<string[][]> =>
  Promise.all(tables.map(async (t) => (await (db as Tables)[t]!.findMany()).map((row) => JSON.stringify(row)).sort()))
