// Configuration from the environment, parsed with zod. Bad configuration stops start-up with
// one line that says what to fix (ConfigError); nothing starts half-configured.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { NetworkKeySchema, SUBGRAPHS, type SubgraphName } from '@lienthong/schema'
import { DEV_PII_KEY } from './secrets.ts'

export const DB_PROVIDERS = ['sqlite', 'postgresql'] as const
export type DbProvider = (typeof DB_PROVIDERS)[number]

export { SUBGRAPHS, SUBGRAPH_NAMES, GATEWAY_DEFAULT_PORT, type SubgraphName } from '@lienthong/schema'

/** Root of the repository (for the default SQLite files under .data/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.data')

/** Development-only network key; production refuses to start with it. */
export const DEV_NETWORK_KEY = 'lien-thong-development-network-key-not-for-production'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** `variable`: the environment variable the URL came from (named in start-up errors). */
export interface DatabaseConfig {
  provider: DbProvider
  url: string
  variable?: string
}
/** Secrets and mode a subgraph's context needs (never logged). */
export interface SubgraphEnv {
  networkKey: string
  piiKey: string
  production: boolean
}
export interface SubgraphConfig extends SubgraphEnv {
  name: SubgraphName
  host: string
  port: number
  database: DatabaseConfig
}

type Env = Record<string, string | undefined>
const envName = (name: string) => name.toUpperCase()

/** Turns a zod failure into the single line an operator reads. */
export function oneLine(error: z.ZodError, variableOf: (path: PropertyKey[]) => string): string {
  return error.issues.map((i) => `${variableOf(i.path)}: ${i.message}`).join('; ')
}

function parse<T extends z.ZodType>(schema: T, value: unknown, variableOf: (path: PropertyKey[]) => string): z.infer<T> {
  const r = schema.safeParse(value)
  if (!r.success) throw new ConfigError(oneLine(r.error, variableOf))
  return r.data
}

export const PortSchema = z.coerce.number().int().min(0).max(65535, 'must be a port number 0–65535')

export function databaseConfig(subgraph: string, env: Env = process.env): DatabaseConfig {
  const provider = parse(
    z.enum(DB_PROVIDERS, { error: (i) => `unknown provider ${JSON.stringify(i.input)}: set DB_PROVIDER to sqlite (default) or postgresql` }).default('sqlite'),
    env.DB_PROVIDER || undefined,
    () => 'DB_PROVIDER',
  )
  const urlVar = `${envName(subgraph)}_DATABASE_URL`
  const raw = env[urlVar] || env.DATABASE_URL || (provider === 'sqlite' ? `file:${path.join(DEFAULT_DATA_DIR, `${subgraph}.db`)}` : undefined)
  const which = env[urlVar] ? urlVar : env.DATABASE_URL ? 'DATABASE_URL' : urlVar
  const url = parse(
    z
      .string({ error: `missing: set ${urlVar} (or DATABASE_URL) to a postgresql://user@host:port/database URL` })
      .refine(
        (u) => (provider === 'sqlite' ? /^file:.+/.test(u) : isPostgresUrl(u)),
        provider === 'sqlite'
          ? 'invalid: a SQLite URL looks like file:/path/to/cases.db'
          : 'invalid: a PostgreSQL URL looks like postgresql://user@host:5432/database',
      ),
    raw,
    () => which,
  )
  return { provider, url, variable: which }
}

function isPostgresUrl(u: string): boolean {
  try {
    const parsed = new URL(u)
    return (parsed.protocol === 'postgresql:' || parsed.protocol === 'postgres:') && parsed.hostname !== '' && parsed.pathname.length > 1
  } catch {
    return false
  }
}

export function networkKey(env: Env = process.env): { key: string; production: boolean } {
  const production = env.NODE_ENV === 'production'
  if (!env.LT_NETWORK_KEY) {
    if (production) throw new ConfigError('LT_NETWORK_KEY: missing: production needs the network key shared by all agencies (32+ characters)')
    return { key: DEV_NETWORK_KEY, production }
  }
  return { key: parse(NetworkKeySchema, env.LT_NETWORK_KEY, () => 'LT_NETWORK_KEY'), production }
}

export function piiKey(env: Env = process.env): string {
  if (!env.LT_PII_KEY) {
    if (env.NODE_ENV === 'production')
      throw new ConfigError('LT_PII_KEY: missing: production needs the key that encrypts personal fields at rest (64 hex characters)')
    return DEV_PII_KEY
  }
  return parse(
    z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes), e.g. from: openssl rand -hex 32'),
    env.LT_PII_KEY,
    () => 'LT_PII_KEY',
  )
}

/** The non-network part of a subgraph's configuration (for tests and scripts). */
export function subgraphEnv(env: Env = process.env): SubgraphEnv {
  const { key, production } = networkKey(env)
  return { networkKey: key, piiKey: piiKey(env), production }
}

export function subgraphConfig(name: SubgraphName, env: Env = process.env): SubgraphConfig {
  const portVar = `${envName(name)}_PORT`
  const port = parse(PortSchema.default(SUBGRAPHS[name]), env[portVar] || undefined, () => portVar)
  const host = env.HOST || '127.0.0.1'
  return { name, host, port, database: databaseConfig(name, env), ...subgraphEnv(env) }
}
