// Every police write through the kit's pipeline, in process on a fresh database (SQLite, and
// PostgreSQL under CI): each record created or changed is audited once (its GraphQL type, its id
// or person reference, the names of the fields set), a replay is answered and audits nothing.
import { describe, expect, it } from 'vitest'
import { auditedWrite, auditHead, subgraphUnderTest, testProviders } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { caseInput, reportInput, victimInput } from './writeInputs.ts'

const P = (d: string) => d.repeat(64)
const REPORT = reportInput('TG-W-1')
const CASE = caseInput('CA-W-1')
const PERSONAL = { fullName: 'Nạn nhân Ghi W1', phone: '0900 000 991' }
const VICTIM = victimInput('NN-W-1', { personRef: P('d'), personal: PERSONAL })
const SUSPECT = { externalRef: 'DT-W-1', personRef: P('e'), sex: 'MALE', citizenship: 'VIETNAMESE', role: 'RECRUITER', arrestStatus: 'AT_LARGE', wanted: true }
const RESCUE = { externalRef: 'GC-W-1', name: 'Giải cứu W', startedAt: '2024-04-03T09:00:00+07:00', unitCode: '99101', rescuedPersonRefs: [P('d')] }
const CAMPAIGN = { externalRef: 'DCD-W-1', name: 'Đợt W', startsOn: '2024-06-01', endsOn: '2024-06-30', unitCodes: ['99'] }

const M = {
  receive: 'mutation($input: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $input) { id } }',
  classify: 'mutation($id: ID!, $input: ClassifyIncomingReportInput!) { classifyIncomingReport(id: $id, input: $input) { id } }',
  reportStatus: 'mutation($id: ID!, $input: ChangeIncomingReportStatusInput!) { changeIncomingReportStatus(id: $id, input: $input) { id } }',
  open: 'mutation($input: OpenCriminalCaseInput!) { openCriminalCase(input: $input) { id } }',
  caseStatus: 'mutation($id: ID!, $input: ChangeCriminalCaseStatusInput!) { changeCriminalCaseStatus(id: $id, input: $input) { id } }',
  suspect: 'mutation($input: RecordSuspectInput!) { recordSuspect(input: $input) { id } }',
  victim: 'mutation($input: RecordVictimInput!) { recordVictim(input: $input) { externalRef } }',
  victimStatus: 'mutation($ref: PersonRef!, $input: ChangeVictimStatusInput!) { changeVictimStatus(personRef: $ref, input: $input) { status } }',
  link: 'mutation($caseId: ID!, $ref: PersonRef!) { addVictimToCase(caseId: $caseId, personRef: $ref) { id } }',
  rescue: 'mutation($input: RecordRescueOperationInput!) { recordRescueOperation(input: $input) { id } }',
  campaign: 'mutation($input: CreatePeakCampaignInput!) { createPeakCampaign(input: $input) { id } }',
}

