// Every statistics section of the police is declared with the kit's defineSection, and every field
// it declares is in the served SDL with its definition ("Vietnamese — English").
import { buildSchema } from 'graphql'
import { describe, expect, it } from 'vitest'
import { sectionDefinitionProblems } from '@lienthong/kit'
import { subgraphSdl } from '@lienthong/schema'
import { SUBGRAPH_DIR } from '../server.ts'
import { SECTIONS } from '../statistics/index.ts'

// The served SDL built with this module's graphql: the kit's check uses graphql's `isObjectType`,
// which refuses the types of a schema built by @apollo/subgraph (another copy of graphql).
const schema = buildSchema(subgraphSdl(SUBGRAPH_DIR), { assumeValidSDL: true })

describe('police statistics sections', () => {
  it('declare only fields of the schema, each defined in Vietnamese and English', () => {
    expect(sectionDefinitionProblems(schema, SECTIONS)).toEqual([])
    expect(SECTIONS.flatMap((s) => s.fields)).toEqual(
      expect.arrayContaining(['PoliceStatistics.personsRescued', 'ProvincialStatistics.kpis', 'VictimStatistics.byAgency', 'JusticeFunnel.convicted']),
    )
  })

  it('would name a declared field without a bilingual definition', () => {
    const bare = buildSchema('type PoliceStatistics { "Người được giải cứu" personsRescued: Int }')
    expect(sectionDefinitionProblems(bare, SECTIONS)).toContain('PoliceStatistics.personsRescued: no "Vietnamese — English" definition')
  })
})
