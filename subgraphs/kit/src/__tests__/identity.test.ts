import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  devKeyPair,
  issueToken,
  signForwardedIdentity,
  verifyForwardedIdentity,
  verifyToken,
  AcceptedSignatures,
  MAX_SIGNATURE_AGE_MS,
  MAX_SIGNATURE_SKEW_MS,
  type Identity,
} from '../identity/index.ts'

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

  it('refuses a token that lives longer than allowed or is issued in the future', async () => {
    await expect(verifyToken(await issueToken(who, users.privateKey, 12 * 3600), users.publicKey)).resolves.toEqual(who)
    await expect(verifyToken(await issueToken(who, users.privateKey, 12 * 3600 + 1), users.publicKey)).rejects.toThrow(/lives longer than the 43200 s/)
    await expect(verifyToken(await issueToken(who, users.privateKey, 3600), users.publicKey, 1800)).rejects.toThrow(/lives longer/)
    // minted with a clock an hour ahead: valid by its own exp, refused for its iat
    const ahead = await issueToken(who, users.privateKey, 3600)
    await expect(verifyToken(ahead, users.publicKey, undefined, Date.now() - 3600_000)).rejects.toThrow(/issued in the future/)
  })

  it('accepts a forwarded identity only with a fresh gateway signature over the same operation', () => {
    const op = { query: 'query($id: ID!) { criminalCase(id: $id) { id } }', variables: { id: 'a' } }
    const seen = new AcceptedSignatures()
    const headers = signForwardedIdentity(who, op, gateway.privateKey)
    expect(() => verifyForwardedIdentity(headers, { ...op, variables: { id: 'b' } }, gateway.publicKey, seen)).toThrow(/does not match/)
    expect(() => verifyForwardedIdentity({}, op, gateway.publicKey, seen)).toThrow(/not signed by the gateway/)
    expect(() => verifyForwardedIdentity(headers, op, gateway.publicKey, seen, Date.now() + MAX_SIGNATURE_AGE_MS + 1000)).toThrow(/stale/)
    expect(verifyForwardedIdentity(headers, op, gateway.publicKey, seen)).toEqual(who)
    const other = signForwardedIdentity(who, op, generateKeyPairSync('ed25519').privateKey)
    expect(() => verifyForwardedIdentity(other, op, gateway.publicKey, seen)).toThrow(/does not match/)
  })

  it('accepts a signed request once, and none dated in the future beyond the clock skew', () => {
    const op = { query: '{ policeVictims { totalCount } }' }
    const seen = new AcceptedSignatures()
    const headers = signForwardedIdentity(who, op, gateway.privateKey)
    expect(verifyForwardedIdentity(headers, op, gateway.publicKey, seen)).toEqual(who)
    expect(() => verifyForwardedIdentity(headers, op, gateway.publicKey, seen)).toThrow(/already received/)
    // a second subgraph process has its own memory: the same request is accepted there once
    expect(verifyForwardedIdentity(headers, op, gateway.publicKey, new AcceptedSignatures())).toEqual(who)
    const future = signForwardedIdentity(who, op, gateway.privateKey, Date.now() + MAX_SIGNATURE_SKEW_MS + 2000)
    expect(() => verifyForwardedIdentity(future, op, gateway.publicKey, seen)).toThrow(/dated in the future/)
    const withinSkew = signForwardedIdentity(who, op, gateway.privateKey, Date.now() + MAX_SIGNATURE_SKEW_MS - 2000)
    expect(verifyForwardedIdentity(withinSkew, op, gateway.publicKey, seen)).toEqual(who)
    // ids are forgotten once their signature is stale (the age check refuses them from then on)
    const later = Date.now() + MAX_SIGNATURE_AGE_MS + MAX_SIGNATURE_SKEW_MS + 1000
    verifyForwardedIdentity(signForwardedIdentity(who, op, gateway.privateKey, later), op, gateway.publicKey, seen, later)
    expect(seen.size).toBe(1)
  })

  it('generates the development key pair once and reuses it', () => {
    const env = { LT_KEYS_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'lt-keys-')), 'keys') }
    const a = devKeyPair('jwt', env)
    const b = devKeyPair('jwt', env)
    expect(a.publicKey.export({ format: 'jwk' })).toEqual(b.publicKey.export({ format: 'jwk' }))
  })
})
