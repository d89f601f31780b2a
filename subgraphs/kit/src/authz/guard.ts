// Applies the access policy (./policy.ts) to a subgraph's executable schema in one place, so no
// resolver can forget it:
// - root queries: analysts and integrators reach only the aggregate fields, auditors those and the
//   audit log; officers and supervisors everything;
// - mutations: only officers and supervisors of the owning agencies (and, for a mutation the
//   subgraph shares, of the agencies it names);
// - victim-level data needs a record reader with a declared purpose: every field of a victim-level
//   type, and every field that leads to one (a list, a connection with its cursors and totalCount,
//   a root query with its filters) is refused before anything is looked up; reads are noted in the
//   request's audit trail (record reference and field name, never the value);
// - a mutation answers without a purpose only with the records it created or changed (noted by
//   the subgraph with `AuditTrail.wrote`): a replay that changed nothing is a read like any other.
// biome-ignore-all lint/suspicious/noExplicitAny: the guard wraps every field's resolver of every subgraph: parents and infos of any type, from any copy of graphql
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLNamedType, type GraphQLOutputType, type GraphQLSchema } from 'graphql'
import { isObjectTypeLike } from '../graphqlTypes.ts'
import { forbidden } from '../errors.ts'
import type { AuditTrail } from '../audit/log.ts'
import type { Agency, Identity } from '../identity/claims.ts'
import { assertRecordReader, assertReleaser, assertWriter, PUBLISHED_ROLES, type ReleaseRule } from './policy.ts'

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
  /** Root query fields that release victim-level microdata, each for one agency's role and purposes only. */
  releaseFields?: Readonly<Record<string, ReleaseRule>>
  /** Types that carry victim-level data, with the reference of a record for the audit log. */
  victimTypes: Readonly<Record<string, (record: any) => string>>
}

/** The audit reference of a victim-level record named by its id (`AccessPolicy.victimTypes`). */
export const byId = (record: { id: string }) => record.id
/** The audit reference of a victim-level record about one person: the person reference. */
export const byPersonRef = (record: { personRef: string }) => record.personRef

interface GuardedContext {
  identity?: Identity
  audit?: AuditTrail
}

type Hook = (parent: any, ctx: GuardedContext, info: any) => void

/** Runs `before` ahead of the field's resolver, and `after` once it has produced its value. */
const wrap = (field: { resolve?: GraphQLFieldResolver<any, any> }, before: Hook, after?: Hook) => {
  const resolve = field.resolve ?? defaultFieldResolver
  field.resolve = (parent, args, ctx, info) => {
    before(parent, ctx as GuardedContext, info)
    const value = resolve(parent, args, ctx, info)
    if (!after) return value
    if (value instanceof Promise)
      return value.then((v) => {
        after(parent, ctx as GuardedContext, info)
        return v
      })
    after(parent, ctx as GuardedContext, info)
    return value
  }
}

function rootFieldOf(path: { prev: unknown; key: string | number }): string {
  let p = path
  while (p.prev) p = p.prev as typeof p
  return String(p.key)
}

/** The named type under lists and non-null (by structure: the schema may come from another copy of graphql). */
function namedTypeOf(type: GraphQLOutputType): GraphQLNamedType {
  let t: any = type
  while (t.ofType) t = t.ofType
  return t as GraphQLNamedType
}

/** A victim-level type, a list of one, or a connection of one (`edges { node }`). */
export function leadsToVictims(type: GraphQLOutputType, victimTypes: ReadonlySet<string>): boolean {
  const named = namedTypeOf(type)
  if (victimTypes.has(named.name)) return true
  if (!isObjectTypeLike(named)) return false
  const edge = named.getFields().edges && namedTypeOf(named.getFields().edges!.type)
  const node = isObjectTypeLike(edge) ? edge.getFields().node : undefined
  return node != null && victimTypes.has(namedTypeOf(node.type).name)
}

export function applyAccessPolicy(schema: GraphQLSchema, policy: AccessPolicy): GraphQLSchema {
  const aggregates = new Set(policy.aggregateFields)
  const audit = new Set(policy.auditFields)
  const victimTypes = new Set(Object.keys(policy.victimTypes))
  const writing = (info: any) => info.operation.operation === 'mutation'
  // fields of other types that lead to victim-level records: refused before they run (no query,
  // no count, no cursor); in a mutation the records themselves are checked (below)
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectTypeLike(type) || type.name.startsWith('_') || victimTypes.has(type.name) || type === schema.getMutationType()) continue
    for (const [fieldName, field] of Object.entries(type.getFields())) {
      if (fieldName.startsWith('_') || !leadsToVictims(field.type, victimTypes)) continue
      const label = type === schema.getQueryType() ? fieldName : `${type.name}.${fieldName}`
      wrap(field, (_p, { identity }, info) => {
        if (!writing(info)) assertRecordReader(identity, label)
      })
    }
  }
  // (wrapped first, so that the role checks of root fields below run before these)
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
      const release = policy.releaseFields?.[name]
      if (release) assertReleaser(identity, name, release)
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
      // a mutation returns without a read check only what it created or changed
      const written = (record: unknown, trail: AuditTrail | undefined, info: any) => writing(info) && !!trail?.hasWritten(refOf(record))
      wrap(
        field,
        (record, { identity, audit: trail }, info) => {
          if (!written(record, trail, info)) assertRecordReader(identity, `${typeName}.${fieldName}`)
        },
        (record, { audit: trail }, info) => {
          // noted once served: a field its own resolver refused (a personal field) is not a read
          const root = rootFieldOf(info.path)
          trail?.record(written(record, trail, info) ? `write ${root}` : `read ${trail.asked(root)}`, typeName, refOf(record), [fieldName])
        },
      )
    }
  }
  return schema
}
