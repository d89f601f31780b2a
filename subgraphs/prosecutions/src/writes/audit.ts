// Writes of person-level records (defendants, verdicts) in the request's audit trail (NET-7). The
// kit's guard notes the records a mutation's response selects; this notes every record a write
// created or changed, whatever the caller selected, once the transaction has committed (a
// replay writes nothing and notes nothing). Field names only, never values.
import type { Context } from '../context.ts'

export type WrittenType = 'Defendant' | 'Verdict'

export function noteWritten(ctx: Pick<Context, 'audit'>, mutation: string, type: WrittenType, ids: Iterable<string>, fields: readonly string[]): void {
  ctx.audit.wrote(mutation, type, ids, fields)
}
