import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { seededSubgraphForBlock, testProviders } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'

const { supportCases } = demoWorld(DEV_NETWORK_KEY)

describe.each(await testProviders())('support subgraph on %s', (provider) => {
  const sg = seededSubgraphForBlock(subgraph, provider)

  it('extends Person with their support cases, by reference only', async () => {
    const s = supportCases[0]!
    const r: any = await sg.execute(
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Person { personRef supportCases { externalRef facility person { personRef } } } } }`,
      {
        reps: [
          { __typename: 'Person', personRef: s.personRef },
          { __typename: 'Person', personRef: 'f'.repeat(64) },
        ],
      },
    )
    expect(r.errors).toBeUndefined()
    const [known, unknown] = r.data._entities
    expect(known.supportCases.map((x: any) => x.externalRef)).toEqual(supportCases.filter((x) => x.personRef === s.personRef).map((x) => x.externalRef))
    expect(known.supportCases[0].person.personRef).toBe(s.personRef)
    expect(unknown).toEqual({ personRef: 'f'.repeat(64), supportCases: [] })
  })

  it('batches: the same SQL count for the support cases of 1 and of 40 persons', async () => {
    const run = async (n: number) => {
      sg.statements.reset()
      const r: any = await sg.execute('query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { supportCases { id } } } }', {
        reps: supportCases.slice(0, n).map((s) => ({ __typename: 'Person', personRef: s.personRef })),
      })
      expect(r.errors).toBeUndefined()
      return sg.statements.count
    }
    expect(await run(40)).toBe(await run(1))
  })

  it('resolves SupportCase by key and lists them with a cursor connection', async () => {
    const r: any = await sg.execute('query($reps: [_Any!]!) { _entities(representations: $reps) { ... on SupportCase { externalRef } } }', {
      reps: [{ __typename: 'SupportCase', id: supportCases[2]!.id }],
    })
    expect(r.data._entities[0].externalRef).toBe(supportCases[2]!.externalRef)
    const list: any = await sg.execute('{ supportCases(first: 3) { totalCount edges { node { id } } pageInfo { hasNextPage } } }')
    expect(list.data.supportCases).toMatchObject({ totalCount: supportCases.length, pageInfo: { hasNextPage: true } })
  })
})
