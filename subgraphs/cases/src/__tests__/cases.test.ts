import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { connectionPages, seededSubgraphForBlock, testProviders } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'

const world = demoWorld(DEV_NETWORK_KEY)

describe.each(await testProviders())('cases subgraph on %s', (provider) => {
  const sg = seededSubgraphForBlock(subgraph, provider)

  it('pages through every criminal case once, newest first', async () => {
    const { pages, totalCount } = await connectionPages(sg, 'criminalCases', 7, 'cursor node { externalRef openedAt }')
    for (const dates of pages.map((page) => page.map((e) => e.node.openedAt))) expect([...dates].sort().reverse()).toEqual(dates)
    const seen: string[] = pages.flat().map((e) => e.node.externalRef)
    expect(totalCount).toBe(world.cases.length)
    expect(new Set(seen).size).toBe(world.cases.length)
    expect(seen.sort()).toEqual(world.cases.map((c) => c.externalRef).sort())
  })

  it('resolves CriminalCase and Person entities by key (_entities)', async () => {
    const c = world.cases[3]!
    const r: any = await sg.execute(
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on CriminalCase { id externalRef forms victims { personRef } }
      ... on Person { personRef sex victimInCases { id } } } }`,
      {
        reps: [
          { __typename: 'CriminalCase', id: c.id },
          { __typename: 'Person', personRef: c.victimRefs[0] },
          { __typename: 'CriminalCase', id: 'no-such-case' },
        ],
      },
    )
    expect(r.errors).toBeUndefined()
    const [found, person, missing] = r.data._entities
    expect(found.externalRef).toBe(c.externalRef)
    expect(found.forms.sort()).toEqual([...c.forms].sort())
    expect(found.victims.map((v: any) => v.personRef).sort()).toEqual([...c.victimRefs].sort())
    expect(person.personRef).toBe(c.victimRefs[0])
    expect(person.victimInCases.map((x: any) => x.id)).toContain(c.id)
    expect(missing).toBeNull()
    const r2: any = await sg.execute(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { knownToPolice sex victimInCases { id } } } }',
      { reps: [{ __typename: 'Person', personRef: 'e'.repeat(64) }] },
    )
    expect(r2.data._entities[0]).toEqual({ knownToPolice: false, sex: null, victimInCases: [] })
  })

  it('batches entity and relation fetches: the same SQL count for 1 and for 40 cases', async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on CriminalCase { id forms victims { personRef sex victimInCases { id externalRef } } } } }`
    // the single case has a victim who is also in another case, so both runs take the same
    // three rounds (cases, their victims, the victims' other cases): only the row counts differ
    const shared = world.cases.find((c) => c.victimRefs.some((v) => world.cases.some((o) => o !== c && o.victimRefs.includes(v))))!
    const others = world.cases.filter((c) => c !== shared)
    const run = async (n: number) => {
      const reps = [shared, ...others.slice(0, n - 1)].map((c) => ({ __typename: 'CriminalCase', id: c.id }))
      sg.statements.reset()
      const r: any = await sg.execute(query, { reps })
      expect(r.errors).toBeUndefined()
      expect(r.data._entities.filter(Boolean)).toHaveLength(n)
      return sg.statements.count
    }
    const one = await run(1)
    const many = await run(40)
    expect(one).toBeGreaterThan(0)
    expect(many).toBe(one)
  })

  it('refuses a bad page size and a forged cursor with BAD_USER_INPUT naming the field', async () => {
    const tooMany: any = await sg.execute('{ criminalCases(first: 500) { totalCount } }')
    expect(tooMany.errors[0].extensions.code).toBe('BAD_USER_INPUT')
    expect(tooMany.errors[0].extensions.field).toBe('first')
    const forged: any = await sg.execute('{ criminalCases(after: "bm90LWEtY3Vyc29y") { totalCount } }')
    expect(forged.errors[0].extensions.code).toBe('BAD_USER_INPUT')
    expect(forged.errors[0].extensions.field).toBe('after')
    expect(forged.errors[0].message).toMatch(/after: con trỏ không hợp lệ \/ invalid cursor/)
  })

  it('seeding twice changes nothing (idempotent by external reference)', async () => {
    await subgraph.seedDemo!(sg.db, DEV_NETWORK_KEY)
    expect(await sg.db.criminalCase.count()).toBe(world.cases.length)
  })
})
