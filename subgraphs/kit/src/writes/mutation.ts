// The one write pipeline every agency's mutations run through:
//
//   validate → authorise → (replay by the agency's reference?) → transition check → write,
//   all in one transaction → audit once per record created or changed → typed errors.
//
// A subgraph's mutation file declares only its input schema, its transition and its write
// (`defineMutation({ input, reference | load, transition, write })`); the kit does the rest, the
// same way for every agency. The digest that recognises a replay is always keyed (HMAC) and kept
// in one column, `inputDigest`, beside the record the agency's reference names.
import { GraphQLError, type GraphQLResolveInfo } from 'graphql'
import type { z } from 'zod'
import { parseInput } from '../errors.ts'
import { idempotencyConflict } from '../idempotency.ts'
import { inTransaction } from '../transaction.ts'
import type { StatusMachine } from '../transitions.ts'
import { digestMatches, keyedDigest } from './digest.ts'
import { DryRunRollback, rollingBack } from './dryRun.ts'
import { expectedVersionOf, swapVersion, type Versioned, versionConflict, withoutVersion } from './version.ts'

/** A record a write created or changed, for the audit trail: its type, references and the fields set (names, never values). */
export interface Change {
  type: string
  refs: readonly string[]
  fields: readonly string[]
}

/** What a write did: the record the mutation answers with, and every record it created or changed. */
export interface Written<R> {
  record: R
  changes: readonly Change[]
}

/** `{ record, changes }` with one change per `type, refs, fields` triple. */
export const wrote = <R>(record: R, ...changes: Change[]): Written<R> => ({ record, changes })

/** A change of `type` to the records `refs`, setting `fields`. */
export const change = (type: string, refs: string | readonly string[], fields: readonly string[]): Change => ({
  type,
  refs: typeof refs === 'string' ? [refs] : refs,
  fields,
})

/** What the pipeline needs of a subgraph's request context. */
export interface WriteContext<Tx> {
  db: { $transaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> }
  /** The key of the input digests (the subgraph's field key). */
  env: { piiKey: string }
  audit?: { wrote(mutation: string, recordType: string, refs: Iterable<string>, fields: readonly string[]): void }
  /** The caller; `dryRun` (header `x-dry-run: 1` at the gateway, signed with the identity): run the whole write, then roll it back. */
  identity?: { dryRun?: boolean }
}

/** The record found under an agency's reference: its stored digest, and the answer a replay gets. */
export interface Referenced<R> {
  inputDigest: string | null
  answer: R
}

/**
 * A write's `reference`: the record its reference already names, with the digest it was written
 * from (`digest`, default the record's `inputDigest`) and the answer a replay gets (`answer`,
 * default the record itself).
 */
export function referencedBy<R extends { inputDigest: string | null }>(found: R | null): Referenced<R> | null
export function referencedBy<F extends { inputDigest: string | null }, R>(found: F | null, o: { answer: (found: F) => R }): Referenced<R> | null
export function referencedBy<F, R = F>(found: F | null, o: { digest: (found: F) => string | null; answer?: (found: F) => R }): Referenced<R> | null
export function referencedBy<F, R>(found: F | null, o: { digest?: (found: F) => string | null; answer?: (found: F) => R } = {}): Referenced<R> | null {
  if (found == null) return null
  return {
    inputDigest: o.digest ? o.digest(found) : (found as unknown as { inputDigest: string | null }).inputDigest,
    answer: o.answer ? o.answer(found) : (found as unknown as R),
  }
}

/** A Prisma model (its delegate in a transaction) whose records carry an agency's unique `externalRef` and their input digest. */
export interface ReferencedModel<R extends { inputDigest: string | null }> {
  findUnique(args: { where: { externalRef: string } }): PromiseLike<R | null>
}

/** A create's `reference` by the input's `externalRef`: the record of `model` it already names. */
export const byExternalRef =
  <Tx, R extends { inputDigest: string | null }>(model: (tx: Tx) => ReferencedModel<R>) =>
  async (tx: Tx, input: { externalRef: string }): Promise<Referenced<R> | null> =>
    referencedBy(await model(tx).findUnique({ where: { externalRef: input.externalRef } }))

/**
 * A create that is only its row, as the parts of its mutation: its `input`, idempotent by the
 * input's `externalRef` (the record of `model` it names answers a replay), the record created from
 * `row(input, digest)` and noted as a change of `type` setting `fields`.
 */
export function createFromRow<Tx, In extends { externalRef: string }, Row, R extends { id: string; inputDigest: string | null }>(
  input: z.ZodType<In>,
  model: (tx: Tx) => ReferencedModel<R> & { create(args: { data: Row }): PromiseLike<R> },
  row: (input: In, digest: string) => Row,
  type: string,
  fields: readonly string[],
) {
  return {
    input,
    reference: byExternalRef(model),
    write: async (tx: Tx, v: In, { digest }: { digest: string }) => {
      const record = await model(tx).create({ data: row(v, digest) })
      return wrote(record, change(type, record.id, fields))
    },
  }
}

