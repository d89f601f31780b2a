// Where a subgraph request's entities sit in the caller's operation, by field names from the root
// (`person`, `criminalCases.edges.node.victims`): the gateway's query plan knows the response path
// of each fetch (aliases, list positions); this maps it back to the fields the caller selected, so
// the subgraph that owns the data can serve something on one path only (NET-12: a referral's grant
// on `person(personRef) { policeVictim }`). Signed with the forwarded identity.
import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql'

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>

/** The selection sets of the fields answering to `responseKey` in `sets` (through fragments), with their field name. */
function fieldsAt(sets: readonly SelectionSetNode[], responseKey: string, fragments: Fragments): { name: string | null; sets: SelectionSetNode[] } {
  let name: string | null = null
  const found: SelectionSetNode[] = []
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === responseKey) {
        name = s.name.value // a valid operation answers one response key with one field
        if (s.selectionSet) found.push(s.selectionSet)
      } else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet, seen)
      else if (s.kind === Kind.FRAGMENT_SPREAD && !seen.has(s.name.value)) {
        const f = fragments.get(s.name.value)
        if (f) visit(f.selectionSet, new Set(seen).add(s.name.value))
      }
    }
  }
  for (const set of sets) visit(set, new Set())
  return { name, sets: found }
}

/**
 * The field-name path of `responsePath` (keys of the response; list positions as numbers or "@")
 * in `operation`, or undefined when a key is not one of its fields (nothing is then claimed).
 */
export function entityPathOf(
  operation: OperationDefinitionNode,
  fragmentList: readonly FragmentDefinitionNode[],
  responsePath: readonly (string | number)[],
): string | undefined {
  const fragments = new Map(fragmentList.map((f) => [f.name.value, f]))
  let sets: SelectionSetNode[] = [operation.selectionSet]
  const names: string[] = []
  for (const key of responsePath) {
    if (typeof key === 'number' || key === '@' || /^\d+$/.test(key)) continue
    const at = fieldsAt(sets, key, fragments)
    if (at.name == null) return undefined
    names.push(at.name)
    sets = at.sets
  }
  return names.join('.')
}
