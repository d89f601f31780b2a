// Optimistic concurrency: every record a mutation changes after its creation carries a `version`
// (1 when created, one more on every change). A mutation declares which record it changes
// (`version: (tx, current) => versionOf(tx.model, { id }, current.version)`); the kit then, in the
// write's transaction, after the load, unchanged and transition checks and before the write,
// swaps the version it loaded for the next one (`updateMany where version = loaded`). A caller
// that sent the version it read (`input.version`) and finds another on record gets CONFLICT
// naming the current version: never a silent lost update.
import { GraphQLError } from 'graphql'
import { z } from 'zod'

/** The version a caller read, sent back with a change of that record (`input.version`). */
export const ExpectedVersionSchema = z
  .number({ message: 'cần phiên bản bản ghi đã đọc / the version you read is required' })
  .int('phiên bản là số nguyên / the version is an integer')
  .min(1, 'phiên bản từ 1 / the version starts at 1')

/** A Prisma model (its delegate in a transaction) whose records carry a `version`, found by `where`. */
export interface VersionedModel<W> {
  updateMany(args: { where: W & { version: number }; data: { version: { increment: number } } }): PromiseLike<{ count: number }>
  findUnique(args: { where: W; select: { version: true } }): PromiseLike<{ version: number } | null>
}

/** The record a mutation changes, the version it was loaded at, and how to swap it for the next. */
export interface Versioned {
  version: number
  /** Sets `version + 1` when the record still holds `version`: false when a concurrent write changed it meanwhile. */
  swap(): Promise<boolean>
  /** The version on record now (after a failed swap). */
  current(): Promise<number>
}

/** The record of `model` found by `where`, loaded at `version`. */
export const versionOf = <W extends object>(model: VersionedModel<W>, where: W, version: number): Versioned => ({
  version,
  swap: async () => (await model.updateMany({ where: { ...where, version }, data: { version: { increment: 1 } } })).count === 1,
  current: async () => (await model.findUnique({ where, select: { version: true } }))?.version ?? version,
})

/** The record changed since the version the caller read: CONFLICT naming the version on record. */
export function versionConflict(currentVersion: number, field = 'input.version'): GraphQLError {
  return new GraphQLError(
    `Bản ghi đã bị thay đổi, hãy đọc lại (phiên bản hiện tại ${currentVersion}) / The record changed since you read it (current version ${currentVersion}) — ${field}`,
    { extensions: { code: 'CONFLICT', field, currentVersion } },
  )
}

/** The expected version an input carries, if any (`version`, a number). */
export const expectedVersionOf = (input: unknown): number | undefined => {
  const v = (input as { version?: unknown } | null)?.version
  return typeof v === 'number' ? v : undefined
}

/**
 * The content of a change, without the version it was made against: the digest of a replay covers
 * what was asked, not when it was read, so the same change sent again (with the same version, or
 * re-read at the version it produced) is still recognised as a replay, and digests stored before
 * records had versions still match.
 */
export const withoutVersion = (input: unknown): unknown => {
  if (input == null || typeof input !== 'object' || Array.isArray(input) || !('version' in input)) return input
  const { version: _version, ...content } = input as Record<string, unknown>
  return content
}

/** Thrown to run the whole transaction again (the kit's `inTransaction` reruns on P2034): the record changed between load and write. */
export const changedMeanwhile = () => Object.assign(new Error('the record changed between load and write'), { code: 'P2034' })

/**
 * The compare-and-swap of a mutation's record, in its transaction. With an expected version: a
 * different loaded one, or a swap that found another (a concurrent write), is CONFLICT. Without:
 * a failed swap reruns the transaction, so the load and transition checks see the new state.
 */
export async function swapVersion(record: Versioned, expected: number | undefined, field = 'input.version'): Promise<void> {
  if (expected != null && expected !== record.version) throw versionConflict(record.version, field)
  if (await record.swap()) return
  if (expected != null) throw versionConflict(await record.current(), field)
  throw changedMeanwhile()
}