/** A status transition the write makes: checked by the kit before the write runs. */
export interface TransitionSpec<Current, In, S extends string> {
  machine: StatusMachine<S>
  from: (current: Current) => S
  to: (input: In, current: Current) => S
  /** The input field named by an ILLEGAL_TRANSITION error (default `input.status`). */
  field?: string
}

/**
 * The parts of a mutation closing a record on a date: closed on that instant already is a replay
 * (nothing written); otherwise the record's status machine must allow CLOSED (an ILLEGAL_TRANSITION
 * naming `field`).
 */
export const closing = <S extends string>(machine: StatusMachine<S | 'CLOSED'>, field: string) => ({
  unchanged: (record: { status: S | 'CLOSED'; closedAt: Date | null }, input: { closedAt: Date }) =>
    record.status === 'CLOSED' && record.closedAt?.getTime() === input.closedAt.getTime(),
  transition: { machine, from: (record: { status: S | 'CLOSED' }) => record.status, to: () => 'CLOSED' as const, field },
})

export interface MutationSpec<Tx, Ctx extends WriteContext<Tx>, Args, In, Current, R, S extends string = string> {
  /** zod schema of the `input` argument (errors name `input.<field>`), or of all arguments when `input: false`. */
  input: z.ZodType<In>
  /** Validates the whole argument object instead of `args.input` (mutations without an input argument). */
  wholeArgs?: boolean
  /** Refuses a caller who may not make this write (beyond the agency's writers, which the access policy checks). */
  authorise?: (ctx: Ctx, input: In, args: Args) => void
  /**
   * Idempotent by the agency's own reference: the record the input's reference already names, if
   * any. Its digest equal to this input's: a replay (answered, nothing written, nothing audited);
   * different: IDEMPOTENCY_CONFLICT naming `referenceField`.
   */
  reference?: (tx: Tx, input: In, args: Args) => Promise<Referenced<R> | null>
  /** The input field holding the reference (default `input.externalRef`). */
  referenceField?: string
  /** The record a change applies to (NOT_FOUND when missing). */
  load?: (tx: Tx, input: In, args: Args, ctx: Ctx) => Promise<Current>
  /** A change already on record (a replay answered with `answer`, nothing written). */
  unchanged?: (current: Current, input: In) => boolean
  /** The answer to an unchanged replay (default: the loaded record). */
  answer?: (current: Current) => R
  transition?: TransitionSpec<Current, In, S>
  /**
   * The record the change applies to, at the version loaded (`versionOf(tx.model, where, version)`):
   * the kit checks the input's expected version (`input.version`, CONFLICT when another is on
   * record) and swaps the version for the next one before the write, in its transaction.
   */
  version?: (tx: Tx, current: Current) => Versioned
  /** The write itself, inside the transaction: returns the record answered and what changed. */
  write: (tx: Tx, input: In, w: { current: Current; digest: string; ctx: Ctx; args: Args }) => Promise<Written<R>>
}

/** A declared mutation: `run` is the whole pipeline; `resolve` is its GraphQL resolver. */
export interface Mutation<Ctx, Args, R> {
  run(ctx: Ctx, args: Args, name: string): Promise<{ record: R; written: boolean }>
  resolve(parent: unknown, args: Args, ctx: Ctx, info: GraphQLResolveInfo): Promise<R>
}

const isRefusal = (e: unknown) => typeof (e as { extensions?: { code?: unknown } } | null)?.extensions?.code === 'string'

