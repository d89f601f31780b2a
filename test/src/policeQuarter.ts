// The records the police statistics test (statistics-police.test.ts) counts, written through the
// gateway by each agency's own officer: a quarter (Q3 2024) of police reports, cases, suspects, a
// rescue and victims, with items across the quarter's boundaries (Vietnam midnight) and in old
// communes of district 992; victims also known to Social Affairs and the Border Guard; one case
// indicted by the procuracy and tried by the court.
import { createHash } from 'node:crypto'
import { written } from './answers.ts'
import { TEST_OFFICERS, type Query, type TestNetwork } from './network.ts'
import { borderIncidentInput, supportCaseInput } from './records.ts'
import { versionRead } from './versions.ts'

/** The person reference of a test person, by tag. */
export const personRef = (tag: string) => createHash('sha256').update(`gw-stat:${tag}`).digest('hex')
/** Victims known to the police (V), persons unknown to them (U), suspects (S) and a defendant the police never recorded (X). */
function persons<T extends readonly string[]>(...tags: T) {
  return tags.map(personRef) as { [K in keyof T]: string }
}
const [V1, V2, V3, U1, U2, S1, S2, S3, X1] = persons('v1', 'v2', 'v3', 'u1', 'u2', 's1', 's2', 's3', 'x1')

const RECEIVE_REPORT = 'mutation($input: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $input) { id } }'
const CLASSIFY_REPORT = 'mutation($id: ID!, $input: ClassifyIncomingReportInput!) { classifyIncomingReport(id: $id, input: $input) { id } }'
const REPORT_STATUS = 'mutation($id: ID!, $input: ChangeIncomingReportStatusInput!) { changeIncomingReportStatus(id: $id, input: $input) { id } }'
const OPEN_CASE = 'mutation($input: OpenCriminalCaseInput!) { openCriminalCase(input: $input) { id } }'
const CASE_STATUS = 'mutation($id: ID!, $input: ChangeCriminalCaseStatusInput!) { changeCriminalCaseStatus(id: $id, input: $input) { id } }'
const RECORD_SUSPECT = 'mutation($input: RecordSuspectInput!) { recordSuspect(input: $input) { id } }'
const RECORD_VICTIM = 'mutation($input: RecordVictimInput!) { recordVictim(input: $input) { externalRef } }'
const RECORD_RESCUE = 'mutation($input: RecordRescueOperationInput!) { recordRescueOperation(input: $input) { id } }'
const RECEIVE_SUPPORT = 'mutation($input: ReceiveSupportCaseInput!) { receiveSupportCase(input: $input) { id } }'
const RECORD_INCIDENT = 'mutation($input: RecordBorderIncidentInput!) { recordBorderIncident(input: $input) { id } }'
const ACCEPT_PROCURACY_FILE = 'mutation($input: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $input) { id } }'
const INDICT = 'mutation($input: IndictInput!) { indict(input: $input) { id } }'
const ACCEPT_COURT_FILE = 'mutation($input: AcceptCourtFileInput!) { acceptCourtFile(input: $input) { id } }'
const RECORD_TRIAL = 'mutation($input: RecordTrialInput!) { recordTrial(input: $input) { id } }'

export type PoliceWrites = ReturnType<typeof policeWrites>

/** The police officer's writes, as `police`: every record gets an external reference of its own. */
export function policeWrites(police: Query) {
  let seq = 0
  const next = (prefix: string) => `${prefix}-${++seq}`
  return {
    report: async (receivedAt: string, unitCode: string, kind: string, channel: string): Promise<string> =>
      (await written(police, RECEIVE_REPORT, { externalRef: next('GW-TB'), kind, channel, receivedAt, receivedByUnitCode: '99', unitCode })).id,
    classify: async (id: string, traffickingRelated: boolean, classifiedAt: string) =>
      written(police, CLASSIFY_REPORT, { traffickingRelated, classifiedAt, version: await versionRead(police, 'incomingReport', id) }, { id }),
    reportStatus: async (id: string, status: string, at: string) =>
      written(police, REPORT_STATUS, { status, at, version: await versionRead(police, 'incomingReport', id) }, { id }),
    openCase: async (fields: Record<string, unknown>): Promise<string> =>
      (await written(police, OPEN_CASE, { externalRef: next('GW-CA'), codeArticle: 150, ...fields })).id,
    caseStatus: async (id: string, status: string, at: string) =>
      written(police, CASE_STATUS, { status, at, version: await versionRead(police, 'criminalCase', id) }, { id }),
    suspect: (caseId: string, personRef: string, fields: Record<string, unknown>) =>
      written(police, RECORD_SUSPECT, { externalRef: next('GW-DT'), caseId, personRef, role: 'RECRUITER', ...fields }),
    victim: (personRef: string, fields: Record<string, unknown>) =>
      written(police, RECORD_VICTIM, {
        externalRef: next('GW-NN'),
        personRef,
        recruitmentMethod: 'FAKE_JOB_OFFER',
        consentToShare: 'GIVEN',
        citizenship: 'VIETNAMESE',
        ...fields,
      }),
  }
}