describe.each(await testProviders())('police writes on the kit pipeline, audited on %s', (provider) => {
  const sg = subgraphUnderTest(subgraph, provider)

  const headSeq = () => auditHead(sg.db)
  /** Runs a write (it must succeed) and answers its data with the audit entries it appended: [operation, type, refs, fields]. */
  async function audited(query: string, variables: Record<string, unknown>) {
    const { data, noted } = await auditedWrite(sg, query, variables)
    return { data: data as any, entries: noted.map((e) => [e.operation, e.recordType, e.recordRefs, [...e.fields].sort()]) }
  }
  /** The same write again: the same answer, no write audited (a victim record answered is a read like any other: `reads`). */
  async function replayed(query: string, variables: Record<string, unknown>, first: unknown, reads: unknown[] = []) {
    const again = await audited(query, variables)
    expect(again.data).toEqual(first)
    expect(again.entries).toEqual(reads)
  }

  it('audits each record a write creates or changes once, and a replay not at all', async () => {
    const received = await audited(M.receive, { input: REPORT })
    const report = received.data.id
    expect(received.entries).toEqual([
      [
        'write receiveIncomingReport',
        'IncomingReport',
        [report],
        ['channel', 'externalRef', 'kind', 'receivedAt', 'receivedByUnitCode', 'status', 'statusHistory', 'unitCode'],
      ],
    ])
    await replayed(M.receive, { input: REPORT }, received.data)

    const classify = { id: report, input: { traffickingRelated: true, classifiedAt: '2024-03-03T09:00:00+07:00', version: 1 } }
    expect((await audited(M.classify, classify)).entries).toEqual([
      ['write classifyIncomingReport', 'IncomingReport', [report], ['classifiedAt', 'traffickingRelated']],
    ])
    await replayed(M.classify, classify, { id: report })

    const verify = { id: report, input: { status: 'VERIFYING', at: '2024-03-04T09:00:00+07:00', version: 2 } }
    expect((await audited(M.reportStatus, verify)).entries).toEqual([
      ['write changeIncomingReportStatus', 'IncomingReport', [report], ['resolvedAt', 'status', 'statusHistory']],
    ])
    await replayed(M.reportStatus, verify, { id: report })

    // a case opened from the report: the case created and the report changed, one entry each
    const opened = await audited(M.open, { input: { ...CASE, reportIds: [report] } })
    const caseId = opened.data.id
    expect(opened.entries).toEqual([
      [
        'write openCriminalCase',
        'CriminalCase',
        [caseId],
        [
          'codeArticle',
          'destinationCountry',
          'externalRef',
          'forms',
          'onlineRecruitment',
          'openedAt',
          'organisedRing',
          'peakCampaign',
          'reports',
          'routeKind',
          'status',
          'statusHistory',
          'unitCode',
        ],
      ],
      ['write openCriminalCase', 'IncomingReport', [report], ['criminalCase', 'resolvedAt', 'status', 'statusHistory']],
    ])
    await replayed(M.open, { input: { ...CASE, reportIds: [report] } }, opened.data)

    const solve = { id: caseId, input: { status: 'SOLVED', at: '2024-04-20T09:00:00+07:00', version: 1 } }
    expect((await audited(M.caseStatus, solve)).entries).toEqual([
      ['write changeCriminalCaseStatus', 'CriminalCase', [caseId], ['solvedAt', 'status', 'statusHistory']],
    ])
    await replayed(M.caseStatus, solve, { id: caseId })
  })

  it('audits the persons written with victims and suspects by reference, the personal fields given by name only', async () => {
    const recorded = await audited(M.victim, { input: VICTIM })
    expect(recorded.entries).toEqual([
      [
        'write recordVictim',
        'PoliceVictim',
        [P('d')],
        ['consentToCount', 'consentToShare', 'externalRef', 'forms', 'fullName', 'identifiedAt', 'phone', 'recruitmentMethod', 'rescueOperation', 'status'],
      ],
      ['write recordVictim', 'Person', [P('d')], ['birthYear', 'citizenship', 'citizenshipCountry', 'sex']],
    ])
    await replayed(M.victim, { input: VICTIM }, recorded.data, [['read recordVictim', 'PoliceVictim', [P('d')], ['externalRef']]])
    expect(JSON.stringify(await sg.db.auditEntry.findMany())).not.toContain(PERSONAL.fullName)

    const identify = { ref: P('d'), input: { status: 'IDENTIFIED', at: '2024-04-05T09:00:00+07:00', version: 1 } }
    expect((await audited(M.victimStatus, identify)).entries).toEqual([['write changeVictimStatus', 'PoliceVictim', [P('d')], ['identifiedAt', 'status']]])
    await replayed(M.victimStatus, identify, { status: 'IDENTIFIED' }, [['read changeVictimStatus', 'PoliceVictim', [P('d')], ['status']]])

    const caseId = (await audited(M.open, { input: { ...CASE, externalRef: 'CA-W-2' } })).data.id
    const linked = await audited(M.link, { caseId, ref: P('d') })
    expect(linked.entries).toEqual([['write addVictimToCase', 'PoliceVictim', [P('d')], ['victimInCases']]])
    await replayed(M.link, { caseId, ref: P('d') }, linked.data)

    // a suspect: the suspect record and, the first time the police see the person, the person record
    const suspect = await audited(M.suspect, { input: { ...SUSPECT, caseId } })
    expect(suspect.entries).toEqual([
      ['write recordSuspect', 'CaseSuspect', [suspect.data.id], ['arrestStatus', 'arrestedAt', 'criminalCase', 'externalRef', 'person', 'role', 'wanted']],
      ['write recordSuspect', 'Person', [P('e')], ['birthYear', 'citizenship', 'citizenshipCountry', 'sex']],
    ])
    await replayed(M.suspect, { input: { ...SUSPECT, caseId } }, suspect.data)
    const again = await audited(M.suspect, {
      input: { ...SUSPECT, externalRef: 'DT-W-2', caseId: (await audited(M.open, { input: { ...CASE, externalRef: 'CA-W-3' } })).data.id },
    })
    expect(again.entries.map(([, type]) => type)).toEqual(['CaseSuspect'])
  })

  it('audits a rescue with the victims it freed, and a campaign', async () => {
    await audited(M.victim, { input: { ...VICTIM, externalRef: 'NN-W-2', personRef: P('f'), personal: null } })
    const rescue = { ...RESCUE, rescuedPersonRefs: [P('f')] }
    const rescued = await audited(M.rescue, { input: rescue })
    expect(rescued.entries).toEqual([
      [
        'write recordRescueOperation',
        'RescueOperation',
        [rescued.data.id],
        ['criminalCase', 'destinationCountry', 'externalRef', 'name', 'peakCampaign', 'startedAt', 'unitCode', 'victims'],
      ],
      ['write recordRescueOperation', 'PoliceVictim', [P('f')], ['rescueOperation', 'rescued']],
    ])
    await replayed(M.rescue, { input: rescue }, rescued.data)

    const campaign = await audited(M.campaign, { input: CAMPAIGN })
    expect(campaign.entries).toEqual([
      ['write createPeakCampaign', 'PeakCampaign', [campaign.data.id], ['endsOn', 'externalRef', 'name', 'startsOn', 'unitCodes']],
    ])
    await replayed(M.campaign, { input: CAMPAIGN }, campaign.data)
  })

  it('refuses a different write under a used reference and audits nothing', async () => {
    const mark = await headSeq()
    const r: any = await sg.execute(M.campaign, { input: { ...CAMPAIGN, name: 'Đợt khác' } })
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    expect(await headSeq()).toBe(mark)
  })
})
