// What the write tests of every subgraph share: each mutation of its SDL as an operation to send,
// and what they read back from the audit log — where its head is, the entries appended since (the
// operation, the record type, the references and the field names, as stored), and a write run
// together with the entries it appended.
import { print } from 'graphql'
import { auditStoreOf, fromRow } from '../audit/log.ts'
import type { Identity } from '../identity/index.ts'
import { subgraphTypeDefs } from '../server.ts'
import { rootFieldsOf } from './access.ts'
import type { SubgraphUnderTest } from './underTest.ts'

/**
 * The mutations of the subgraph in `subgraphDir` that take one `input`, as operations:
 * `writeOf(name, selection)` is `mutation($input: <its input type>) { name(input: $input) { selection } }`.
 */
export function mutationsOf(subgraphDir: string) {
  const inputTypes = new Map(
    rootFieldsOf(subgraphTypeDefs(subgraphDir), 'Mutation').flatMap((f) => {
      const input = f.arguments?.find((a) => a.name.value === 'input')
      return input ? [[f.name.value, print(input.type)] as const] : []
    }),
  )
  return (name: string, selection = 'id') => {
    const type = inputTypes.get(name)
    if (!type) throw new Error(`the SDL of ${subgraphDir} declares no mutation ${name}(input: …)`)
    return `mutation($input: ${type}) { ${name}(input: $input) { ${selection} } }`
  }
}

/** An audit entry as the tests compare it: no time, actor or chain fields. */
export interface Noted {
  operation: string
  recordType: string
  recordRefs: string[]
  fields: string[]
}

/** The sequence number of the last audit entry of `db` (0 for an empty log). */
export const auditHead = async (db: object): Promise<number> =>
  (await auditStoreOf(db).findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } }))?.seq ?? 0

/** The audit entries of `db` appended after `seq`, in order. */
export const notedSince = async (db: object, seq: number): Promise<Noted[]> =>
  (await auditStoreOf(db).findMany({ orderBy: { seq: 'asc' }, where: { seq: { gt: seq } } }))
    .map(fromRow)
    .map(({ operation, recordType, recordRefs, fields }) => ({ operation, recordType, recordRefs, fields }))

/** Runs a write that must succeed; answers the value of its root field and the audit entries it appended. */
export async function auditedWrite(sg: SubgraphUnderTest<object>, query: string, variables: Record<string, unknown>, identity?: Identity) {
  const mark = await auditHead(sg.db)
  const data = await sg.ok(query, variables, identity)
  return { data: Object.values(data as object)[0], noted: await notedSince(sg.db, mark) }
}

/** A model whose records carry a `version` (a Prisma delegate). */
interface VersionedRecords {
  // biome-ignore lint/suspicious/noExplicitAny: any Prisma delegate's unique filter
  findUnique(args: { where: any; select: { version: true } }): PromiseLike<{ version: number } | null>
}

/** The version of a record as a client reads it before changing it (1 when there is none: the change is then refused for another reason). */
export const readVersion = async (model: VersionedRecords, where: object): Promise<number> =>
  (await model.findUnique({ where, select: { version: true } }))?.version ?? 1
