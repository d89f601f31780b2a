// The sample records of Social Affairs and the Border Guard: a support case (the police's first
// victim) with its services and referrals, hotline calls, a border incident whose persons are then
// received back through a border gate, and the cooperation with the neighbouring border post on
// both (part of the sample chain: samples.ts). Every value is invented.
import { SAMPLE_PERSONS as P, type SampleRow } from './samplesJustice.ts'

const centre = { name: 'Cơ sở hỗ trợ nạn nhân tỉnh Hải Biên (minh hoạ)', type: 'VICTIM_SUPPORT_FACILITY' }
const SUPPORT1 = 'HT-MAU-2025-01'
const incidentPerson = (personRef: string, role: string) => ({
  externalRef: 'BP-MAU-2025-01',
  occurredAt: '20/09/2025',
  placeType: 'CHECKPOINT',
  incidentType: 'SUSPECTED_TRAFFICKING',
  unitCode: '99803',
  otherCountry: 'CN',
  'persons.personRef': personRef,
  'persons.role': role,
})

export const CARE_AND_BORDER_SAMPLES: Readonly<Record<string, readonly SampleRow[]>> = {
  'support-cases': [
    {
      externalRef: SUPPORT1,
      personRef: P.victim1,
      receivedAt: '14/09/2025',
      facility: 'VICTIM_SUPPORT_FACILITY',
      unitCode: '99801',
      arrival: 'POLICE',
      consentToShare: 'GIVEN',
      'screening.result': 'PRESUMED_VICTIM',
      'screening.screenedAt': '14/09/2025',
      'needsAssessment.needs': ['SHELTER', 'MEDICAL_CARE', 'LEGAL_AID'],
      'needsAssessment.assessedAt': '15/09/2025',
    },
    {
      externalRef: 'HT-MAU-2025-02',
      personRef: P.returnee1,
      receivedAt: '23/09/2025',
      facility: 'SOCIAL_PROTECTION_CENTRE',
      unitCode: '99806',
      arrival: 'BORDER_GUARD',
    },
  ],
  'support-services': [
    {
      externalRef: 'DV-MAU-2025-01',
      supportCaseRef: SUPPORT1,
      type: 'SHELTER',
      'provider.name': centre.name,
      'provider.type': centre.type,
      startedOn: '14/09/2025',
      endedOn: '30/09/2025',
    },
    {
      externalRef: 'DV-MAU-2025-02',
      supportCaseRef: SUPPORT1,
      type: 'MEDICAL_CARE',
      'provider.name': 'Bệnh viện đa khoa tỉnh Hải Biên (minh hoạ)',
      'provider.type': 'HEALTH_FACILITY',
      startedOn: '15/09/2025',
    },
  ],
  referrals: [
    {
      externalRef: 'CG-MAU-2025-01',
      supportCaseRef: SUPPORT1,
      'from.name': centre.name,
      'from.type': centre.type,
      'to.name': 'Trung tâm trợ giúp pháp lý tỉnh Hải Biên (minh hoạ)',
      'to.type': 'LEGAL_AID_CENTRE',
      reason: 'LEGAL_PROCEEDINGS',
      forService: 'LEGAL_AID',
      sharesPersonData: false,
      referredAt: '16/09/2025',
    },
    {
      externalRef: 'CG-MAU-2025-02',
      supportCaseRef: SUPPORT1,
      'from.name': centre.name,
      'from.type': centre.type,
      'to.name': 'Công an xã Cửa Khẩu Biên Giang (minh hoạ)',
      'to.type': 'POLICE',
      toUnitCode: '99803',
      reason: 'LEGAL_PROCEEDINGS',
      forService: 'LEGAL_AID',
      sharesPersonData: true,
      referredAt: '18/09/2025',
    },
  ],
  'hotline-contacts': [
    { externalRef: 'DDN-MAU-2025-01', receivedAt: '01/09/2025', unitCode: '99802', channel: 'PHONE', concernsTrafficking: true },
    { externalRef: 'DDN-MAU-2025-02', receivedAt: '04/09/2025', unitCode: '99809', channel: 'TEXT_MESSAGE', concernsTrafficking: false },
  ],
  'border-incidents': [
    incidentPerson(P.returnee1, 'PRESUMED_VICTIM'),
    incidentPerson(P.returnee2, 'PRESUMED_VICTIM'),
    {
      externalRef: 'BP-MAU-2025-02',
      occurredAt: '26/09/2025',
      placeType: 'SEA',
      incidentType: 'FORCED_LABOUR_AT_SEA',
      unitCode: '99805',
      otherCountry: 'ID',
      'persons.personRef': P.seaWorker,
      'persons.role': 'PRESUMED_VICTIM',
    },
  ],
  repatriations: [
    { externalRef: 'TN-MAU-2025-01', fromCountry: 'CN', gateCode: 'CK-CUA-KHAU', receivedAt: '22/09/2025', personRefs: [P.returnee1, P.returnee2] },
  ],
  cooperation: [
    {
      externalRef: 'HTQT-MAU-2025-01',
      direction: 'OUTGOING',
      counterpart: 'NEIGHBOURING_BORDER_POST',
      counterpartCountry: 'CN',
      subject: 'VERIFY_IDENTITY',
      requestedAt: '21/09/2025',
      incidentRef: 'BP-MAU-2025-01',
    },
    {
      externalRef: 'HTQT-MAU-2025-02',
      direction: 'INCOMING',
      counterpart: 'NEIGHBOURING_BORDER_POST',
      counterpartCountry: 'CN',
      counterpartRef: 'CN-BP/2025/0118',
      subject: 'HAND_OVER_PERSONS',
      requestedAt: '21/09/2025',
      repatriationRef: 'TN-MAU-2025-01',
    },
  ],
}
