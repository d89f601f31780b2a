// Social Affairs' writes as the tests send them: each mutation as an operation, the providers
// that take victims in, and a valid referral, which a test changes where it needs to.
import { mutationsOf } from '@lienthong/kit/testing'
import { SUBGRAPH_DIR } from '../server.ts'

/** `writeOf(name, selection)`: `mutation($input: …!) { name(input: $input) { selection } }`, for each mutation of the SDL. */
export const writeOf = mutationsOf(SUBGRAPH_DIR)

export const centre = { name: 'Cơ sở hỗ trợ nạn nhân bị mua bán Hải Biên', type: 'VICTIM_SUPPORT_FACILITY' }
export const hospital = { name: 'Bệnh viện Đa khoa tỉnh Hải Biên', type: 'HEALTH_FACILITY' }

/** A referral of a case from the support centre to the provincial hospital for specialised care, sharing no personal data. */
export const referralInput = (externalRef: string, supportCaseId: string, over: Record<string, unknown> = {}) => ({
  externalRef,
  supportCaseId,
  from: centre,
  to: hospital,
  reason: 'SPECIALISED_CARE',
  forService: 'MEDICAL_CARE',
  sharesPersonData: false,
  referredAt: '2025-08-10T09:00:00+07:00',
  ...over,
})

/** A person received at the provincial facility, screened and assessed (the mutations test's first case). */
export const receptionOf = (personRef: string) => ({
  externalRef: 'LDTBXH-T-0001',
  personRef,
  receivedAt: '2025-08-04T09:30:00+07:00',
  facility: 'VICTIM_SUPPORT_FACILITY',
  unitCode: '99801',
  arrival: 'RETURNED_FROM_ABROAD',
  screening: { result: 'PRESUMED_VICTIM', screenedAt: '2025-08-04T15:00:00+07:00' },
  needsAssessment: { needs: ['SHELTER', 'MEDICAL_CARE'], assessedAt: '2025-08-05T10:00:00+07:00' },
})
