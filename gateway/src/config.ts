// Gateway configuration: which supergraph file to serve and where its subgraphs are. The
// gateway holds no business logic, so any Federation 2 supergraph works (like Apollo Router's
// --supergraph): each subgraph's URL comes from the file unless <NAME>_URL overrides it.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { KeyObject } from 'node:crypto'
import { ConfigError, PortSchema, GATEWAY_DEFAULT_PORT } from '@lienthong/kit'
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, privateKeyFrom, publicKeyFrom } from '@lienthong/kit/identity'

export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url))

export interface GatewayConfig {
  host: string
  port: number
  supergraphPath: string
  supergraphSdl: string
  /** Subgraph name → URL overrides from the environment. */
  subgraphUrls: Record<string, string>
  production: boolean
  /** Verifies users' JWTs (LT_JWT_PUBLIC_KEY; development: the local pair). */
  jwtPublicKey: KeyObject
  /** Signs the identity forwarded to subgraphs (LT_GATEWAY_PRIVATE_KEY; development: the local pair). */
  signingKey: KeyObject
  /** Operations per minute and token (LT_RATE_LIMIT_PER_MINUTE, default 600). */
  rateLimit: { limit: number; windowMs: number }
  /** Longest lifetime (exp − iat) of a user's token, in seconds (LT_MAX_TOKEN_LIFETIME, default 12 h). */
  maxTokenLifetimeSeconds: number
}

/** Environment variable that overrides a subgraph's URL: `cases` → CASES_URL. */
export const urlVariable = (subgraph: string) => `${subgraph.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`

/** Subgraph names and URLs as written in a supergraph's join__Graph enum. */
export function subgraphsOf(supergraphSdl: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g)) out[m[1]!] = m[2]!
  return out
}

const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL of the subgraph, e.g. http://127.0.0.1:4101/graphql' })

export function gatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const portParsed = PortSchema.default(GATEWAY_DEFAULT_PORT).safeParse(env.GATEWAY_PORT || undefined)
  if (!portParsed.success) throw new ConfigError('GATEWAY_PORT: must be a port number 0–65535')
  const supergraphPath = env.SUPERGRAPH_PATH || DEFAULT_SUPERGRAPH_PATH
  if (!existsSync(supergraphPath)) throw new ConfigError(`SUPERGRAPH_PATH: no file at ${supergraphPath}: run npm run compose or point SUPERGRAPH_PATH at a supergraph file`)
  const supergraphSdl = readFileSync(supergraphPath, 'utf8')
  const names = Object.keys(subgraphsOf(supergraphSdl))
  if (!names.length) throw new ConfigError(`SUPERGRAPH_PATH: ${supergraphPath} is not a Federation 2 supergraph (no @join__graph)`)
  const subgraphUrls: Record<string, string> = {}
  for (const name of names) {
    const variable = urlVariable(name)
    const value = env[variable]
    if (!value) continue
    const r = HttpUrl.safeParse(value)
    if (!r.success) throw new ConfigError(`${variable}: ${r.error.issues[0]?.message}`)
    subgraphUrls[name] = r.data
  }
  return {
    host: env.HOST || '127.0.0.1', port: portParsed.data, supergraphPath, supergraphSdl, subgraphUrls, production: env.NODE_ENV === 'production',
    jwtPublicKey: publicKeyFrom('LT_JWT_PUBLIC_KEY', 'jwt', env),
    signingKey: privateKeyFrom('LT_GATEWAY_PRIVATE_KEY', 'gateway', env),
    rateLimit: { limit: rateLimitPerMinute(env), windowMs: 60_000 },
    maxTokenLifetimeSeconds: maxTokenLifetime(env),
  }
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600 }

/** LT_MAX_TOKEN_LIFETIME: `12h`, `90m`, `3600s` or a number of seconds; 1 minute to 24 hours. */
function maxTokenLifetime(env: Record<string, string | undefined>): number {
  const value = env.LT_MAX_TOKEN_LIFETIME?.trim()
  if (!value) return DEFAULT_MAX_TOKEN_LIFETIME_SECONDS
  const m = /^(\d+)\s*([smh]?)$/.exec(value)
  const seconds = m ? Number(m[1]) * DURATION_UNITS[m[2] || 's']! : NaN
  if (!(seconds >= 60 && seconds <= 24 * 3600)) throw new ConfigError('LT_MAX_TOKEN_LIFETIME: must be a duration from 60s to 24h, e.g. 12h, 90m or 3600 (seconds)')
  return seconds
}

function rateLimitPerMinute(env: Record<string, string | undefined>): number {
  const r = z.coerce.number().int().min(1).max(100_000).default(600).safeParse(env.LT_RATE_LIMIT_PER_MINUTE || undefined)
  if (!r.success) throw new ConfigError('LT_RATE_LIMIT_PER_MINUTE: must be a whole number of operations per minute, 1–100000')
  return r.data
}