export function defineMutation<Tx, Ctx extends WriteContext<Tx>, Args extends object, In, Current = undefined, R = unknown, S extends string = string>(
  spec: MutationSpec<Tx, Ctx, Args, In, Current, R, S>,
): Mutation<Ctx, Args, R> {
  const run = async (ctx: Ctx, args: Args, name: string): Promise<{ record: R; written: boolean }> => {
    if (!ctx.identity?.dryRun) return write(ctx, args, name)
    // a dry run: the same write in its transaction, rolled back at the end; nothing audited
    try {
      await write({ ...ctx, audit: undefined, db: rollingBack(ctx.db) }, args, name)
    } catch (e) {
      if (e instanceof DryRunRollback) return { record: (e.outcome as { record: R }).record, written: false }
      throw e
    }
    throw new Error('a dry run was not rolled back')
  }

  const write = async (ctx: Ctx, args: Args, name: string) => {
    const raw = spec.wholeArgs ? args : (args as { input?: unknown }).input
    const input: In = parseInput(spec.input, raw, spec.wholeArgs ? [] : ['input'])
    spec.authorise?.(ctx, input, args)
    // the version a change was made against is no part of its digest (writes/version.ts)
    const digest = keyedDigest(withoutVersion(input), ctx.env.piiKey)
    const expected = expectedVersionOf(input)
    const versionField = spec.wholeArgs ? 'version' : 'input.version'
    const outcome = await inTransaction(ctx.db, async (tx: Tx) => {
      const replay = await replayOf(tx, input, args, digest)
      if (replay) return replay
      try {
        const current = spec.load ? await spec.load(tx, input, args, ctx) : (undefined as Current)
        if (spec.load && spec.unchanged?.(current, input)) {
          return { record: spec.answer ? spec.answer(current) : (current as unknown as R), changes: [] as Change[], written: false }
        }
        // a caller who read an older version hears CONFLICT, not a transition error about a state it never saw
        const record = spec.version?.(tx, current)
        if (record && expected != null && expected !== record.version) throw versionConflict(record.version, versionField)
        if (spec.transition) {
          const t = spec.transition
          t.machine.assert(t.from(current), t.to(input, current), t.field ?? 'input.status')
        }
        if (record) await swapVersion(record, expected, versionField)
        return { ...(await spec.write(tx, input, { current, digest, ctx, args })), written: true }
      } catch (e) {
        // a concurrent identical write took the reference meanwhile (its record then fails this one's
        // load, transition or write checks): run again (inTransaction), then answer as a replay
        if (spec.reference && isRefusal(e) && (await spec.reference(tx, input, args)) != null) {
          throw Object.assign(new Error('a concurrent write took the same reference'), { code: 'P2034' })
        }
        throw e
      }
    })
    if (outcome.written) for (const c of outcome.changes) if (c.refs.length) ctx.audit?.wrote(name, c.type, c.refs, [...c.fields].sort())
    return { record: outcome.record, written: outcome.written }
  }

  async function replayOf(tx: Tx, input: In, args: Args, digest: string) {
    if (!spec.reference) return null
    const found = await spec.reference(tx, input, args)
    if (!found) return null
    if (!digestMatches(found.inputDigest, withoutVersion(input), digest)) throw idempotencyConflict(spec.referenceField ?? 'input.externalRef')
    return { record: found.answer, changes: [] as Change[], written: false }
  }

  return {
    run,
    resolve: async (_parent, args, ctx, info) => (await run(ctx, args, info.fieldName)).record,
  }
}

type Resolvers<M> = { [K in keyof M]: M[K] extends Mutation<never, never, unknown> ? M[K]['resolve'] : never }
type AllResolvers<Ms extends readonly object[]> = Ms extends readonly [infer M, ...infer Rest extends readonly object[]]
  ? Resolvers<M> & AllResolvers<Rest>
  : unknown

/**
 * Resolvers of a subgraph's Mutation type: every mutation its mutation modules declare (an export's
 * name is the mutation's name; a module exports nothing else), then `others` (resolvers that are no
 * declared write, e.g. the periodic reports' submissions). A name given twice is an error when the
 * subgraph starts, never a silent override.
 */
export function mutationResolvers<const Ms extends readonly Record<string, Mutation<never, never, unknown>>[], O extends object>(
  modules: Ms,
  others: O,
): AllResolvers<Ms> & O {
  const resolvers: Record<string, unknown> = {}
  const add = (name: string, resolver: unknown) => {
    if (name in resolvers) throw new Error(`the mutation ${name} is defined twice`)
    resolvers[name] = resolver
  }
  for (const module of modules) {
    for (const [name, m] of Object.entries(module)) {
      if (typeof m?.resolve !== 'function') throw new Error(`${name} is not a declared mutation (a mutation module exports only its mutations)`)
      add(name, m.resolve)
    }
  }
  for (const [name, resolver] of Object.entries(others)) add(name, typeof resolver === 'function' ? refusingDryRun(name, resolver) : resolver)
  return resolvers as AllResolvers<Ms> & O
}

/** A mutation outside the pipeline has no dry run: refused rather than written. */
const refusingDryRun =
  (name: string, resolver: (...a: unknown[]) => unknown) =>
  (parent: unknown, args: unknown, ctx: { identity?: { dryRun?: boolean } } | undefined, info: unknown) => {
    if (ctx?.identity?.dryRun)
      throw new GraphQLError(`Không chạy thử được / No dry run — ${name}: chỉ ghi thật / this mutation cannot be run dry`, {
        extensions: { code: 'BAD_REQUEST', field: name },
      })
    return resolver(parent, args, ctx, info)
  }

/** `defineMutation` with a subgraph's transaction and context types bound: `export const mutation = mutationsFor<Tx, Context>()`. */
export function mutationsFor<Tx, Ctx extends WriteContext<Tx>>() {
  return <In, Current = undefined, R = unknown, Args extends object = Record<string, unknown>, S extends string = string>(
    spec: MutationSpec<Tx, Ctx, Args, In, Current, R, S>,
  ) => defineMutation<Tx, Ctx, Args, In, Current, R, S>(spec)
}
