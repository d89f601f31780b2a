import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { devKeyPair, issueToken, signForwardedIdentity, verifyForwardedIdentity, verifyToken, MAX_SIGNATURE_AGE_MS, type Identity } from '../identity/index.ts'

const who: Identity = { sub: 'officer-7', agency: 'border_guard', role: 'officer', unit: '99302' }
const users = generateKeyPairSync('ed25519')
const gateway = generateKeyPairSync('ed25519')

describe('identity', () => {
  it('round-trips a JWT and refuses another key, a bad claim and an expired token', async () => {
    const token = await issueToken(who, users.privateKey)
    expect(await verifyToken(token, users.publicKey)).toEqual(who)
    await expect(verifyToken(token, generateKeyPairSync('ed25519').publicKey)).rejects.toThrow(/not valid/)
    await expect(verifyToken(await issueToken(who, users.privateKey, -1), users.publicKey)).rejects.toThrow(/expired/)
    await expect(issueToken({ ...who, unit: '12345' }, users.privateKey)).rejects.toThrow(/unknown administrative unit/)
  })

  it('accepts a forwarded identity only with a fresh gateway signature over the same operation', () => {
    const op = { query: 'query($id: ID!) { criminalCase(id: $id) { id } }', variables: { id: 'a' } }
    const headers = signForwardedIdentity(who, op, gateway.privateKey)
    expect(verifyForwardedIdentity(headers, op, gateway.publicKey)).toEqual(who)
    expect(() => verifyForwardedIdentity(headers, { ...op, variables: { id: 'b' } }, gateway.publicKey)).toThrow(/does not match/)
    expect(() => verifyForwardedIdentity({}, op, gateway.publicKey)).toThrow(/not signed by the gateway/)
    expect(() => verifyForwardedIdentity(headers, op, gateway.publicKey, Date.now() + MAX_SIGNATURE_AGE_MS + 1000)).toThrow(/stale/)
    const other = signForwardedIdentity(who, op, generateKeyPairSync('ed25519').privateKey)
    expect(() => verifyForwardedIdentity(other, op, gateway.publicKey)).toThrow(/does not match/)
  })

  it('generates the development key pair once and reuses it', () => {
    const env = { LT_KEYS_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'lt-keys-')), 'keys') }
    const a = devKeyPair('jwt', env)
    const b = devKeyPair('jwt', env)
    expect(a.publicKey.export({ format: 'jwk' })).toEqual(b.publicKey.export({ format: 'jwk' }))
  })
})
