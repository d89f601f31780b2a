// Inputs of the records the tests write through the gateway, with the values a test does not
// look at filled in: each test names what it checks.

const PRESUMED_VICTIM = { status: 'PRESUMED', sex: 'FEMALE', citizenship: 'VIETNAMESE', forms: ['FORCED_LABOUR'], recruitmentMethod: 'OTHER' }

/** A RecordVictimInput: a presumed victim of forced labour who consents to being counted and to sharing; `fields` add or override. */
export const victimInput = (externalRef: string, recordedAt: string, fields: Record<string, unknown> = {}) => ({
  externalRef,
  recordedAt,
  ...PRESUMED_VICTIM,
  consentToCount: 'GIVEN',
  consentToShare: 'GIVEN',
  ...fields,
})

/** A ReceiveSupportCaseInput: a person received at the social protection centre; `fields` add (unitCode, arrival, …) or override. */
export const supportCaseInput = (externalRef: string, personRef: string, receivedAt: string, fields: Record<string, unknown>) => ({
  externalRef,
  personRef,
  receivedAt,
  facility: 'SOCIAL_PROTECTION_CENTRE',
  ...fields,
})

/** A RecordBorderIncidentInput: presumed victims of suspected trafficking met at a land border. */
export const borderIncidentInput = (externalRef: string, occurredAt: string, unitCode: string, otherCountry: string, presumedVictims: string[]) => ({
  externalRef,
  occurredAt,
  placeType: 'LAND_BORDER',
  incidentType: 'SUSPECTED_TRAFFICKING',
  unitCode,
  otherCountry,
  persons: presumedVictims.map((personRef) => ({ personRef, role: 'PRESUMED_VICTIM' })),
})
