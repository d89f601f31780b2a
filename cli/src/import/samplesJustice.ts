// The sample records of the police, the procuracy and the court: two cases, the first followed
// through its suspects, rescue and victims to the procuracy's file, the indictment, the court's
// file and the trial (part of the sample chain: samples.ts). Every value is invented.
import { createHash } from 'node:crypto'
import type { SampleValue } from './columnFormat.ts'

export type SampleRow = Readonly<Record<string, SampleValue>>
/** An invented person's reference (64 hex characters, like a real one, tied to no one). */
const person = (label: string) => createHash('sha256').update(`lienthong mẫu — sample ${label}`).digest('hex')
export const SAMPLE_PERSONS = {
  suspect1: person('đối tượng 1'),
  suspect2: person('đối tượng 2'),
  suspect3: person('đối tượng 3'),
  victim1: person('nạn nhân 1'),
  victim2: person('nạn nhân 2'),
  returnee1: person('người trở về 1'),
  returnee2: person('người trở về 2'),
  seaWorker: person('thuyền viên 1'),
} as const
const P = SAMPLE_PERSONS

const CASE1 = 'VA-MAU-2025-01'
const CASE2 = 'VA-MAU-2025-02'

const suspect = (externalRef: string, caseRef: string, personRef: string, more: Record<string, SampleValue>) => ({
  externalRef,
  caseRef,
  personRef,
  citizenship: 'VIETNAMESE',
  wanted: false,
  ...more,
})
const charge = (personRef: string, clause: number) => ({
  externalRef: 'CT-MAU-2025-01',
  procuracyFileRef: 'HS-VKS-MAU-2025-01',
  indictedAt: '10/11/2025',
  'charges.personRef': personRef,
  'charges.article': 150,
  'charges.clause': clause,
})
const verdict = (personRef: string, clause: number, sentenceKind: string, sentenceMonths: number) => ({
  judgmentRef: 'BA-MAU-2025-01',
  courtFileRef: 'TA-MAU-2025-01',
  triedAt: '15/12/2025',
  kind: 'MOBILE_TRIAL',
  venueUnitCode: '99803',
  'verdicts.personRef': personRef,
  'verdicts.outcome': 'CONVICTED',
  'verdicts.article': 150,
  'verdicts.clause': clause,
  'verdicts.sentenceKind': sentenceKind,
  'verdicts.sentenceMonths': sentenceMonths,
})

/**
 * Incoming reports are only received by an import; a case names its reports (reportRefs) only
 * once they are classified trafficking-related and being verified, so the sample cases name none.
 */
export const JUSTICE_SAMPLES: Readonly<Record<string, readonly SampleRow[]>> = {
  'incoming-reports': [
    { externalRef: 'NT-MAU-2025-001', kind: 'DENUNCIATION', channel: 'IN_PERSON', receivedAt: '02/09/2025', receivedByUnitCode: '99', unitCode: '99803' },
    {
      externalRef: 'NT-MAU-2025-002',
      kind: 'CRIME_REPORT',
      channel: 'AGENCY_TRANSFER',
      receivedAt: '03/09/2025',
      receivedByUnitCode: '99803',
      unitCode: '99803',
    },
    {
      externalRef: 'NT-MAU-2025-003',
      kind: 'CRIME_REPORT',
      channel: 'HOTLINE_TRANSFER',
      receivedAt: '05/09/2025',
      receivedByUnitCode: '99',
      unitCode: '99805',
    },
  ],
  cases: [
    {
      externalRef: CASE1,
      openedAt: '10/09/2025',
      codeArticle: 150,
      unitCode: '99803',
      routeKind: 'CROSS_BORDER',
      destinationCountry: 'CN',
      forms: ['FORCED_MARRIAGE', 'SEXUAL_EXPLOITATION'],
      organisedRing: true,
      onlineRecruitment: true,
    },
    { externalRef: CASE2, openedAt: '12/09/2025', codeArticle: 151, unitCode: '99805', routeKind: 'DOMESTIC', forms: ['FORCED_LABOUR'], organisedRing: false },
  ],
  suspects: [
    suspect('DT-MAU-2025-01', CASE1, P.suspect1, { sex: 'MALE', birthYear: 1985, role: 'ORGANISER', arrestStatus: 'ARRESTED', arrestedAt: '15/09/2025' }),
    suspect('DT-MAU-2025-02', CASE1, P.suspect2, { sex: 'FEMALE', birthYear: 1990, role: 'RECRUITER', arrestStatus: 'DETAINED', arrestedAt: '16/09/2025' }),
    suspect('DT-MAU-2025-03', CASE2, P.suspect3, {
      sex: 'MALE',
      birthYear: 1979,
      citizenship: 'FOREIGN',
      citizenshipCountry: 'LA',
      role: 'BROKER',
      arrestStatus: 'AT_LARGE',
      wanted: true,
    }),
  ],
  rescues: [
    {
      externalRef: 'GC-MAU-2025-01',
      name: 'Giải cứu tại xã Cửa Khẩu Biên Giang (minh hoạ)',
      startedAt: '11/09/2025',
      unitCode: '99803',
      destinationCountry: 'CN',
      caseRef: CASE1,
    },
  ],
  victims: [
    {
      externalRef: 'NN-MAU-2025-01',
      personRef: P.victim1,
      caseRef: CASE1,
      status: 'IDENTIFIED',
      recordedAt: '11/09/2025',
      identifiedAt: '13/09/2025',
      sex: 'FEMALE',
      birthYear: 2003,
      citizenship: 'VIETNAMESE',
      forms: ['FORCED_MARRIAGE'],
      recruitmentMethod: 'MARRIAGE_BROKERING',
      rescueOperationRef: 'GC-MAU-2025-01',
      consentToCount: 'GIVEN',
      consentToShare: 'GIVEN',
      'personal.fullName': 'Nguyễn Thị A',
    },
    {
      externalRef: 'NN-MAU-2025-02',
      personRef: P.victim2,
      caseRef: CASE2,
      status: 'PRESUMED',
      recordedAt: '12/09/2025',
      sex: 'MALE',
      birthYear: 2011,
      citizenship: 'VIETNAMESE',
      forms: ['FORCED_LABOUR'],
      recruitmentMethod: 'FAKE_JOB_OFFER',
      consentToCount: 'NOT_ASKED',
      consentToShare: 'NOT_ASKED',
      'personal.fullName': 'Trần Văn B',
    },
  ],
  'procuracy-files': [{ externalRef: 'HS-VKS-MAU-2025-01', caseRef: CASE1, acceptedAt: '20/10/2025', unitCode: '99803', defendants: [P.suspect1, P.suspect2] }],
  indictments: [charge(P.suspect1, 2), charge(P.suspect2, 1)],
  'court-files': [{ externalRef: 'TA-MAU-2025-01', indictmentRef: 'CT-MAU-2025-01', acceptedAt: '17/11/2025' }],
  trials: [verdict(P.suspect1, 2, 'IMPRISONMENT', 120), verdict(P.suspect2, 1, 'IMPRISONMENT', 60)],
}
