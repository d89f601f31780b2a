import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError } from '@lienthong/kit'
import { DEFAULT_SUPERGRAPH_PATH, gatewayConfig, subgraphsOf, timeoutVariable, urlVariable } from '../config.ts'
import { readFileSync } from 'node:fs'

describe('gateway configuration', () => {
  it('reads the subgraphs and their URLs from the supergraph file', () => {
    expect(subgraphsOf(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'))).toEqual({
      border: 'http://127.0.0.1:4104/graphql',
      cases: 'http://127.0.0.1:4101/graphql',
      prosecutions: 'http://127.0.0.1:4102/graphql',
      support: 'http://127.0.0.1:4103/graphql',
    })
  })

  it('lets <NAME>_URL override a subgraph URL, for any supergraph', () => {
    expect(urlVariable('foreign-affairs')).toBe('FOREIGN_AFFAIRS_URL')
    const c = gatewayConfig({ CASES_URL: 'http://10.0.0.5:9000/graphql', GATEWAY_PORT: '4999' })
    expect(c.subgraphUrls).toEqual({ cases: 'http://10.0.0.5:9000/graphql' })
    expect(c.port).toBe(4999)
  })

  it.each([
    [{ CASES_URL: 'not a url' }, /^CASES_URL: must be an http\(s\) URL/],
    [{ GATEWAY_PORT: '99999' }, /^GATEWAY_PORT: must be a port number/],
    [{ SUPERGRAPH_PATH: '/no/such/file' }, /^SUPERGRAPH_PATH: no file at \/no\/such\/file/],
    [{ LT_MAX_TOKEN_LIFETIME: '2d' }, /^LT_MAX_TOKEN_LIFETIME: must be a duration from 60s to 24h/],
    [{ LT_MAX_TOKEN_LIFETIME: '25h' }, /^LT_MAX_TOKEN_LIFETIME: must be a duration/],
    [{ LT_SUBGRAPH_TIMEOUT_MS: '15s' }, /^LT_SUBGRAPH_TIMEOUT_MS: must be the deadline of a subgraph's answer in milliseconds, a whole number 1–600000$/],
    [{ LT_SUBGRAPH_TIMEOUT_MS: '0' }, /^LT_SUBGRAPH_TIMEOUT_MS: must be/],
    [{ LT_SUBGRAPH_TIMEOUT_MS_CASES: '-5' }, /^LT_SUBGRAPH_TIMEOUT_MS_CASES: must be the deadline of the cases subgraph's answer/],
    [{ LT_SUBGRAPH_BREAKER_RESET_MS: '1e9' }, /^LT_SUBGRAPH_BREAKER_RESET_MS: must be how long an open circuit waits/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => gatewayConfig(env)).toThrow(ConfigError)
    expect(() => gatewayConfig(env)).toThrow(message)
  })

  it('reads the longest token lifetime (default 12 h)', () => {
    expect(gatewayConfig({}).maxTokenLifetimeSeconds).toBe(12 * 3600)
    expect(gatewayConfig({ LT_MAX_TOKEN_LIFETIME: '90m' }).maxTokenLifetimeSeconds).toBe(5400)
    expect(gatewayConfig({ LT_MAX_TOKEN_LIFETIME: '3600' }).maxTokenLifetimeSeconds).toBe(3600)
  })

  it('reads the subgraph deadlines (default 15 s, one subgraph overridden) and the breaker reset timeout (default 5 s)', () => {
    expect(gatewayConfig({}).resilience).toEqual({ timeoutMs: 15_000, timeoutsMs: {}, breaker: { resetTimeoutMs: 5000 } })
    const c = gatewayConfig({ LT_SUBGRAPH_TIMEOUT_MS: '8000', LT_SUBGRAPH_TIMEOUT_MS_CASES: '30000', LT_SUBGRAPH_BREAKER_RESET_MS: '10000' })
    expect(c.resilience).toEqual({ timeoutMs: 8000, timeoutsMs: { cases: 30_000 }, breaker: { resetTimeoutMs: 10_000 } })
    expect(timeoutVariable('foreign-affairs')).toBe('LT_SUBGRAPH_TIMEOUT_MS_FOREIGN_AFFAIRS')
  })

  it('refuses a file that is not a supergraph', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'lt-gw-')), 'schema.graphql')
    writeFileSync(file, 'type Query { hello: String }')
    expect(() => gatewayConfig({ SUPERGRAPH_PATH: file })).toThrow(/is not a Federation 2 supergraph/)
  })
})
