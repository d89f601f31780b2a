// Pseudonymous person reference: HMAC-SHA256 of a normalised national ID under the network key.
// Every agency derives the same reference for the same person; the raw ID never leaves the
// agency that holds it, and the reference cannot be reversed without the key.
import { createHmac } from 'node:crypto'
import { z } from 'zod'

export const PERSON_REF_PATTERN = /^[0-9a-f]{64}$/
export const PersonRefSchema = z.string().regex(PERSON_REF_PATTERN, 'mã tham chiếu người phải là 64 ký tự hex / a person reference is 64 hex characters')
export type PersonRef = string

/**
 * Normalises a national identifier (CCCD 12 digits, old CMND 9 digits, or passport number):
 * Unicode NFKC, upper case, with spaces, dots, dashes and slashes removed.
 */
export function normaliseNationalId(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s.\-/]/g, '')
}

export const NationalIdSchema = z
  .string()
  .transform(normaliseNationalId)
  .refine((s) => /^[0-9A-Z]{6,20}$/.test(s), 'số định danh không hợp lệ (6–20 chữ số hoặc chữ cái) / national ID must be 6–20 letters or digits')

/** The network key must be long enough to resist brute force over the small ID space. */
export const NetworkKeySchema = z.string().min(32, 'khoá mạng cần ít nhất 32 ký tự / the network key needs at least 32 characters')

export function personRefOf(nationalId: string, networkKey: string): PersonRef {
  const id = NationalIdSchema.parse(nationalId)
  NetworkKeySchema.parse(networkKey)
  return createHmac('sha256', networkKey).update(`vn-national-id:${id}`).digest('hex')
}
