// The integrators' path through a browser and the guide: every GraphQL and HTTP example of
// docs/integrators.md runs against the network; CORS answers only the configured origins (CSRF
// prevention kept); development tokens and the self-hosted explorer; the published report
// operation is what the supergraph gives.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync as read } from 'node:fs'
import { createGateway } from '@lienthong/gateway'
import { DEFAULT_SUPERGRAPH_PATH, gatewayConfig } from '@lienthong/gateway/config'
import { renderReportOperation, REPORT_OPERATION_PATH } from '@lienthong/gateway/reportOperation'
import { startNetwork, type Query, type TestNetwork, onlyApollo } from '../network.ts'

const GUIDE = fileURLToPath(new URL('../../../docs/integrators.md', import.meta.url))
const ORIGIN = 'https://dashboard.tinh.example'
const INTEGRATOR = { sub: 'test-integrator', agency: 'steering_committee', role: 'integrator', unit: '99' } as const

/** The fenced blocks of a language in the guide. */
const blocks = (lang: string) => [...readFileSync(GUIDE, 'utf8').matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!.trim())

let net: TestNetwork
let base: string
let integrator: Query
beforeAll(async () => {
  net = await startNetwork('sqlite', { corsOrigins: [ORIGIN], development: true })
  base = net.gatewayUrl.replace(/\/graphql$/, '')
  integrator = await net.as(INTEGRATOR)
})
afterAll(() => net?.stop())

describe.skipIf(onlyApollo("development tokens, the explorer, CORS settings and export routes are our gateway's"))('docs/integrators.md', () => {
  const graphql = blocks('graphql')
  it('has the examples of the common dashboards', () => {
    expect(graphql.map((q) => /query (\w+)/.exec(q)?.[1])).toEqual(['Kpis', 'VictimBreakdowns', 'Trend', 'Funnel', 'Campaign', 'Compliance'])
  })

  it.each(graphql.map((q) => [/query (\w+)/.exec(q)![1]!, q]))('example %s runs as an integrator without errors', async (_name, query) => {
    const { status, body } = await integrator(query)
    expect(body.errors).toBeUndefined()
    expect(status).toBe(200)
    expect(body.data).toBeTruthy()
  })

  it('the breakdowns example shows protected cells as the guide says', async () => {
    const { body } = await integrator(graphql[1]!)
    const cells = Object.values(body.data.provincialStatistics.victims).filter(Array.isArray).flat() as { count: number | null; suppressed: boolean }[]
    expect(cells.some((c) => c.suppressed)).toBe(true)
    for (const c of cells) if (c.suppressed) expect(c.count).toBeNull()
  })

  it.each(blocks('http').map((b) => [b]))('%s answers', async (line) => {
    const path = /^GET (\S+)$/.exec(line)![1]!
    const res = await fetch(`${base}${path}`, path.startsWith('/dev/') ? {} : { headers: { authorization: `Bearer ${await net.token(INTEGRATOR)}` } })
    expect(res.status).toBe(200)
    if (path.startsWith('/reports/')) expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="bao-cao-/)
    else {
      const { token } = (await res.json()) as { token: string }
      const answer = await fetch(net.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: graphql[0] }),
      })
      expect(((await answer.json()) as { data: unknown }).data).toBeTruthy()
    }
  })

  it('publishes the full report operation as generated from the supergraph (npm run codegen)', async () => {
    expect(readFileSync(REPORT_OPERATION_PATH, 'utf8')).toBe(renderReportOperation())
    const query = readFileSync(REPORT_OPERATION_PATH, 'utf8')
    const { body } = await integrator(query, { period: { kind: 'QUARTER', year: 2024, index: 3 }, unitCode: '99' })
    expect(body.errors).toBeUndefined()
    expect(body.data.provincialStatistics.kpis).toHaveLength(5)
  })
})

