// Applies the access policy (./policy.ts) to a subgraph's executable schema in one place, so no
// resolver can forget it:
// - root queries: analysts and integrators reach only the aggregate fields, auditors those and the
//   audit log; officers and supervisors everything;
// - mutations: only officers and supervisors of the owning agencies (and, for a mutation the
//   subgraph shares, of the agencies it names);
// - victim-level types: every field read needs a record reader with a declared purpose; reads, and
//   the records a mutation wrote, are noted in the request's audit trail (record reference and
//   field name, never the value).
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql'
import { isObjectTypeLike } from '../graphqlTypes.ts'
import { forbidden } from '../errors.ts'
import type { AuditTrail } from '../audit/log.ts'
import type { Agency, Identity } from '../identity/claims.ts'
import { assertRecordReader, assertWriter, PUBLISHED_ROLES } from './policy.ts'

export interface AccessPolicy {
  /** Agencies whose officers and supervisors may call this subgraph's mutations. */
  writers: readonly Agency[]
  /**
   * Mutations that officers and supervisors of further agencies may also call, their resolver
   * deciding which record each may change (e.g. the receiving agency answering a referral).
   */
  sharedMutations?: Readonly<Record<string, readonly Agency[]>>
  /** How the writers are named in errors (Vietnamese, English). */
  writersName: readonly [vi: string, en: string]
  /** Root query fields that serve aggregates only (open to analysts, integrators and auditors). */
  aggregateFields: readonly string[]
  /** Root query fields of the audit log (auditors only; checked again by their resolvers). */
  auditFields: readonly string[]
  /** Types that carry victim-level data, with the reference of a record for the audit log. */
  victimTypes: Readonly<Record<string, (record: any) => string>>
}

interface GuardedContext { identity?: Identity; audit?: AuditTrail }

type Hook = (parent: any, ctx: GuardedContext, info: any) => void

/** Runs `before` ahead of the field's resolver, and `after` once it has produced its value. */
const wrap = (field: { resolve?: GraphQLFieldResolver<any, any> }, before: Hook, after?: Hook) => {
  const resolve = field.resolve ?? defaultFieldResolver
  field.resolve = (parent, args, ctx, info) => {
    before(parent, ctx as GuardedContext, info)
    const value = resolve(parent, args, ctx, info)
    if (!after) return value
    if (value instanceof Promise) return value.then((v) => { after(parent, ctx as GuardedContext, info); return v })
    after(parent, ctx as GuardedContext, info)
    return value
  }
}

function rootFieldOf(path: { prev: unknown; key: string | number }): string {
  let p = path
  while (p.prev) p = p.prev as typeof p
  return String(p.key)
}

export function applyAccessPolicy(schema: GraphQLSchema, policy: AccessPolicy): GraphQLSchema {
  const aggregates = new Set(policy.aggregateFields)
  const audit = new Set(policy.auditFields)
  for (const [name, field] of Object.entries(schema.getQueryType()?.getFields() ?? {})) {
    if (name.startsWith('_')) continue // _service, _entities: the gateway's federation plumbing
    wrap(field, (_p, { identity }) => {
      if (!identity) throw forbidden(name, 'thiếu danh tính đã xác thực', 'no verified identity')
      if (identity.role === 'auditor' && !aggregates.has(name) && !audit.has(name)) {
        throw forbidden(name, 'kiểm toán viên chỉ xem nhật ký truy cập và số liệu tổng hợp', 'auditors see the audit log and aggregates only')
      }
      if (PUBLISHED_ROLES.has(identity.role) && !aggregates.has(name)) {
        throw forbidden(name, 'vai trò này chỉ được xem số liệu tổng hợp', 'this role sees aggregates only, never individual records')
      }
      if (audit.has(name) && identity.role !== 'auditor') {
        throw forbidden(name, 'chỉ kiểm toán viên được xem nhật ký truy cập', 'only auditors may read the audit log')
      }
    })
  }
  for (const [name, field] of Object.entries(schema.getMutationType()?.getFields() ?? {})) {
    const writers = [...policy.writers, ...(policy.sharedMutations?.[name] ?? [])]
    wrap(field, (_p, { identity }) => assertWriter(identity, writers, name, ...policy.writersName))
  }
  for (const [typeName, refOf] of Object.entries(policy.victimTypes)) {
    const type = schema.getType(typeName)
    if (!isObjectTypeLike(type)) throw new Error(`access policy: ${typeName} is not an object type of this subgraph`)
    for (const [fieldName, field] of Object.entries(type.getFields())) {
      // a mutation (already limited to the owning agency's writers) returns what it wrote
      const writing = (info: any) => info.operation.operation === 'mutation'
      wrap(field, (_record, { identity }, info) => {
        if (!writing(info)) assertRecordReader(identity, `${typeName}.${fieldName}`)
      }, (record, { audit: trail }, info) => {
        // noted once served: a field its own resolver refused (a personal field) is not a read
        trail?.record(`${writing(info) ? 'write' : 'read'} ${rootFieldOf(info.path)}`, typeName, refOf(record), [fieldName])
      })
    }
  }
  return schema
}
