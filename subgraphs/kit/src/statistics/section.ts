// The one way an agency declares its statistics: a section names the records of a scope (CTEs),
// the arms that count its figures (one SQL statement for the whole section, counted once per
// request and scope) and, per GraphQL type, the fields read from the answer. A field that counts
// persons is marked `persons(…)`: it is published with its record keys (cell-key perturbation
// and suppression, publish.ts). Each field's definition, Vietnamese and English, is its SDL
// description: written once, beside the field, and checked by `sectionDefinitionProblems`.
import type { GraphQLField, GraphQLSchema } from 'graphql'
import { countFigures, onceForScope, type Figures, type RawQueries, type Sql } from './figures.ts'
import { recordValueSum } from './cellKey.ts'
import { cachedFigures } from './cache.ts'
import { generationArm } from './generation.ts'
import { type CountByKeyRow, personCount, type PersonCount } from './publish.ts'
import type { StatisticsScope } from './scope.ts'

type Read = (f: Figures, s: StatisticsScope) => unknown

/**
 * How a list of person references handed over by another agency (through @requires) counts in the
 * reading at hand: its distinct references when the figures are counts, the sum of their record
 * values when they are record keys (publish.ts perturbs a person count by its record keys).
 */
export type RefCount = (refs: readonly string[] | undefined) => number
const distinctRefs: RefCount = (refs) => new Set(refs ?? []).size
const refRecordKeys: RefCount = (refs) => recordValueSum(refs ?? [])

type PersonsRead<T> = (f: Figures, s: StatisticsScope, refs: RefCount) => T
type Counted = number | readonly CountByKeyRow[]

/** A field read from the section's answer; `persons` when it counts persons. */
export interface FieldSpec {
  read: PersonsRead<unknown>
  persons: boolean
}

/**
 * A field counting persons: published with its record keys (never exact to analysts). `read` runs
 * on the counts and again on the record keys, told by `refs` how other agencies' references count.
 */
export const persons = (read: PersonsRead<Counted>): FieldSpec => ({ read, persons: true })

/** The published person count of `read` over a section's answer (also for a nested type's fields). */
export function countPersons<T extends Counted>(read: PersonsRead<T>, f: Figures, s: StatisticsScope): PersonCount<T> {
  return personCount(read(f, s, distinctRefs), read(f.recordKeys(), s, refRecordKeys))
}

export interface SectionSpec {
  /** A name unique within the subgraph (the statement is counted once per scope under it). */
  name: string
  /** The scope's records the arms read (`"Name" AS MATERIALIZED (SELECT …)`), shared by every arm. */
  records: (s: StatisticsScope) => readonly Sql[]
  /** Every figure of the section, as arms of one UNION ALL (kit count/countBy/…). */
  arms: (s: StatisticsScope) => readonly Sql[]
  /** GraphQL type → field → how it is read from the answer (a plain function, or `persons(…)`). */
  types: Record<string, Record<string, Read | FieldSpec>>
}

/** Every subgraph's request context holds its database. */
interface WithDb {
  db: RawQueries
}

export interface Section {
  name: string
  /** The section's answer for a scope: one statement, once per request and scope. */
  figures(db: RawQueries, s: StatisticsScope): Promise<Figures>
  /** Field resolvers per GraphQL type (the parent is the scope). */
  resolvers: Record<string, Record<string, (s: StatisticsScope, args: unknown, ctx: WithDb) => Promise<unknown>>>
  /** `Type.field` of every declared field. */
  fields: readonly string[]
}

const specOf = (f: Read | FieldSpec): FieldSpec => (typeof f === 'function' ? { read: f, persons: false } : f)

export function defineSection(spec: SectionSpec): Section {
  // the statement also answers the data generation it counted (the cache files the answer under it)
  const count = (db: RawQueries, s: StatisticsScope) => countFigures(db, [...spec.arms(s), generationArm()], spec.records(s))
  const figures = (db: RawQueries, s: StatisticsScope) => onceForScope(s, spec.name, () => cachedFigures(db, s, spec.name, () => count(db, s)))
  const resolvers = Object.fromEntries(
    Object.entries(spec.types).map(([type, fields]) => [
      type,
      Object.fromEntries(
        Object.entries(fields).map(([field, f]) => {
          const { read, persons: isPersons } = specOf(f)
          const resolve = async (s: StatisticsScope, _args: unknown, ctx: WithDb) => {
            const answer = await figures(ctx.db, s)
            return isPersons ? countPersons(read as PersonsRead<Counted>, answer, s) : read(answer, s, distinctRefs)
          }
          return [field, resolve]
        }),
      ),
    ]),
  )
  const fields = Object.entries(spec.types).flatMap(([type, f]) => Object.keys(f).map((field) => `${type}.${field}`))
  return { name: spec.name, figures, resolvers, fields }
}

/** "Vietnamese — English" (an em dash between two non-empty halves). */
const BILINGUAL = /^\S[^—]*\s—\s\S/s

/**
 * Problems with the sections' definitions against the served schema: a declared field the schema
 * lacks, or one without a bilingual description (its definition). Empty when all is well.
 */
export function sectionDefinitionProblems(schema: GraphQLSchema, sections: readonly Section[]): string[] {
  const problems: string[] = []
  for (const name of sections.flatMap((s) => s.fields)) {
    const [type, field] = name.split('.') as [string, string]
    const t = schema.getType(type)
    // duck-typed: the served schema may be built by another copy of graphql (@apollo/subgraph's)
    const fields = t && 'getFields' in t ? (t.getFields() as Record<string, GraphQLField<unknown, unknown>>) : undefined
    const f = fields?.[field]
    if (!f) problems.push(`${name}: not in the schema`)
    else if (!f.description || !BILINGUAL.test(f.description)) problems.push(`${name}: no "Vietnamese — English" definition`)
  }
  return problems
}
