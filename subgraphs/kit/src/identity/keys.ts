// The keys: the JWT key pair (Ed25519: users' tokens, verified at the gateway) and the subgraph
// secrets (HMAC: the gateway signs each request it forwards to a subgraph with that subgraph's own
// secret, derived from one master secret with HKDF, so a subgraph that leaks its secret cannot
// forge requests to another). Production takes them from the environment; development generates
// them at first start under LT_KEYS_DIR (.data/keys).
import { createPrivateKey, createPublicKey, createSecretKey, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, DEFAULT_DATA_DIR } from '../config.ts'

export type KeyName = 'jwt'
export interface KeyPair {
  privateKey: KeyObject
  publicKey: KeyObject
}

type Env = Record<string, string | undefined>
export const keysDir = (env: Env = process.env) => env.LT_KEYS_DIR || path.join(DEFAULT_DATA_DIR, 'keys')

/** The development key pair `name`, generated (mode 0600) on first use. */
export function devKeyPair(name: KeyName, env: Env = process.env): KeyPair {
  const dir = keysDir(env)
  const file = path.join(dir, `${name}.private.pem`)
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const { privateKey } = generateKeyPairSync('ed25519')
    try {
      writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e // another process created it first
    }
  }
  const privateKey = createPrivateKey(readFileSync(file))
  return { privateKey, publicKey: createPublicKey(privateKey) }
}

function pem(variable: string, value: string, kind: 'public' | 'private'): KeyObject {
  try {
    const key = kind === 'public' ? createPublicKey(value) : createPrivateKey(value)
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('not ed25519')
    return key
  } catch {
    throw new ConfigError(`${variable}: must be an Ed25519 ${kind} key in PEM format`)
  }
}

/** A public key from `variable` (PEM), or in development the local pair's. */
export function publicKeyFrom(variable: string, name: KeyName, env: Env = process.env): KeyObject {
  const value = env[variable]
  if (value) return pem(variable, value, 'public')
  if (env.NODE_ENV === 'production') throw new ConfigError(`${variable}: missing: production needs the Ed25519 public key (PEM)`)
  return devKeyPair(name, env).publicKey
}

/** A private key from `variable` (PEM), or in development the local pair's. */
export function privateKeyFrom(variable: string, name: KeyName, env: Env = process.env): KeyObject {
  const value = env[variable]
  if (value) return pem(variable, value, 'private')
  if (env.NODE_ENV === 'production') throw new ConfigError(`${variable}: missing: production needs the Ed25519 private key (PEM)`)
  return devKeyPair(name, env).privateKey
}

/** Shortest master or subgraph secret accepted (characters; 32 random bytes in base64url are 43). */
export const MIN_SECRET_LENGTH = 32

/** The development master secret, generated (mode 0600) on first use. */
function devMasterSecret(env: Env): string {
  const dir = keysDir(env)
  const file = path.join(dir, 'subgraph-master.secret')
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e // another process created it first
    }
  }
  return readFileSync(file, 'utf8').trim()
}

function secret(variable: string, value: string): string {
  if (value.length < MIN_SECRET_LENGTH)
    throw new ConfigError(`${variable}: must be at least ${MIN_SECRET_LENGTH} characters (e.g. 32 random bytes in base64url)`)
  return value
}

/** The gateway's master secret (LT_SUBGRAPH_MASTER_SECRET; development: the local one), as a secret key. */
export function masterSecretFrom(env: Env = process.env): KeyObject {
  const value = env.LT_SUBGRAPH_MASTER_SECRET
  if (value) return createSecretKey(Buffer.from(secret('LT_SUBGRAPH_MASTER_SECRET', value), 'utf8'))
  if (env.NODE_ENV === 'production') throw new ConfigError('LT_SUBGRAPH_MASTER_SECRET: missing: production needs the secret the subgraph secrets derive from')
  return createSecretKey(Buffer.from(devMasterSecret(env), 'utf8'))
}

/**
 * Subgraph `name`'s own secret: base64url(HKDF-SHA256(master, salt "", info "lien-thong subgraph
 * <name>", 32 bytes)). The HMAC key is this string's UTF-8 bytes (as Hive Gateway's `secret`).
 */
export function subgraphSecret(master: KeyObject | string, name: string): string {
  const ikm = typeof master === 'string' ? Buffer.from(master, 'utf8') : master.export()
  return Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), `lien-thong subgraph ${name}`, 32)).toString('base64url')
}

/** This subgraph's secret (LT_SUBGRAPH_SECRET; development: derived from the local master secret). */
export function subgraphSecretFrom(name: string, env: Env = process.env): string {
  const value = env.LT_SUBGRAPH_SECRET
  if (value) return secret('LT_SUBGRAPH_SECRET', value)
  if (env.NODE_ENV === 'production')
    throw new ConfigError(
      `LT_SUBGRAPH_SECRET: missing: production needs this subgraph's own secret, derived from the gateway's master secret (docs/identity-forwarding.md)`,
    )
  return subgraphSecret(masterSecretFrom(env), name)
}
