import { describe, expect, it } from 'vitest'
import { createHmac } from 'node:crypto'
import { normaliseNationalId, personRefOf, PersonRefSchema } from '../personRef.ts'

const KEY = 'a-test-network-key-that-is-long-enough-0123'

describe('pseudonymous person reference', () => {
  it('is HMAC-SHA256 under the network key of the normalised ID', () => {
    const expected = createHmac('sha256', KEY).update('vn-national-id:001234567890').digest('hex')
    expect(personRefOf('001234567890', KEY)).toBe(expected)
    expect(PersonRefSchema.safeParse(expected).success).toBe(true)
  })

  it('gives every agency the same reference however the ID was typed', () => {
    const ref = personRefOf('001234567890', KEY)
    expect(personRefOf(' 001-234.567 890 ', KEY)).toBe(ref)
    expect(personRefOf('００１２３４５６７８９０', KEY)).toBe(ref) // full-width digits, NFKC
    expect(normaliseNationalId('c1234567')).toBe('C1234567')
  })

  it('differs under another key and never contains the ID', () => {
    const ref = personRefOf('001234567890', KEY)
    expect(personRefOf('001234567890', `${KEY}-other`)).not.toBe(ref)
    expect(ref).not.toContain('1234567890')
  })

  it('refuses malformed IDs and short keys without echoing the value', () => {
    expect(() => personRefOf('12', KEY)).toThrow(/national ID must be 6–20/)
    expect(() => personRefOf('12', KEY)).not.toThrow(/\b12\b/)
    expect(() => personRefOf('001234567890', 'short')).toThrow(/at least 32/)
  })
})
