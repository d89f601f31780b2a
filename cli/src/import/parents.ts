// Parents' references → their ids, through the gateway as the caller (its scope and rules): each
// parent list query filtered by `{ externalRefs }`, 100 references per request; a reference no
// record answers is a problem of the row that gave it.
import { fail } from '../say.ts'
import type { GatewayConnection } from '../gateway.ts'
import type { ParentLookup } from './columns.ts'
import { setPath, type ImportRecord } from './records.ts'

const PAGE = 100

interface Edge {
  node: { id: string; externalRef: string | null }
}

/** The ids of the records of `parent.query` the references name (those found). */
export async function idsByReference(gateway: GatewayConnection, parent: ParentLookup, refs: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  const failed = (e: { message: string } | undefined) =>
    fail(
      `không tra được ${parent.nameVi} theo số hiệu: ${e?.message ?? ''}`,
      `cannot look ${parent.nameEn} references up through the gateway (${parent.query}): ${e?.message ?? 'no answer'}`,
    )
  if (parent.all) {
    const r = await gateway.graphql<Record<string, { id: string; externalRef: string | null }[]>>(`query { ${parent.query} { id externalRef } }`)
    if (!r.data) failed(r.errors?.[0])
    for (const n of r.data![parent.query] ?? []) if (n.externalRef) found.set(n.externalRef, n.id)
    return found
  }
  for (let i = 0; i < refs.length; i += PAGE) {
    const page = refs.slice(i, i + PAGE)
    const r = await gateway.graphql<Record<string, { edges: Edge[] } | null>>(
      `query ParentsByReference($refs: [String!]) { ${parent.query}(first: ${PAGE}, filter: { externalRefs: $refs }) { edges { node { id externalRef } } } }`,
      { refs: page },
    )
    const connection = r.data?.[parent.query]
    if (!connection) failed(r.errors?.[0])
    for (const e of connection!.edges) if (e.node.externalRef) found.set(e.node.externalRef, e.node.id)
  }
  return found
}

/** Replaces every record's parent references by ids (in its input), or notes the missing ones as problems. */
export async function resolveParents(gateway: GatewayConnection, records: ImportRecord[]): Promise<void> {
  const wanted = new Map<ParentLookup, Set<string>>()
  for (const r of records)
    for (const x of r.refs)
      for (const ref of x.refs) (wanted.get(x.column.parentRef!) ?? wanted.set(x.column.parentRef!, new Set()).get(x.column.parentRef!)!).add(ref)
  const ids = new Map<ParentLookup, Map<string, string>>()
  for (const [parent, refs] of wanted) ids.set(parent, await idsByReference(gateway, parent, [...refs]))
  for (const r of records) {
    for (const x of r.refs) {
      const parent = x.column.parentRef!
      const resolved = x.refs.map((ref, i) => {
        const id = ids.get(parent)?.get(ref)
        if (!id)
          r.problems.push({
            row: x.row,
            column: x.column.path,
            ...(x.column.list ? { position: i + 1 } : {}),
            reasonVi: `không tìm thấy ${parent.nameVi} có số hiệu này (trong phạm vi của người nhập)`,
            reasonEn: `no ${parent.nameEn} with this reference (within the caller's scope)`,
          })
        return id
      })
      setPath(r.input, x.column.field, x.column.list ? resolved : resolved[0])
    }
  }
}
