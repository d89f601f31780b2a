// A victim's personal fields: served under their GraphQL names (PoliceVictim.fullName, …),
// stored only sealed with the field cipher in their own columns. Values never leave through here
// except sealed; the audit trail gets the names of the fields given, never their values.
import type { FieldCipher } from '@lienthong/kit'
import type { RecordVictim } from '../validation/victim.ts'

/** Served personal field → its sealed column. */
export const PERSONAL_FIELDS = {
  fullName: 'fullNameSealed',
  nationalId: 'nationalIdSealed',
  dateOfBirth: 'dateOfBirthSealed',
  address: 'addressSealed',
  phone: 'phoneSealed',
} as const
export type PersonalField = keyof typeof PERSONAL_FIELDS

/** The sealed columns of a victim's personal fields (null where not given). */
export function sealPersonal(cipher: FieldCipher, p: RecordVictim['personal']) {
  return {
    fullNameSealed: cipher.encryptNullable(p?.fullName),
    nationalIdSealed: cipher.encryptNullable(p?.nationalId),
    dateOfBirthSealed: cipher.encryptNullable(p?.dateOfBirth),
    addressSealed: cipher.encryptNullable(p?.address),
    phoneSealed: cipher.encryptNullable(p?.phone),
  }
}

/** The names of the personal fields given (for the audit trail: which were written, never what). */
export const personalGiven = (p: RecordVictim['personal']): PersonalField[] => (Object.keys(PERSONAL_FIELDS) as PersonalField[]).filter((f) => p?.[f] != null)
