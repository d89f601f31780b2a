// NET-12 / NET-9 attacks on the identity the gateway forwards, over real HTTP: a signed subgraph
// request captured on the wire (here by a recording proxy the gateway sends the police subgraph's
// requests through) cannot be replayed, nor changed (query, variables, identity, purpose), nor sent
// to another subgraph; a signature stale, dated in the future beyond the clock skew, made with
// another subgraph's secret, or missing is refused; a user's token that lives longer than allowed
// is refused at the gateway; and the audit log names the client's operation, not the gateway's
// `_entities` plumbing. Runs against either gateway (LT_TEST_GATEWAY=hive: Hive Gateway).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_SIGNATURE_AGE_MS, MAX_SIGNATURE_SKEW_MS, SIGNATURE_EXTENSION, type Identity } from '@lienthong/kit/identity'
import { testProviders } from '@lienthong/kit/testing'
import { DEFAULT_CALLER, startNetwork, TEST_OFFICERS, type TestNetwork } from '../network.ts'

interface Captured {
  headers: IncomingHttpHeaders
  body: string
}

/** An HTTP proxy that records every request it forwards (what a wiretap between gateway and subgraph sees). */
async function recordingProxy() {
  const captured: Captured[] = []
  let target = ''
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8')
      captured.push({ headers: req.headers, body })
      const headers: Record<string, string> = {}
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)) headers[k] = v
      const answer = await fetch(target, { method: 'POST', headers, body })
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' })
      res.end(await answer.text())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    captured,
    forwardTo: (url: string) => {
      target = url
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Sends a request body straight to a subgraph, bypassing the gateway. */
async function direct(url: string, body: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as any }
}