/**
 * The quarter's records. Reports: R1 received in June (Vietnam time, last hour) and concluded in
 * July; R2 received in the first hour of July; R3 in another district; R4 in the last hour of
 * September, never classified; R5 in the first hour of October. Cases: C1 opened in the quarter
 * from R2; C2 opened in Q1 and solved in the quarter; C3 closed unsolved before it.
 */
export async function writePoliceQuarter(net: TestNetwork, police: PoliceWrites) {
  const { report, classify, reportStatus, openCase, caseStatus, suspect, victim } = police
  const r1 = await report('2024-06-30T23:30:00+07:00', '99201', 'CRIME_REPORT', 'IN_PERSON')
  await classify(r1, true, '2024-07-02T09:00:00+07:00')
  await reportStatus(r1, 'VERIFYING', '2024-07-02T10:00:00+07:00')
  await reportStatus(r1, 'NO_CASE_OPENED', '2024-07-05T10:00:00+07:00')
  const r2 = await report('2024-07-01T00:30:00+07:00', '99201', 'DENUNCIATION', 'HOTLINE_TRANSFER')
  await classify(r2, true, '2024-07-01T10:00:00+07:00')
  await reportStatus(r2, 'VERIFYING', '2024-07-01T11:00:00+07:00')
  const r3 = await report('2024-08-10T09:00:00+07:00', '99101', 'DENUNCIATION', 'ONLINE')
  await classify(r3, false, '2024-08-11T09:00:00+07:00')
  await report('2024-09-30T23:00:00+07:00', '99202', 'PROSECUTION_RECOMMENDATION', 'AGENCY_TRANSFER')
  await report('2024-10-01T00:10:00+07:00', '99202', 'CRIME_REPORT', 'IN_PERSON')
  const c1 = await openCase({
    openedAt: '2024-07-20T09:00:00+07:00',
    unitCode: '99201',
    routeKind: 'CROSS_BORDER',
    destinationCountry: 'CN',
    forms: ['FORCED_MARRIAGE', 'SEXUAL_EXPLOITATION'],
    organisedRing: true,
    reportIds: [r2],
  })
  const c2 = await openCase({
    openedAt: '2024-03-10T09:00:00+07:00',
    unitCode: '99202',
    routeKind: 'DOMESTIC',
    forms: ['FORCED_LABOUR'],
    onlineRecruitment: true,
  })
  await caseStatus(c2, 'SOLVED', '2024-07-15T09:00:00+07:00')
  const c3 = await openCase({ openedAt: '2024-02-01T09:00:00+07:00', unitCode: '99202', routeKind: 'DOMESTIC', forms: ['OTHER'] })
  await caseStatus(c3, 'CLOSED', '2024-05-01T09:00:00+07:00')
  await suspect(c1, S1, { sex: 'MALE', citizenship: 'VIETNAMESE', arrestStatus: 'ARRESTED', arrestedAt: '2024-07-21T09:00:00+07:00' })
  await suspect(c1, S2, { sex: 'FEMALE', citizenship: 'FOREIGN', citizenshipCountry: 'CN', arrestStatus: 'AT_LARGE', wanted: true })
  await suspect(c2, S3, { sex: 'MALE', citizenship: 'VIETNAMESE', arrestStatus: 'DETAINED', arrestedAt: '2024-07-15T10:00:00+07:00' })
  const rescue = await written(net.query, RECORD_RESCUE, {
    externalRef: 'GW-GC-1',
    name: 'Giải cứu thử',
    startedAt: '2024-07-24T09:00:00+07:00',
    unitCode: '99201',
    destinationCountry: 'CN',
    caseId: c1,
  })
  // victims: V1 identified in the quarter (16 at its end), rescued; V2 identified but refuses to be counted; V3 only presumed
  const identified = { caseId: c1, status: 'IDENTIFIED', recordedAt: '2024-07-24T10:00:00+07:00', sex: 'FEMALE' }
  await victim(V1, {
    ...identified,
    identifiedAt: '2024-07-25T10:00:00+07:00',
    birthYear: 2008,
    forms: ['FORCED_MARRIAGE'],
    consentToCount: 'GIVEN',
    rescueOperationId: rescue.id,
  })
  await victim(V2, { ...identified, identifiedAt: '2024-07-26T10:00:00+07:00', birthYear: 1990, forms: ['SEXUAL_EXPLOITATION'], consentToCount: 'REFUSED' })
  await victim(V3, {
    caseId: c2,
    status: 'PRESUMED',
    recordedAt: '2024-07-16T10:00:00+07:00',
    sex: 'MALE',
    birthYear: 2012,
    forms: ['FORCED_LABOUR'],
    consentToCount: 'NOT_ASKED',
  })
  // Social Affairs sees V1, V2 and U1 (unknown to the police); the Border Guard U1, U2 and V3
  const social = await net.as(TEST_OFFICERS.social_affairs)
  for (const [k, person] of [V1, V2, U1].entries()) {
    await written(social, RECEIVE_SUPPORT, supportCaseInput(`GW-HT-${k}`, person, `2024-08-0${k + 1}T09:00:00+07:00`, { unitCode: '99201', arrival: 'POLICE' }))
  }
  const border = await net.as(TEST_OFFICERS.border_guard)
  await written(border, RECORD_INCIDENT, borderIncidentInput('GW-BP-1', '2024-08-15T09:00:00+07:00', '99201', 'CN', [U1, U2, V3]))
  await writeJustice(net, c2)
}

