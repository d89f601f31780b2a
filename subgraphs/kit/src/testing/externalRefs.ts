// What every list query's filter by the agencies' own references (`filter.externalRefs`, NET-11)
// must do, checked the same way in each subgraph's tests: two references give exactly those two
// records, an unknown one none, 101 are refused naming the field, one statement serves any number
// of them, the other filter fields still narrow the answer and the access rules still refuse.
// biome-ignore-all lint/suspicious/noExplicitAny: connection answers are GraphQL JSON of any shape
import { MAX_EXTERNAL_REFS } from '../filters.ts'
import type { Identity } from '../identity/index.ts'
import { refusalProblems } from './queries.ts'
import { isAuditFlushStatement } from '../audit/turn.ts'
import type { GraphQLResult, TestSubgraph } from './subgraphHarness.ts'

export interface ExternalRefFilterCheck {
  /** The list query, e.g. `criminalCases`. */
  field: string
  /** Its filter's input type, e.g. `CriminalCaseFilter`. */
  filterType: string
  /** Another filter of the list that keeps some of its newest records and not others (e.g. a status). */
  narrowing: Record<string, unknown>
  /** Callers the access rules refuse this list (FORBIDDEN naming it), with or without the filter. */
  refused: readonly Identity[]
  /** Who reads the list (default: the subgraph's test officer). */
  reader?: Identity
}

/** The page size asked: every filtered answer fits in one page. */
const PAGE = 200
const sorted = (refs: string[]) => [...refs].sort()

/** What is wrong with how the list `field` filters by agency references (none: an empty list). */
export async function externalRefFilterProblems(
  sg: Pick<TestSubgraph<unknown>, 'execute' | 'statements'>,
  { field, filterType, narrowing, refused, reader }: ExternalRefFilterCheck,
): Promise<string[]> {
  const query = `query($f: ${filterType}) { ${field}(first: ${PAGE}, filter: $f) { totalCount edges { node { id externalRef } } } }`
  const ask = (f: Record<string, unknown> | null, as = reader) => sg.execute(query, { f }, as)
  const problems: string[] = []
  const refsOf = (r: GraphQLResult, what: string): string[] => {
    const list: any = r.data?.[field]
    if (r.errors || !list) {
      problems.push(`${field} ${what}: answered ${JSON.stringify(r.errors)}`)
      return []
    }
    const refs = list.edges.map((e: any) => e.node.externalRef as string)
    if (Math.min(list.totalCount, PAGE) !== refs.length) problems.push(`${field} ${what}: totalCount ${list.totalCount} for ${refs.length} records`)
    return refs
  }
  const newest = refsOf(await ask(null), 'without a filter').slice(0, 20)
  if (newest.length < 3) return [...problems, `${field}: fewer than 3 records to filter`]
  const two = [newest[2]!, newest[0]!]
  const twoAnswer = refsOf(await ask({ externalRefs: two }), 'by two references')
  if (sorted(twoAnswer).join() !== sorted(two).join()) problems.push(`${field} by two references: answered ${twoAnswer.length} other records`)
  for (const unknown of [['NO-SUCH-REF/1'], []]) {
    const got = refsOf(await ask({ externalRefs: unknown }), `by ${JSON.stringify(unknown)}`)
    if (got.length > 0) problems.push(`${field} by ${JSON.stringify(unknown)}: answered ${got.length} records`)
  }
  const tooMany = Array.from({ length: MAX_EXTERNAL_REFS + 1 }, (_, i) => `REF-${i}`)
  problems.push(...refusalProblems(await ask({ externalRefs: tooMany }), 'filter.externalRefs', `${field} by ${tooMany.length} references`))
  // one statement for the page (and one for its count) however many references are asked; the
  // audit log's statements (reads of victim-level records are noted) apart
  const statementsFor = async (refs: string[]) => {
    sg.statements.reset()
    refsOf(await ask({ externalRefs: refs }), `by ${refs.length} references`)
    return sg.statements.statements.filter((sql) => !isAuditFlushStatement(sql)).length
  }
  const [one, hundred] = [await statementsFor(two.slice(0, 1)), await statementsFor([...two, ...tooMany.slice(0, MAX_EXTERNAL_REFS - 2)])]
  if (one !== hundred || one > 2) problems.push(`${field}: ${one} statements for one reference, ${hundred} for ${MAX_EXTERNAL_REFS}`)
  // combined with another filter field: only the records matching both
  const narrowed = new Set(refsOf(await ask(narrowing), `by ${JSON.stringify(narrowing)}`))
  const want = newest.filter((ref) => narrowed.has(ref))
  if (want.length === 0 || want.length === newest.length) problems.push(`${field}: ${JSON.stringify(narrowing)} does not narrow the newest records`)
  const both = refsOf(await ask({ ...narrowing, externalRefs: newest }), 'by references and another field')
  if (sorted(both).join() !== sorted(want).join())
    problems.push(`${field} by references and ${JSON.stringify(narrowing)}: ${both.length} records, not ${want.length}`)
  for (const who of refused) {
    const r = await ask({ externalRefs: two }, who)
    const error = r.errors?.[0]?.extensions
    if (error?.code !== 'FORBIDDEN' || error.field !== field || r.data?.[field] != null) {
      problems.push(`${field} as ${who.agency} ${who.role}: not refused (${JSON.stringify(r.errors ?? r.data)})`)
    }
  }
  return problems
}
