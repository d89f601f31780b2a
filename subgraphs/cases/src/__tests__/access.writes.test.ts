// Writes of the police subgraph by caller (NET-7), in process on SQLite and PostgreSQL: only the
// police's officers and supervisors write; every other caller is refused and writes nothing.
import { describe, expect, it } from 'vitest'
import { rowCounts, tableRows, testProviders } from '@lienthong/kit/testing'
import { AGENCIES, AUDITOR, errorsOf, policeAccessWorld, REF_R, W, who } from './accessFixture.ts'

const TABLES = [
  'incomingReport',
  'criminalCase',
  'caseExploitationForm',
  'caseVictim',
  'suspect',
  'person',
  'victim',
  'victimExploitationForm',
  'rescueOperation',
  'peakCampaign',
  'peakCampaignUnit',
  'reportSubmission',
  'auditEntry',
] as const

describe.each(await testProviders())('police writes by caller on %s', (provider) => {
  const { sg, ids, rootFields } = policeAccessWorld(provider)

  it('(c) refuses every mutation to other agencies and to non-writing police roles, writing nothing', async () => {
    const calls: Record<string, string> = {
      receiveIncomingReport:
        'mutation { receiveIncomingReport(input: { externalRef: "TG-ACC-X", kind: DENUNCIATION, channel: ONLINE, receivedAt: "2024-05-01T09:00:00+07:00", receivedByUnitCode: "99", unitCode: "99101" }) { id } }',
      classifyIncomingReport: `mutation { classifyIncomingReport(id: "${ids.report}", input: { traffickingRelated: true, classifiedAt: "2024-02-21T09:00:00+07:00", version: 1 }) { id } }`,
      changeIncomingReportStatus: `mutation { changeIncomingReportStatus(id: "${ids.report}", input: { status: VERIFYING, at: "2024-02-22T09:00:00+07:00", version: 1 }) { id } }`,
      openCriminalCase:
        'mutation { openCriminalCase(input: { externalRef: "CA-ACC-X", openedAt: "2024-05-01T09:00:00+07:00", codeArticle: 150, unitCode: "99101", routeKind: DOMESTIC, forms: [OTHER] }) { id } }',
      changeCriminalCaseStatus: `mutation { changeCriminalCaseStatus(id: "${ids.case}", input: { status: SOLVED, at: "2024-05-01T09:00:00+07:00", version: 1 }) { id } }`,
      recordSuspect: `mutation { recordSuspect(input: { externalRef: "DT-ACC-X", caseId: "${ids.case}", personRef: "${'d'.repeat(64)}", sex: MALE, citizenship: VIETNAMESE, role: BROKER, arrestStatus: AT_LARGE }) { id } }`,
      recordVictim: `mutation { recordVictim(input: { externalRef: "NN-ACC-X", personRef: "${'e'.repeat(64)}", status: PRESUMED, recordedAt: "2024-05-01T09:00:00+07:00", sex: FEMALE, citizenship: VIETNAMESE,
        forms: [OTHER], recruitmentMethod: OTHER, consentToCount: GIVEN, consentToShare: GIVEN, personal: { fullName: "${W.fullName}" } }) { externalRef } }`,
      addVictimToCase: `mutation { addVictimToCase(caseId: "${ids.case}", personRef: "${REF_R}") { id } }`,
      changeVictimStatus: `mutation { changeVictimStatus(personRef: "${REF_R}", input: { status: IDENTIFIED, at: "2024-05-01T09:00:00+07:00", version: 1 }) { status } }`,
      recordRescueOperation: `mutation { recordRescueOperation(input: { externalRef: "GC-ACC-X", name: "x", startedAt: "2024-05-01T09:00:00+07:00", unitCode: "99101", rescuedPersonRefs: ["${'1'.repeat(64)}"] }) { id } }`,
      createPeakCampaign:
        'mutation { createPeakCampaign(input: { externalRef: "CD-ACC-X", name: "x", startsOn: "2024-05-01", endsOn: "2024-05-31", unitCodes: ["99"] }) { id } }',
      submitPoliceReport: 'mutation { submitPoliceReport(input: { period: { kind: YEAR, year: 2024 } }) { revision } }',
    }
    expect(Object.keys(calls).sort()).toEqual(await rootFields('Mutation'))
    const [rowsBefore, countsBefore] = [await tableRows(sg.db, TABLES), await rowCounts(sg.db, TABLES)]
    const callers = [
      ...AGENCIES.filter((a) => a !== 'police').flatMap((a) => [who(a, 'officer'), who(a, 'supervisor')]),
      who('police', 'analyst'),
      who('police', 'integrator'),
      AUDITOR,
    ]
    for (const as of callers) {
      for (const [field, query] of Object.entries(calls)) {
        const r: any = await sg.execute(query, {}, as)
        expect(errorsOf(r), `${as.agency} ${as.role} ${field}`).toEqual([`FORBIDDEN ${field}`])
        expect(Object.values(r.data ?? {}).filter((v) => v != null)).toEqual([])
      }
    }
    expect(await rowCounts(sg.db, TABLES)).toEqual(countsBefore)
    expect(await tableRows(sg.db, TABLES)).toEqual(rowsBefore)
  })
})
