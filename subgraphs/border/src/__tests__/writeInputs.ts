// The Border Guard's writes as its tests send them: each mutation as an operation, and a valid
// input of each kind of record (a land-border incident, a reception at a gate, a cooperation
// request), which a test changes where it needs to.
import { mutationsOf } from '@lienthong/kit/testing'
import { SUBGRAPH_DIR } from '../server.ts'

/** `writeOf(name, selection)`: `mutation($input: …!) { name(input: $input) { selection } }`, for each mutation of the SDL. */
export const writeOf = mutationsOf(SUBGRAPH_DIR)

/** A suspected trafficking case at a land-border commune in March 2024, with its persons by role. */
export const incidentInput = (externalRef: string, roles: Record<string, string[]>, over: Record<string, unknown> = {}) => ({
  externalRef,
  occurredAt: '2024-03-10T08:00:00+07:00',
  placeType: 'LAND_BORDER',
  incidentType: 'SUSPECTED_TRAFFICKING',
  unitCode: '99201',
  otherCountry: 'CN',
  persons: Object.entries(roles).flatMap(([role, personRefs]) => personRefs.map((personRef) => ({ personRef, role }))),
  ...over,
})

/** Persons received from China at the Cửa Khẩu gate in June 2024. */
export const repatriationInput = (externalRef: string, personRefs: string[], over: Record<string, unknown> = {}) => ({
  externalRef,
  fromCountry: 'CN',
  gateCode: 'CK-CUA-KHAU',
  receivedAt: '2024-06-20T09:00:00+07:00',
  personRefs,
  ...over,
})

/** A request to Interpol to locate a person in Thailand, March 2024. */
export const cooperationInput = (externalRef: string, over: Record<string, unknown> = {}) => ({
  externalRef,
  direction: 'OUTGOING',
  counterpart: 'INTERPOL',
  counterpartCountry: 'TH',
  subject: 'LOCATE_PERSON',
  requestedAt: '2024-03-12T09:00:00+07:00',
  ...over,
})
/** What makes it the neighbouring border post's request to hand persons over instead. */
export const HAND_OVER_REQUEST = { direction: 'INCOMING', counterpart: 'NEIGHBOURING_BORDER_POST', counterpartCountry: 'CN', subject: 'HAND_OVER_PERSONS' }
