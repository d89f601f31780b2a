import { createHmac, createSecretKey, generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  devKeyPair,
  issueToken,
  masterSecretFrom,
  signatureOf,
  signedText,
  signForwardedRequest,
  stableStringify,
  subgraphSecret,
  subgraphSecretFrom,
  verifyForwardedRequest,
  verifyToken,
  AcceptedSignatures,
  SIGNATURE_EXTENSION,
  MAX_SIGNATURE_AGE_MS,
  MAX_SIGNATURE_SKEW_MS,
  type Identity,
} from '../identity/index.ts'

const who: Identity = { sub: 'officer-7', agency: 'border_guard', role: 'officer', unit: '99302' }
const users = generateKeyPairSync('ed25519')
const master = createSecretKey(Buffer.from(randomBytes(32).toString('base64url')))
const cases = subgraphSecret(master, 'cases')

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

  it("accepts a forwarded identity only with a fresh signature over the same operation, with this subgraph's secret", () => {
    const op = { query: 'query($id: ID!) { criminalCase(id: $id) { id } }', variables: { id: 'a' } }
    const seen = new AcceptedSignatures()
    const signed = signForwardedRequest(op, { ...who, purpose: 'investigation', requestId: 'req-0001-abcd' }, cases)
    const lt = signed.extensions.lt as Record<string, unknown>
    const refused = (body: unknown, reason: RegExp, now?: number) => expect(() => verifyForwardedRequest(body, cases, seen, now)).toThrow(reason)
    refused({ ...signed, variables: { id: 'b' } }, /does not match/)
    refused({ ...signed, query: '{ criminalCase(id: "b") { id } }' }, /does not match/)
    refused({ ...signed, operationName: 'Other' }, /does not match/)
    refused({ ...signed, extensions: { ...signed.extensions, jwt: { payload: { ...who, unit: '99' } } } }, /does not match/)
    refused({ ...signed, extensions: { ...signed.extensions, lt: { ...lt, purpose: 'audit' } } }, /does not match/)
    refused({ ...signed, extensions: { ...signed.extensions, lt: { ...lt, dryRun: true } } }, /does not match/)
    refused(op, /not signed by the gateway/)
    refused({ ...signed, extensions: { ...signed.extensions, [SIGNATURE_EXTENSION]: 42 } }, /not signed by the gateway/)
    refused(signed, /stale/, Date.now() + MAX_SIGNATURE_AGE_MS + 1000)
    // another subgraph's secret (what a compromised subgraph holds) signs nothing this one accepts
    refused(signForwardedRequest(op, who, subgraphSecret(master, 'support')), /does not match/)
    expect(verifyForwardedRequest(signed, cases, seen)).toEqual({ ...who, purpose: 'investigation', requestId: 'req-0001-abcd' })
  })

  it('accepts a signed request once, and none dated in the future beyond the clock skew', () => {
    const op = { query: '{ policeVictims { totalCount } }' }
    const seen = new AcceptedSignatures()
    const signed = signForwardedRequest(op, who, cases)
    expect(verifyForwardedRequest(signed, cases, seen)).toEqual(who)
    expect(() => verifyForwardedRequest(signed, cases, seen)).toThrow(/already received/)
    // a second subgraph process has its own memory: the same request is accepted there once
    expect(verifyForwardedRequest(signed, cases, new AcceptedSignatures())).toEqual(who)
    const future = signForwardedRequest(op, who, cases, Date.now() + MAX_SIGNATURE_SKEW_MS + 2000)
    expect(() => verifyForwardedRequest(future, cases, seen)).toThrow(/dated in the future/)
    const withinSkew = signForwardedRequest(op, who, cases, Date.now() + MAX_SIGNATURE_SKEW_MS - 2000)
    expect(verifyForwardedRequest(withinSkew, cases, seen)).toEqual(who)
    // ids are forgotten once their signature is stale (the age check refuses them from then on)
    const later = Date.now() + MAX_SIGNATURE_AGE_MS + MAX_SIGNATURE_SKEW_MS + 1000
    verifyForwardedRequest(signForwardedRequest(op, who, cases, later), cases, seen, later)
    expect(seen.size).toBe(1)
  })

  it('signs the text Hive Gateway signs: sorted keys, no empty variables, no signature', () => {
    const text = signedText({ variables: {}, query: '{a}', extensions: { b: 1, a: [undefined, 'x'], [SIGNATURE_EXTENSION]: 'sig' } })
    expect(text).toBe('{"extensions":{"a":[null,"x"],"b":1},"query":"{a}"}')
    expect(stableStringify({ z: { y: 1, x: undefined }, a: 'é"' })).toBe('{"a":"é\\"","z":{"y":1}}')
    // HMAC-SHA256 keyed with the secret's UTF-8 bytes, base64: what Hive's plugin computes with WebCrypto
    expect(signatureOf({ query: '{a}' }, 'k'.repeat(32))).toBe(
      createHmac('sha256', Buffer.from('k'.repeat(32)))
        .update('{"query":"{a}"}')
        .digest('base64'),
    )
  })

  it('derives a distinct secret per subgraph from the master secret, the same every time', () => {
    expect(subgraphSecret(master, 'cases')).toBe(cases)
    expect(subgraphSecret(master.export().toString('utf8'), 'cases')).toBe(cases)
    expect(new Set(['cases', 'support', 'border', 'prosecutions'].map((n) => subgraphSecret(master, n))).size).toBe(4)
    expect(() => subgraphSecretFrom('cases', { NODE_ENV: 'production' })).toThrow(/LT_SUBGRAPH_SECRET/)
    expect(() => masterSecretFrom({ LT_SUBGRAPH_MASTER_SECRET: 'short' })).toThrow(/at least 32/)
    const env = { LT_KEYS_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'lt-keys-')), 'keys') }
    expect(subgraphSecretFrom('cases', env)).toBe(subgraphSecret(masterSecretFrom(env), 'cases'))
  })

  it('generates the development key pair once and reuses it', () => {
    const env = { LT_KEYS_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'lt-keys-')), 'keys') }
    const a = devKeyPair('jwt', env)
    const b = devKeyPair('jwt', env)
    expect(a.publicKey.export({ format: 'jwk' })).toEqual(b.publicKey.export({ format: 'jwk' }))
  })
})
