// The network end to end: the gateway over real HTTP in front of the four subgraphs over real
// HTTP, on SQLite and on PostgreSQL, with the demo world seeded in each agency's database.
import { describe, expect, it } from 'vitest'
import { composeServices } from '@apollo/composition'
import { parse } from 'graphql'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { testProviders } from '@lienthong/kit/testing'
import { subgraphDir, subgraphSdl } from '@lienthong/schema'
import { onlyApollo, startNetwork } from '../network.ts'
import { useNetwork } from '../sharedNetwork.ts'

const world = demoWorld(DEV_NETWORK_KEY)

describe.each(await testProviders())('federated network on %s', (provider) => {
  const { net } = useNetwork(provider)

  it.skipIf(onlyApollo("/health with each subgraph is our gateway's"))('reports the gateway and every subgraph healthy on /health', async () => {
    const res = await fetch(new URL('/health', net.gatewayUrl))
    const body: any = await res.json()
    expect(res.status).toBe(200)
    expect(body.status).toBe('ok')
    expect(Object.keys(body.subgraphs).sort()).toEqual(['border', 'cases', 'prosecutions', 'support'])
    for (const s of Object.values<any>(body.subgraphs)) expect(s.status).toBe('ok')
  })

  it('follows one case across all four agencies in one query', async () => {
    // a case whose procuracy file exists and one of whose victims is known to support and border
    const supported = new Set(world.supportCases.map((s) => s.personRef))
    const atBorder = new Set(world.borderIncidents.flatMap((i) => i.persons.map((p) => p.personRef)))
    const filed = new Map(world.procuracyFiles.map((f) => [f.caseId, f]))
    const c = world.cases.find((x) => filed.has(x.id) && x.victimRefs.some((v) => supported.has(v) && atBorder.has(v)))!
    expect(c).toBeDefined()
    const { status, body } = await net.query(
      `query($id: ID!) { criminalCase(id: $id) {
      externalRef
      procuracyFile { externalRef status }
      victims { personRef sex supportCases { externalRef facility } borderIncidents { externalRef placeType } }
    } }`,
      { id: c.id },
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    const got = body.data.criminalCase
    expect(got.externalRef).toBe(c.externalRef)
    expect(got.procuracyFile.externalRef).toBe(filed.get(c.id)!.externalRef)
    expect(got.victims.map((v: any) => v.personRef).sort()).toEqual([...c.victimRefs].sort())
    for (const v of got.victims) {
      expect(v.supportCases.map((s: any) => s.externalRef).sort()).toEqual(
        world.supportCases
          .filter((s) => s.personRef === v.personRef)
          .map((s) => s.externalRef)
          .sort(),
      )
      expect(v.borderIncidents.map((i: any) => i.externalRef).sort()).toEqual(
        world.borderIncidents
          .filter((i) => i.persons.some((p) => p.personRef === v.personRef))
          .map((i) => i.externalRef)
          .sort(),
      )
    }
  })

  it('starts from Social Affairs and reaches the police cases of the same person', async () => {
    const { body } = await net.query(
      '{ supportCases(first: 200) { totalCount edges { node { externalRef person { personRef victimInCases { externalRef } } } } } }',
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.supportCases.totalCount).toBe(world.supportCases.length)
    for (const { node } of body.data.supportCases.edges) {
      const expected = world.cases
        .filter((c) => c.victimRefs.includes(node.person.personRef))
        .map((c) => c.externalRef)
        .sort()
      expect(node.person.victimInCases.map((c: any) => c.externalRef).sort()).toEqual(expected)
    }
    // some supported persons have no police record at all: the network still serves them
    expect(body.data.supportCases.edges.some((e: any) => e.node.person.victimInCases.length === 0)).toBe(true)
  })

  it('answers bad input through the gateway with the subgraph typed error', async () => {
    const { body } = await net.query('{ borderIncidents(first: 1000) { totalCount } }')
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' })
    expect(JSON.stringify(body.errors)).not.toMatch(/stack|at .*\.ts:\d+/)
  })

  it('bounds query depth and aliases at the gateway before any subgraph is called', async () => {
    const nest = (n: number): string => (n === 0 ? 'id' : `victims { victimInCases { ${nest(n - 1)} } }`)
    const deep = await net.query(`{ criminalCases(first: 1) { edges { node { ${nest(5)} } } } }`)
    expect(deep.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/depth limit of 12 exceeded/i),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    })
    const ok = await net.query(`{ criminalCases(first: 1) { edges { node { ${nest(4)} } } } }`)
    expect(ok.body.errors).toBeUndefined()
    const aliases = await net.query(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: criminalCases(first: 1) { totalCount }`).join(' ')} }`)
    expect(aliases.body.errors?.[0].message).toMatch(/Aliases limit of 30 exceeded, found 31/)
  })

  it('serves nothing without a valid token: 401 saying what to fix', async () => {
    const none = await net.query('{ criminalCases(first: 1) { totalCount } }', undefined, { authorization: '' })
    expect(none.status).toBe(401)
    expect(none.body.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/missing token: send "Authorization: Bearer <token>"/),
    })
    const forged = await net.query('{ criminalCases(first: 1) { totalCount } }', undefined, { authorization: `Bearer ${(await net.token()).slice(0, -4)}AAAA` })
    expect(forged.status).toBe(401)
    expect(forged.body.errors?.[0].message).toMatch(/the token is not valid/)
    const expired = await net.query('{ criminalCases(first: 1) { totalCount } }', undefined, { authorization: `Bearer ${await net.token(undefined, -60)}` })
    expect(expired.status).toBe(401)
    expect(expired.body.errors?.[0].message).toMatch(/the token has expired/)
    expect(forged.body.data ?? null).toBeNull()
  })

  it('subgraphs refuse requests that did not come signed from the gateway', async () => {
    const op = { query: '{ criminalCases(first: 1) { totalCount } }' }
    const post = (headers: Record<string, string>, body: object = op) =>
      fetch(net.subgraphUrls.cases, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
    const direct = await post({ authorization: `Bearer ${await net.token()}` })
    expect(direct.status).toBe(401)
    expect(((await direct.json()) as any).errors[0].message).toMatch(/request not signed by the gateway/)
    // a signature made for another operation (or replayed with a changed query) is refused
    const signed = net.gatewaySignature({ sub: 'x', agency: 'police', role: 'officer', unit: '99' }, op)
    const tampered = await post({}, { ...signed, query: '{ criminalCases(first: 200) { totalCount } }' })
    expect(tampered.status).toBe(401)
    expect(((await tampered.json()) as any).errors[0].message).toMatch(/does not match this request/)
    const genuine = await post({}, signed)
    expect(genuine.status).toBe(200)
  })

  it('limits each token to its rate, with 429 and Retry-After, without slowing other tokens', async () => {
    const limited = await startNetwork(provider, { seed: false, rateLimit: { limit: 3, windowMs: 60_000 } })
    try {
      const q = '{ criminalCases(first: 1) { totalCount } }'
      for (let i = 0; i < 3; i++) expect((await limited.query(q)).status).toBe(200)
      const refused = await limited.query(q)
      expect(refused.status).toBe(429)
      expect(refused.body.errors?.[0].extensions.code).toBe('RATE_LIMITED')
      const other = await limited.query(q, undefined, {
        authorization: `Bearer ${await limited.token({ sub: 'someone-else', agency: 'court', role: 'officer', unit: '99' })}`,
      })
      expect(other.status).toBe(200)
    } finally {
      await limited.stop()
    }
  })

  it('serves any Federation 2 supergraph given to it (here: Social Affairs + Border Guard only)', async () => {
    const composed = composeServices(
      (['support', 'border'] as const).map((name) => ({ name, typeDefs: parse(subgraphSdl(subgraphDir(name))), url: 'http://127.0.0.1:1/graphql' })),
    )
    expect(composed.errors).toBeUndefined()
    const small = await startNetwork(provider, { only: ['support', 'border'], supergraphSdl: composed.supergraphSdl! })
    try {
      const { body } = await small.query('{ supportCases(first: 3) { edges { node { externalRef person { personRef borderIncidents { externalRef } } } } } }')
      expect(body.errors).toBeUndefined()
      expect(body.data.supportCases.edges).toHaveLength(3)
      const denied = await small.query('{ criminalCases(first: 1) { totalCount } }')
      expect(denied.body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED')
    } finally {
      await small.stop()
    }
  })

  it.skipIf(onlyApollo("/health with each subgraph is our gateway's"))('reports a stopped subgraph as down on /health', async () => {
    const partial = await startNetwork(provider, { seed: false })
    try {
      await partial.stopSubgraph('border')
      const body: any = await (await fetch(new URL('/health', partial.gatewayUrl))).json()
      expect(body.status).toBe('degraded')
      expect(body.subgraphs.border.status).toBe('down')
      expect(body.subgraphs.cases.status).toBe('ok')
    } finally {
      await partial.stop()
    }
  })
})