describe.skipIf(onlyApollo("development tokens, the explorer, CORS settings and export routes are our gateway's"))('browsers of other origins (CORS)', () => {
  const preflight = (origin: string) =>
    fetch(net.gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    })

  it('answers the preflight of a configured origin and lets it read answers and export file names', async () => {
    const res = await preflight(ORIGIN)
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization')
    expect(res.headers.get('access-control-allow-headers')).toContain('x-purpose-of-use')
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
    const { status, body } = await integrator(blocks('graphql')[0]!, undefined, { origin: ORIGIN })
    expect(status).toBe(200)
    expect(body.data).toBeTruthy()
    const answer = await fetch(net.gatewayUrl, {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/json', authorization: `Bearer ${await net.token(INTEGRATOR)}` },
      body: '{"query":"{ __typename }"}',
    })
    expect(answer.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(answer.headers.get('access-control-expose-headers')).toContain('content-disposition')
  })

  it('refuses the preflight of any other origin and gives its answers no CORS header', async () => {
    const res = await preflight('https://evil.example')
    expect(res.status).toBe(403)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    const answer = await fetch(net.gatewayUrl, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json', authorization: `Bearer ${await net.token(INTEGRATOR)}` },
      body: '{"query":"{ __typename }"}',
    })
    expect(answer.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('keeps CSRF prevention: a simple cross-site form POST is refused before anything runs', async () => {
    const res = await fetch(net.gatewayUrl, {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'text/plain', authorization: `Bearer ${await net.token(INTEGRATOR)}` },
      body: '{"query":"{ __typename }"}',
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toMatch(/CSRF|preflight/i)
  })
})

describe.skipIf(onlyApollo("development tokens, the explorer, CORS settings and export routes are our gateway's"))('development helpers', () => {
  it('issues development tokens that the gateway accepts, and refuses a bad agency naming it', async () => {
    const res = await fetch(`${base}/dev/token?agency=steering_committee&role=analyst&unit=994`)
    expect(res.status).toBe(200)
    const { token, identity } = (await res.json()) as { token: string; identity: Record<string, string> }
    expect(identity).toMatchObject({ agency: 'steering_committee', role: 'analyst', unit: '994' })
    const bad = await fetch(`${base}/dev/token?agency=mafia&role=analyst&unit=99`)
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('agency')
    const answer = await fetch(net.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query":"{ __typename }"}',
    })
    expect(answer.status).toBe(200)
  })

  it('serves the explorer from its own files (no CDN); its requests still need a token', async () => {
    const page = await fetch(`${base}/explorer`)
    expect(page.status).toBe(200)
    const html = await page.text()
    for (const src of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      expect(src[1]!.startsWith('/explorer/'), src[1]).toBe(true)
      expect((await fetch(`${base}${src[1]}`)).status).toBe(200)
    }
    const anonymous = await fetch(net.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __schema { queryType { name } } }"}',
    })
    expect(anonymous.status).toBe(401)
  })

  it('never serves development tokens in production, and the explorer there only when configured', () => {
    const keys = generateKeyPairSync('ed25519')
    const supergraphSdl = read(DEFAULT_SUPERGRAPH_PATH, 'utf8')
    expect(() => createGateway({ supergraphSdl, production: true, signingKey: keys.privateKey, devTokenKey: keys.privateKey })).toThrow(
      /never served in production/,
    )
    const pem = (k: typeof keys.publicKey) => k.export({ type: k.type === 'public' ? 'spki' : 'pkcs8', format: 'pem' }).toString()
    const prod = {
      NODE_ENV: 'production',
      LT_JWT_PUBLIC_KEY: pem(keys.publicKey),
      LT_SUBGRAPH_MASTER_SECRET: 'm'.repeat(43),
      LT_NETWORK_KEY: 'x'.repeat(40),
      LT_PII_KEY: 'a'.repeat(64),
    }
    expect(gatewayConfig(prod)).toMatchObject({ explorer: false, production: true })
    expect(gatewayConfig(prod).devTokenKey).toBeUndefined()
    expect(gatewayConfig({ ...prod, LT_EXPLORER: 'on' }).explorer).toBe(true)
    expect(gatewayConfig({}).devTokenKey).toBeDefined()
    expect(gatewayConfig({}).corsOrigins).toEqual(['http://127.0.0.1:4180', 'http://localhost:4180'])
    expect(() => gatewayConfig({ LT_CORS_ORIGINS: 'https://ok.example, not an origin' })).toThrow(/^LT_CORS_ORIGINS: /)
  })
})
