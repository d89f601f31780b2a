// Gateway configuration: which supergraph file to serve and where its subgraphs are. The
// gateway holds no business logic, so any Federation 2 supergraph works (like Apollo Router's
// --supergraph): each subgraph's URL comes from the file unless <NAME>_URL overrides it.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { KeyObject } from 'node:crypto'
import { ConfigError, PortSchema, GATEWAY_DEFAULT_PORT } from '@lienthong/kit'
import { DASHBOARD_DEFAULT_PORT } from '@lienthong/schema'
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, devKeyPair, masterSecretFrom, publicKeyFrom } from '@lienthong/kit/identity'
import { DEFAULT_SUBGRAPH_TIMEOUT_MS } from './resilience/resilience.ts'
import { DEFAULT_BREAKER } from './resilience/breaker.ts'

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
  /** The master secret each subgraph's signing secret derives from (LT_SUBGRAPH_MASTER_SECRET; development: the local one). */
  signingKey: KeyObject
  /**
   * Operations per minute and token (LT_RATE_LIMIT_PER_MINUTE, default 600), counted in Redis when
   * LT_REDIS_URL is set (one budget for every replica), else in this process (warned in production).
   */
  rateLimit: { limit: number; windowMs: number; redisUrl?: string; warnIfUnshared: boolean }
  /** Longest lifetime (exp − iat) of a user's token, in seconds (LT_MAX_TOKEN_LIFETIME, default 12 h). */
  maxTokenLifetimeSeconds: number
  /** Browser origins allowed by CORS (LT_CORS_ORIGINS; default: the dashboard's). */
  corsOrigins: string[]
  /** Serve the GraphQL explorer at /explorer (LT_EXPLORER; default on in development, off in production). */
  explorer: boolean
  /** Development only, with the local key pair: signs tokens for the sign-in picker (GET /dev/token). */
  devTokenKey?: KeyObject
  /** Subgraph deadlines and the breakers' reset timeout (docs/resilience.md). */
  resilience: {
    /** LT_SUBGRAPH_TIMEOUT_MS (default 15000). */
    timeoutMs: number
    /** LT_SUBGRAPH_TIMEOUT_MS_<NAME>: a subgraph's own deadline. */
    timeoutsMs: Record<string, number>
    /** LT_SUBGRAPH_BREAKER_RESET_MS (default 5000): how long an open circuit waits before a probe. */
    breaker: { resetTimeoutMs: number }
  }
}

const envName = (subgraph: string) => subgraph.toUpperCase().replace(/[^A-Z0-9]/g, '_')
/** Environment variable that overrides a subgraph's URL: `cases` → CASES_URL. */
export const urlVariable = (subgraph: string) => `${envName(subgraph)}_URL`
/** Environment variable of a subgraph's own deadline: `cases` → LT_SUBGRAPH_TIMEOUT_MS_CASES. */
export const timeoutVariable = (subgraph: string) => `LT_SUBGRAPH_TIMEOUT_MS_${envName(subgraph)}`

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
  if (!existsSync(supergraphPath))
    throw new ConfigError(`SUPERGRAPH_PATH: no file at ${supergraphPath}: run npm run compose or point SUPERGRAPH_PATH at a supergraph file`)
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
    host: env.HOST || '127.0.0.1',
    port: portParsed.data,
    supergraphPath,
    supergraphSdl,
    subgraphUrls,
    production: env.NODE_ENV === 'production',
    jwtPublicKey: publicKeyFrom('LT_JWT_PUBLIC_KEY', 'jwt', env),
    signingKey: masterSecretFrom(env),
    rateLimit: { limit: rateLimitPerMinute(env), windowMs: 60_000, ...redisUrl(env), warnIfUnshared: env.NODE_ENV === 'production' },
    maxTokenLifetimeSeconds: maxTokenLifetime(env),
    corsOrigins: corsOrigins(env),
    explorer: explorerOn(env),
    resilience: resilienceOf(names, env),
    // only when users' tokens are verified with the local development pair, never in production
    ...(env.NODE_ENV !== 'production' && !env.LT_JWT_PUBLIC_KEY ? { devTokenKey: devKeyPair('jwt', env).privateKey } : {}),
  }
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600 }

