// What a mutation wrote, noted in the request's audit trail once its transaction has committed:
// the record's id and the input's field names, never values. A replay that changed nothing notes
// nothing, so its answer is a read like any other (the kit then asks for a purpose of use).
import type { GraphQLResolveInfo } from 'graphql'
import type { Context } from '../context.ts'

/** The outcome of a write: the record, and whether this request created or changed it. */
export interface Written<T> { record: T; created?: boolean; changed?: boolean }

export type WrittenType = 'SupportCase' | 'SupportService' | 'SupportReferral' | 'ReintegrationFollowUp' | 'HotlineContact'

export function noted<T extends { id: string }>(ctx: Pick<Context, 'audit'>, info: GraphQLResolveInfo, type: WrittenType, input: object, written: Written<T>): T {
  if (written.created || written.changed) {
    ctx.audit.wrote(String(info.path.key), type, [written.record.id], Object.keys(input).filter((k) => !k.endsWith('Id')).sort())
  }
  return written.record
}
