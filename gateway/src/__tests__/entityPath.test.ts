// The path the gateway signs for an entity fetch: field names from the root of the caller's
// operation, whatever aliases, fragments and list positions the response path carries.
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql'
import { describe, expect, it } from 'vitest'
import { entityPathOf } from '../datasources/entityPath.ts'

function pathIn(source: string, responsePath: (string | number)[]) {
  const doc = parse(source)
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!
  return entityPathOf(
    operation,
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION),
    responsePath,
  )
}

describe('entityPathOf', () => {
  it('names the fields the caller selected, from the root', () => {
    expect(pathIn('{ person(personRef: "a") { policeVictim { fullName } } }', ['person'])).toBe('person')
    expect(
      pathIn('{ criminalCases { edges { node { victims { policeVictim { fullName } } } } } }', ['criminalCases', 'edges', '@', 'node', 'victims', '@']),
    ).toBe('criminalCases.edges.node.victims')
    expect(pathIn('{ person(personRef: "a") { victimInCases { victims { personRef } } } }', ['person', 'victimInCases', 3, 'victims', 0])).toBe(
      'person.victimInCases.victims',
    )
    expect(pathIn('{ person(personRef: "a") { personRef } }', [])).toBe('')
  })

  it('sees through aliases and fragments: an alias cannot dress another path up as `person`', () => {
    expect(pathIn('{ who: person(personRef: "a") { ...P } } fragment P on Person { policeVictim { fullName } }', ['who'])).toBe('person')
    expect(pathIn('{ person: criminalCase(id: "c") { victims { policeVictim { fullName } } } }', ['person', 'victims', '@'])).toBe('criminalCase.victims')
    expect(
      pathIn('query { ... on Query { ...R } } fragment R on Query { person: supportCase(id: "s") { person { policeVictim { fullName } } } }', [
        'person',
        'person',
      ]),
    ).toBe('supportCase.person')
    expect(pathIn('{ person(personRef: "a") { personRef } }', ['nothing'])).toBeUndefined()
  })
})
