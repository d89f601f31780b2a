// Grants of victims' personal fields (NET-12): their wire form, the reading rule, and that a
// caller cannot claim in a token the request path the gateway signs for the owning subgraph.
import { generateKeyPairSync } from 'node:crypto'
import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { grantKey, parseGrants } from '../authz/grants.ts'
import { mayReadPersonal } from '../authz/policy.ts'
import { JWT_AUDIENCE, JWT_ISSUER, verifyToken, type Identity } from '../identity/index.ts'

const officer = (agency: Identity['agency'], unit: string): Identity => ({ sub: `${agency}-${unit}`, agency, role: 'officer', unit, purpose: 'victim_support' })

describe('personal-data grants', () => {
  it('travel as "agency:unitCode" and a malformed one grants nothing', () => {
    expect(grantKey({ agency: 'social_affairs', unitCode: '99803' })).toBe('social_affairs:99803')
    expect(parseGrants(['social_affairs:99803', 'border_guard:99', 'nobody:99', 'police', 'police:99:1', ''])).toEqual([
      { agency: 'social_affairs', unitCode: '99803' },
      { agency: 'border_guard', unitCode: '99' },
    ])
    expect(parseGrants(undefined)).toEqual([])
  })

  it("are read only by the named agency within a scope covering the named unit, and never widen the owner's own scope", () => {
    const grants = [
      { agency: 'social_affairs' as const, unitCode: '99803' },
      { agency: 'police' as const, unitCode: '99805' },
    ]
    const rule = { owner: 'police' as const, units: ['99101'], grants }
    expect(mayReadPersonal(officer('social_affairs', '99803'), rule)).toBe(true)
    expect(mayReadPersonal(officer('social_affairs', '99'), rule)).toBe(true)
    expect(mayReadPersonal(officer('social_affairs', '992'), rule)).toBe(true) // the old district the commune was formed from
    expect(mayReadPersonal(officer('social_affairs', '99805'), rule)).toBe(false)
    expect(mayReadPersonal(officer('border_guard', '99'), rule)).toBe(false)
    // a grant naming the owner itself does not lift its unit scope
    expect(mayReadPersonal(officer('police', '99805'), rule)).toBe(false)
    expect(mayReadPersonal(officer('police', '991'), rule)).toBe(true)
    expect(mayReadPersonal({ ...officer('social_affairs', '99803'), role: 'analyst' }, rule)).toBe(false)
    expect(mayReadPersonal({ ...officer('social_affairs', '99803'), purpose: undefined }, rule)).toBe(false)
  })

  it('cannot be reached by a token claiming the path the gateway signs', async () => {
    const keys = generateKeyPairSync('ed25519')
    const token = await new SignJWT({ agency: 'social_affairs', role: 'officer', unit: '99', entityPath: 'person', purpose: 'referral' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('forger')
      .setIssuer(JWT_ISSUER)
      .setAudience(JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(keys.privateKey)
    expect(await verifyToken(token, keys.publicKey)).toEqual({ sub: 'forger', agency: 'social_affairs', role: 'officer', unit: '99' })
  })
})
