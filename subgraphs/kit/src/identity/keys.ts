// Ed25519 keys: the JWT key (users' tokens, verified at the gateway) and the gateway key (the
// gateway signs the identity it forwards; subgraphs verify). Production takes PEMs from the
// environment; development generates a local pair at first start under LT_KEYS_DIR (.data/keys).
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, DEFAULT_DATA_DIR } from '../config.ts'

export type KeyName = 'jwt' | 'gateway'
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