/** LT_MAX_TOKEN_LIFETIME: `12h`, `90m`, `3600s` or a number of seconds; 1 minute to 24 hours. */
function maxTokenLifetime(env: Record<string, string | undefined>): number {
  const value = env.LT_MAX_TOKEN_LIFETIME?.trim()
  if (!value) return DEFAULT_MAX_TOKEN_LIFETIME_SECONDS
  const m = /^(\d+)\s*([smh]?)$/.exec(value)
  const seconds = m ? Number(m[1]) * DURATION_UNITS[m[2] || 's']! : NaN
  if (!(seconds >= 60 && seconds <= 24 * 3600))
    throw new ConfigError('LT_MAX_TOKEN_LIFETIME: must be a duration from 60s to 24h, e.g. 12h, 90m or 3600 (seconds)')
  return seconds
}

/** The dashboard's own origin(s) when LT_CORS_ORIGINS is not set. */
export function defaultCorsOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const port = env.DASHBOARD_PORT || String(DASHBOARD_DEFAULT_PORT)
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`]
}

const Origin = z.string().regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/)

function corsOrigins(env: Record<string, string | undefined>): string[] {
  if (env.LT_CORS_ORIGINS == null) return defaultCorsOrigins(env)
  const origins = env.LT_CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean)
  const bad = origins.find((o) => !Origin.safeParse(o).success)
  if (bad != null)
    throw new ConfigError(
      'LT_CORS_ORIGINS: each origin must be scheme://host[:port] with no path, comma-separated (e.g. https://dashboard.example.gov.vn,http://127.0.0.1:4180)',
    )
  return origins
}

function explorerOn(env: Record<string, string | undefined>): boolean {
  const v = (env.LT_EXPLORER ?? '').trim().toLowerCase()
  if (v === '') return env.NODE_ENV !== 'production'
  if (['on', '1', 'true'].includes(v)) return true
  if (['off', '0', 'false'].includes(v)) return false
  throw new ConfigError('LT_EXPLORER: must be on or off')
}

function rateLimitPerMinute(env: Record<string, string | undefined>): number {
  const r = z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(600)
    .safeParse(env.LT_RATE_LIMIT_PER_MINUTE || undefined)
  if (!r.success) throw new ConfigError('LT_RATE_LIMIT_PER_MINUTE: must be a whole number of operations per minute, 1–100000')
  return r.data
}

const RedisUrl = z.url({ protocol: /^rediss?$/ })

/** LT_REDIS_URL: the rate limit's shared counter, e.g. redis://127.0.0.1:6379 (rediss:// for TLS). */
function redisUrl(env: Record<string, string | undefined>): { redisUrl?: string } {
  const value = env.LT_REDIS_URL?.trim()
  if (!value) return {}
  if (!RedisUrl.safeParse(value).success) throw new ConfigError('LT_REDIS_URL: must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379')
  return { redisUrl: value }
}

const Milliseconds = z.coerce.number().int().min(1).max(600_000)

function milliseconds(env: Record<string, string | undefined>, variable: string, fallback: number, what: string): number {
  const r = Milliseconds.default(fallback).safeParse(env[variable]?.trim() || undefined)
  if (!r.success) throw new ConfigError(`${variable}: must be ${what} in milliseconds, a whole number 1–600000`)
  return r.data
}

function resilienceOf(names: string[], env: Record<string, string | undefined>): GatewayConfig['resilience'] {
  const timeoutMs = milliseconds(env, 'LT_SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS, "the deadline of a subgraph's answer")
  const timeoutsMs: Record<string, number> = {}
  for (const name of names) {
    const variable = timeoutVariable(name)
    if (env[variable]?.trim()) timeoutsMs[name] = milliseconds(env, variable, timeoutMs, `the deadline of the ${name} subgraph's answer`)
  }
  const resetTimeoutMs = milliseconds(env, 'LT_SUBGRAPH_BREAKER_RESET_MS', DEFAULT_BREAKER.resetTimeoutMs, 'how long an open circuit waits before a probe')
  return { timeoutMs, timeoutsMs, breaker: { resetTimeoutMs } }
}