/** C2 goes to the procuracy and the court: S3 and X1 (unknown to the police) indicted, S3 convicted, X1 acquitted. */
async function writeJustice(net: TestNetwork, caseId: string) {
  const procuracy = await net.as(TEST_OFFICERS.procuracy)
  const court = await net.as(TEST_OFFICERS.court)
  const defendants = [S3, X1]
  const file = await written(procuracy, ACCEPT_PROCURACY_FILE, {
    externalRef: 'GW-VKS-1',
    caseId,
    acceptedAt: '2024-07-20T09:00:00+07:00',
    unitCode: '99202',
    defendants,
  })
  const charges = defendants.map((person) => ({ personRef: person, article: 150, clause: 1 }))
  const indictment = await written(procuracy, INDICT, { externalRef: 'GW-CT-1', procuracyFileId: file.id, indictedAt: '2024-08-01T09:00:00+07:00', charges })
  const courtFile = await written(court, ACCEPT_COURT_FILE, { externalRef: 'GW-TA-1', indictmentId: indictment.id, acceptedAt: '2024-08-10T09:00:00+07:00' })
  const verdicts = [
    { personRef: S3, outcome: 'CONVICTED', article: 150, clause: 1, sentenceKind: 'IMPRISONMENT', sentenceMonths: 84 },
    { personRef: X1, outcome: 'ACQUITTED' },
  ]
  await written(court, RECORD_TRIAL, { judgmentRef: 'GW-BA-1', courtFileId: courtFile.id, triedAt: '2024-09-10T09:00:00+07:00', kind: 'MODEL_TRIAL', verdicts })
}

/** `n` more sets of police records in district 992 (Biên Giang) in the quarter: a report, its case, a suspect and an identified victim each. */
export async function writeDistrictRecords(police: PoliceWrites, n: number, tag: string) {
  for (let k = 0; k < n; k++) {
    const r = await police.report('2024-08-05T09:00:00+07:00', '99202', 'CRIME_REPORT', 'ONLINE')
    await police.classify(r, true, '2024-08-06T09:00:00+07:00')
    await police.reportStatus(r, 'VERIFYING', '2024-08-06T10:00:00+07:00')
    const c = await police.openCase({
      openedAt: '2024-08-10T09:00:00+07:00',
      unitCode: '99202',
      routeKind: 'CROSS_BORDER',
      destinationCountry: 'CN',
      forms: ['FORCED_MARRIAGE'],
      reportIds: [r],
    })
    await police.suspect(c, personRef(`${tag}-s${k}`), { sex: 'MALE', citizenship: 'VIETNAMESE', arrestStatus: 'AT_LARGE' })
    await police.victim(personRef(`${tag}-v${k}`), {
      caseId: c,
      status: 'IDENTIFIED',
      recordedAt: '2024-08-10T10:00:00+07:00',
      identifiedAt: '2024-08-11T10:00:00+07:00',
      sex: 'FEMALE',
      birthYear: 2000,
      forms: ['FORCED_MARRIAGE'],
      consentToCount: 'GIVEN',
    })
  }
}
