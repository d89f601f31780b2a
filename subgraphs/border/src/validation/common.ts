// zod pieces shared by this subgraph's mutation inputs (messages "vi / en", never echoing values).
import { z } from 'zod'
import { CountryCodeSchema } from '@lienthong/schema'
import { reason } from '@lienthong/kit'

/** A record id from this network (UUID-shaped or the demo ids). */
export const IdSchema = z.string().trim().min(1, 'cần mã bản ghi / an id is required').max(64, 'mã bản ghi tối đa 64 ký tự / an id is at most 64 characters')

/** A foreign country: a valid ISO code other than Viet Nam. */
export const ForeignCountrySchema = CountryCodeSchema.refine((c) => c !== 'VN', 'cần một nước khác Việt Nam / a country other than VN is required')

/** A reference issued by another authority (embassy, INTERPOL notice, border post). */
export const ForeignRefSchema = z
  .string()
  .trim()
  .min(1, 'mã tham chiếu không được rỗng / the reference must not be empty')
  .max(64, 'mã tham chiếu tối đa 64 ký tự / at most 64 characters')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._/#:-]*$/u, reason('mã tham chiếu chỉ gồm chữ, số và . _ / # : -', 'letters, digits and . _ / # : - only'))