describe.each(await testProviders())('attacks on the forwarded identity on %s', (provider) => {
  let net: TestNetwork
  let proxy: Awaited<ReturnType<typeof recordingProxy>>
  beforeAll(async () => {
    proxy = await recordingProxy()
    net = await startNetwork(provider, { gatewayRoutes: { cases: proxy.url } })
    proxy.forwardTo(net.subgraphUrls.cases)
  }, 600_000)
  afterAll(async () => {
    await net?.stop()
    await proxy?.close()
  })

  it('refuses a captured signed request replayed to the subgraph, however often', async () => {
    proxy.captured.length = 0
    const { body } = await net.query('{ policeVictims(first: 3) { totalCount edges { node { externalRef fullName } } } }')
    expect(body.errors).toBeUndefined()
    const wire = proxy.captured.find((c) => c.body.includes('policeVictims'))!
    expect(JSON.parse(wire.body).extensions[SIGNATURE_EXTENSION]).toBeTruthy()
    for (let attempt = 1; attempt <= 2; attempt++) {
      const replay = await direct(net.subgraphUrls.cases, wire.body)
      expect(replay.status, `replay ${attempt}`).toBe(401)
      expect(replay.body.errors[0].extensions.code).toBe('UNAUTHENTICATED')
      expect(replay.body.errors[0].message).toMatch(/already received/)
      expect(replay.body.data ?? null).toBeNull()
    }
    // the gateway itself signs every request afresh: the same query again is answered
    expect((await net.query('{ policeVictims(first: 3) { totalCount } }')).body.errors).toBeUndefined()
  })

  it('accepts a signed request once, and none dated in the future beyond a small clock skew', async () => {
    const op = { query: '{ policeVictims(first: 1) { totalCount } }' }
    const caller: Identity = TEST_OFFICERS.police
    const once = net.gatewaySignature(caller, op)
    expect((await direct(net.subgraphUrls.cases, once)).status).toBe(200)
    expect((await direct(net.subgraphUrls.cases, once)).status).toBe(401)
    // half a minute ahead: within the old ±60 s window, far beyond the skew allowed now
    const ahead = net.gatewaySignature(caller, op, Date.now() + 30_000)
    const future = await direct(net.subgraphUrls.cases, ahead)
    expect(future.status).toBe(401)
    expect(future.body.errors[0].message).toMatch(/dated in the future/)
    const skewed = net.gatewaySignature(caller, op, Date.now() + MAX_SIGNATURE_SKEW_MS / 2)
    expect((await direct(net.subgraphUrls.cases, skewed)).status).toBe(200)
  })

  it('refuses a signed request changed in its query, variables or identity, stale, signed for another subgraph, or unsigned', async () => {
    const op = { query: 'query($n: Int) { policeVictims(first: $n) { totalCount } }', variables: { n: 1 } }
    const caller: Identity = { ...TEST_OFFICERS.police, purpose: 'investigation' }
    const refused = async (body: unknown, reason: RegExp) => {
      const res = await direct(net.subgraphUrls.cases, body)
      expect(res.status).toBe(401)
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED')
      expect(res.body.errors[0].message).toMatch(reason)
      expect(res.body.data ?? null).toBeNull()
    }
    const signed = net.gatewaySignature(caller, op)
    const { jwt, lt } = signed.extensions as { jwt: { payload: Record<string, unknown> }; lt: Record<string, unknown> }
    await refused({ ...signed, query: '{ policeVictims(first: 500) { totalCount edges { node { fullName } } } }' }, /does not match/)
    await refused({ ...signed, variables: { n: 500 } }, /does not match/)
    await refused({ ...signed, extensions: { ...signed.extensions, jwt: { payload: { ...jwt.payload, role: 'supervisor', unit: '99' } } } }, /does not match/)
    await refused({ ...signed, extensions: { ...signed.extensions, lt: { ...lt, purpose: 'audit' } } }, /does not match/)
    await refused(net.gatewaySignature(caller, op, Date.now() - MAX_SIGNATURE_AGE_MS - 5_000), /stale/)
    await refused(net.gatewaySignature(caller, op, Date.now() + 60_000), /dated in the future/)
    // a compromised Social Affairs subgraph holds its own secret only: nothing it signs reaches the police
    await refused(net.gatewaySignature(caller, op, undefined, 'support'), /does not match/)
    const { [SIGNATURE_EXTENSION]: _, ...unsignedExtensions } = signed.extensions
    await refused({ ...signed, extensions: unsignedExtensions }, /not signed by the gateway/)
    await refused(op, /not signed by the gateway/)
    // the untouched request is still accepted (none of the above used its single-use id)
    expect((await direct(net.subgraphUrls.cases, signed)).status).toBe(200)
  })

  it('refuses a user token that lives longer than the configured maximum (12 h by default)', async () => {
    const send = async (token: string) =>
      fetch(net.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': 'investigation' },
        body: JSON.stringify({ query: '{ criminalCases(first: 1) { totalCount } }' }),
      })
    const dayLong = await send(await net.token(DEFAULT_CALLER, 24 * 3600))
    expect(dayLong.status).toBe(401)
    const refused = (await dayLong.json()) as any
    expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED')
    expect(refused.errors[0].message).toMatch(/lives longer than the 43200 s allowed/)
    expect((await send(await net.token(DEFAULT_CALLER, 12 * 3600))).status).toBe(200)
  })

  it("names the client's operation in the audit log, also where a subgraph answered the gateway's _entities", async () => {
    const auditor = await net.as({ sub: 'identity-auditor', agency: 'police', role: 'auditor', unit: '99' })
    const log = async () =>
      (await auditor('{ policeAuditLog(first: 500) { entries { operation recordType fields } } }')).body.data.policeAuditLog.entries as any[]
    const before = (await log()).length
    proxy.captured.length = 0
    // Social Affairs' cases, and the police record of each person behind them (fetched from the police by _entities)
    const { body } = await net.query('query ReviewSupport { supportCases(first: 3) { edges { node { facility person { personRef sex citizenship } } } } }')
    expect(body.errors).toBeUndefined()
    expect(proxy.captured.some((c) => c.body.includes('_entities'))).toBe(true)
    const entries = (await log()).slice(before)
    expect(entries.length).toBeGreaterThan(0)
    for (const e of entries) expect(e.operation).toBe('read ReviewSupport: supportCases')
    expect(entries.find((e) => e.recordType === 'Person')?.fields).toEqual(expect.arrayContaining(['sex', 'citizenship']))
  })
})
