// The procuracy's and the court's writes in process on SQLite and PostgreSQL: the whole chain
// with exact values, writes only from the owning office, bad inputs naming the field, legal
// transitions only, idempotent replays (including of the seeded records). The officers declare
// their purpose: a mutation's answer without one shows only the records it wrote (README).
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { startSeededSubgraph, testProviders, type TestSubgraph } from '@lienthong/kit/testing'
import type { Identity } from '@lienthong/kit/identity'
import { adminUnits } from '@lienthong/schema'
import { subgraph } from '../server.ts'
import type { Db } from '../db.ts'
import { actingOfficeOf, assertOwner } from '../domain/office.ts'

const world = demoWorld(DEV_NETWORK_KEY)
const PROCURACY: Identity = { sub: 'kiem-sat-vien-01', agency: 'procuracy', role: 'officer', unit: '99', purpose: 'prosecution' }
const COURT: Identity = { sub: 'tham-phan-01', agency: 'court', role: 'officer', unit: '99', purpose: 'adjudication' }
const POLICE: Identity = { sub: 'dieu-tra-vien-01', agency: 'police', role: 'officer', unit: '99', purpose: 'investigation' }
const A = 'a1'.repeat(32)
const B = 'b2'.repeat(32)
const C = 'c3'.repeat(32)

const ACCEPT =
  'mutation($input: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $input) { id externalRef status statusSince unitCode office defendants { id personRef } statusHistory { fromStatus toStatus at } } }'
const CHANGE =
  'mutation($input: ChangeProcuracyStatusInput!) { changeProcuracyStatus(input: $input) { id status statusSince statusHistory { decisionRef fromStatus toStatus reason } } }'
const INDICT =
  'mutation($input: IndictInput!) { indict(input: $input) { id externalRef indictedAt office charges { article clause defendant { personRef } } procuracyFile { status indictedAt } } }'
const ACCEPT_COURT = 'mutation($input: AcceptCourtFileInput!) { acceptCourtFile(input: $input) { id externalRef status office indictment { id } } }'
const CHANGE_COURT = 'mutation($input: ChangeCourtFileStatusInput!) { changeCourtFileStatus(input: $input) { id status statusHistory { toStatus } } }'
const TRIAL =
  'mutation($input: RecordTrialInput!) { recordTrial(input: $input) { id status statusSince trial { judgmentRef triedAt kind venueUnitCode } verdicts { id office outcome article clause sentenceKind sentenceMonths decidedAt defendant { personRef } } } }'
const APPEAL = 'mutation($input: FileAppealInput!) { fileAppeal(input: $input) { id externalRef status party filedAt office } }'
const DECIDE =
  'mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { id status decisionRef decidedAt amendedSentenceMonths verdict { sentenceMonths } } }'

describe.each(await testProviders())('prosecutions writes on %s', (provider) => {
  let sg: TestSubgraph<Db>
  const as = (who: Identity) => (query: string, input: unknown) => sg.execute(query, { input }, who)
  const counts = async () =>
    Promise.all([
      sg.db.procuracyFile.count(),
      sg.db.defendant.count(),
      sg.db.indictment.count(),
      sg.db.charge.count(),
      sg.db.courtFile.count(),
      sg.db.verdict.count(),
      sg.db.appeal.count(),
      sg.db.procuracyStatusChange.count(),
      sg.db.courtStatusChange.count(),
    ])
  /** A procuracy file, indicted, and accepted by the court: the common start of several tests. */
  const atCourt = async (tag: string) => {
    const file: any = await as(PROCURACY)(ACCEPT, {
      externalRef: `VKS-T-${tag}`,
      caseId: randomUUID(),
      acceptedAt: '2025-08-01T09:00:00+07:00',
      unitCode: '99801',
      defendants: [A, B],
    })
    const ind: any = await as(PROCURACY)(INDICT, {
      externalRef: `CT-T-${tag}`,
      procuracyFileId: file.data.acceptProcuracyFile.id,
      indictedAt: '2025-09-15T09:00:00+07:00',
      charges: [
        { personRef: A, article: 150, clause: 2 },
        { personRef: B, article: 151, clause: 1 },
      ],
    })
    const court: any = await as(COURT)(ACCEPT_COURT, { externalRef: `TA-T-${tag}`, indictmentId: ind.data.indict.id, acceptedAt: '2025-10-02T09:00:00+07:00' })
    expect([file.errors, ind.errors, court.errors]).toEqual([undefined, undefined, undefined])
    return {
      fileId: file.data.acceptProcuracyFile.id as string,
      indictmentId: ind.data.indict.id as string,
      courtFileId: court.data.acceptCourtFile.id as string,
    }
  }
  const verdictsAB = [
    { personRef: A, outcome: 'CONVICTED', article: 150, clause: 2, sentenceKind: 'IMPRISONMENT', sentenceMonths: 120 },
    { personRef: B, outcome: 'ACQUITTED' },
  ]
  beforeAll(async () => {
    sg = await startSeededSubgraph(subgraph, provider)
  })
  afterAll(() => sg?.stop())

  it('follows one file from acceptance to the appellate decision with exact values', async () => {
    const caseId = randomUUID()
    const accepted: any = await as(PROCURACY)(ACCEPT, {
      externalRef: 'VKS-2025-900',
      caseId,
      acceptedAt: '2025-08-01T09:00:00+07:00',
      unitCode: '99801',
      defendants: [B, A],
    })
    expect(accepted.errors).toBeUndefined()
    const f = accepted.data.acceptProcuracyFile
    expect(f).toMatchObject({
      externalRef: 'VKS-2025-900',
      status: 'ACCEPTED',
      statusSince: '2025-08-01T02:00:00.000Z',
      unitCode: '99801',
      office: 'PROCURACY',
    })
    expect(f.defendants.map((d: any) => d.personRef)).toEqual([A, B])
    expect(f.statusHistory).toEqual([{ fromStatus: null, toStatus: 'ACCEPTED', at: '2025-08-01T02:00:00.000Z' }])

    const indicted: any = await as(PROCURACY)(INDICT, {
      externalRef: 'CT-2025-900',
      procuracyFileId: f.id,
      indictedAt: '2025-09-30T16:00:00+07:00',
      charges: [
        { personRef: A, article: 150, clause: 2 },
        { personRef: B, article: 151, clause: 1 },
      ],
    })
    expect(indicted.errors).toBeUndefined()
    expect(indicted.data.indict).toMatchObject({
      externalRef: 'CT-2025-900',
      indictedAt: '2025-09-30T09:00:00.000Z',
      office: 'PROCURACY',
      procuracyFile: { status: 'INDICTED', indictedAt: '2025-09-30T09:00:00.000Z' },
    })
    expect(indicted.data.indict.charges).toEqual(
      expect.arrayContaining([
        { article: 150, clause: 2, defendant: { personRef: A } },
        { article: 151, clause: 1, defendant: { personRef: B } },
      ]),
    )

    // accepted by the court in the next quarter
    const court: any = await as(COURT)(ACCEPT_COURT, {
      externalRef: 'TA-2025-900',
      indictmentId: indicted.data.indict.id,
      acceptedAt: '2025-10-06T08:00:00+07:00',
    })
    expect(court.errors).toBeUndefined()
    expect(court.data.acceptCourtFile).toMatchObject({
      externalRef: 'TA-2025-900',
      status: 'ACCEPTED',
      office: 'COURT',
      indictment: { id: indicted.data.indict.id },
    })

    const tried: any = await as(COURT)(TRIAL, {
      judgmentRef: 'BA-2025-900',
      courtFileId: court.data.acceptCourtFile.id,
      triedAt: '2026-01-12T08:30:00+07:00',
      kind: 'MOBILE_TRIAL',
      venueUnitCode: '99801',
      verdicts: verdictsAB,
    })
    expect(tried.errors).toBeUndefined()
    const cf = tried.data.recordTrial
    expect(cf).toMatchObject({
      status: 'TRIED_FIRST_INSTANCE',
      statusSince: '2026-01-12T01:30:00.000Z',
      trial: { judgmentRef: 'BA-2025-900', triedAt: '2026-01-12T01:30:00.000Z', kind: 'MOBILE_TRIAL', venueUnitCode: '99801' },
    })
    const byRef = Object.fromEntries(cf.verdicts.map((v: any) => [v.defendant.personRef, v]))
    expect(byRef[A]).toMatchObject({
      office: 'COURT',
      outcome: 'CONVICTED',
      article: 150,
      clause: 2,
      sentenceKind: 'IMPRISONMENT',
      sentenceMonths: 120,
      decidedAt: '2026-01-12T01:30:00.000Z',
    })
    expect(byRef[B]).toMatchObject({ outcome: 'ACQUITTED', article: null, clause: null, sentenceKind: null, sentenceMonths: null })

    const appeal: any = await as(COURT)(APPEAL, {
      externalRef: 'PT-2026-001',
      verdictId: byRef[A].id,
      filedAt: '2026-01-20T10:00:00+07:00',
      party: 'DEFENDANT',
    })
    expect(appeal.data.fileAppeal).toMatchObject({ externalRef: 'PT-2026-001', status: 'PENDING', party: 'DEFENDANT', office: 'COURT' })
    const decided: any = await as(COURT)(DECIDE, {
      decisionRef: 'BAPT-2026-001',
      appealId: appeal.data.fileAppeal.id,
      decidedAt: '2026-04-02T10:00:00+07:00',
      status: 'AMENDED',
      amendedSentenceMonths: 96,
    })
    expect(decided.errors).toBeUndefined()
    expect(decided.data.decideAppeal).toEqual({
      id: appeal.data.fileAppeal.id,
      status: 'AMENDED',
      decisionRef: 'BAPT-2026-001',
      decidedAt: '2026-04-02T03:00:00.000Z',
      amendedSentenceMonths: 96,
      verdict: { sentenceMonths: 120 },
    })

    const chain: any = await sg.execute(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on CriminalCase { procuracyFile { status statusHistory { toStatus }
      indictment { externalRef courtFile { externalRef status verdicts { outcome appeals { status amendedSentenceMonths } } statusHistory { fromStatus toStatus } } } } } } }`,
      { reps: [{ __typename: 'CriminalCase', id: caseId }] },
    )
    const pf = chain.data._entities[0].procuracyFile
    expect(pf.statusHistory.map((h: any) => h.toStatus)).toEqual(['ACCEPTED', 'INDICTED'])
    expect(pf.indictment.courtFile.statusHistory).toEqual([
      { fromStatus: null, toStatus: 'ACCEPTED' },
      { fromStatus: 'ACCEPTED', toStatus: 'TRIED_FIRST_INSTANCE' },
    ])
    expect(pf.indictment.courtFile.verdicts.flatMap((v: any) => v.appeals)).toEqual([{ status: 'AMENDED', amendedSentenceMonths: 96 }])
  })

  it('accepts writes only from the owning office (FORBIDDEN naming the field) and writes nothing otherwise', async () => {
    const { indictmentId, fileId } = await atCourt('office')
    const before = await counts()
    const byProcuracy: any = await as(PROCURACY)(ACCEPT_COURT, { externalRef: 'TA-X-1', indictmentId, acceptedAt: '2025-10-02T09:00:00+07:00' })
    expect(byProcuracy.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'acceptCourtFile' })
    const byCourt: any = await as(COURT)(CHANGE, { decisionRef: 'QD-X-1', procuracyFileId: fileId, status: 'DROPPED', at: '2025-10-03T09:00:00+07:00' })
    expect(byCourt.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'changeProcuracyStatus' })
    const byPolice: any = await as(POLICE)(ACCEPT, {
      externalRef: 'VKS-X-1',
      caseId: randomUUID(),
      acceptedAt: '2025-08-01T09:00:00+07:00',
      unitCode: '99801',
      defendants: [A],
    })
    expect(byPolice.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'acceptProcuracyFile' })
    expect(await counts()).toEqual(before)
    // the office is the verified caller's agency, nothing else (NET-7 retired the x-office header)
    expect([PROCURACY, COURT, POLICE, undefined].map(actingOfficeOf)).toEqual(['PROCURACY', 'COURT', null, null])
    expect(() => assertOwner(actingOfficeOf(POLICE), 'COURT', 'recordTrial')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', field: 'recordTrial' }) }),
    )
    expect(() => assertOwner(actingOfficeOf(PROCURACY), 'COURT', 'recordTrial')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', field: 'recordTrial' }) }),
    )
  })

  it('refuses bad inputs with BAD_USER_INPUT naming the field, never echoing the value, writing nothing', async () => {
    const { fileId, courtFileId } = await atCourt('bad')
    let before = await counts()
    const ok = { externalRef: 'VKS-BAD-1', caseId: randomUUID(), acceptedAt: '2025-08-01T09:00:00+07:00', unitCode: '99801', defendants: [A] }
    const cases: [string, Identity, unknown, string][] = [
      [ACCEPT, PROCURACY, { ...ok, acceptedAt: '2099-01-01T00:00:00+07:00' }, 'input.acceptedAt'],
      [ACCEPT, PROCURACY, { ...ok, unitCode: '99999' }, 'input.unitCode'],
      [ACCEPT, PROCURACY, { ...ok, unitCode: '99101' }, 'input.unitCode'], // merged into 99801 on 2025-07-01
      [ACCEPT, PROCURACY, { ...ok, caseId: 'CA-2025-001' }, 'input.caseId'],
      [ACCEPT, PROCURACY, { ...ok, defendants: [A, A] }, 'input.defendants'],
      [ACCEPT, PROCURACY, { ...ok, externalRef: 'VKS 1;DROP' }, 'input.externalRef'],
      [ACCEPT, PROCURACY, { ...ok, caseId: world.procuracyFiles[0]!.caseId }, 'input.caseId'],
      [
        INDICT,
        PROCURACY,
        { externalRef: 'CT-BAD-1', procuracyFileId: fileId, indictedAt: '2025-10-01T09:00:00+07:00', charges: [{ personRef: A, article: 119, clause: 1 }] },
        'input.charges.0.article',
      ],
      [
        INDICT,
        PROCURACY,
        { externalRef: 'CT-BAD-2', procuracyFileId: fileId, indictedAt: '2025-10-01T09:00:00+07:00', charges: [{ personRef: A, article: 150, clause: 5 }] },
        'input.charges.0.clause',
      ],
      [CHANGE, PROCURACY, { decisionRef: 'QD-BAD-1', procuracyFileId: fileId, status: 'INDICTED', at: '2025-10-01T09:00:00+07:00' }, 'input.status'],
      [
        TRIAL,
        COURT,
        { judgmentRef: 'BA-BAD-1', courtFileId, triedAt: '2025-11-01T09:00:00+07:00', kind: 'MOBILE_TRIAL', verdicts: verdictsAB },
        'input.venueUnitCode',
      ],
      [
        TRIAL,
        COURT,
        {
          judgmentRef: 'BA-BAD-2',
          courtFileId,
          triedAt: '2025-11-01T09:00:00+07:00',
          kind: 'REGULAR',
          verdicts: [{ ...verdictsAB[0], sentenceKind: null }, verdictsAB[1]],
        },
        'input.verdicts.0.sentenceKind',
      ],
      [
        TRIAL,
        COURT,
        {
          judgmentRef: 'BA-BAD-3',
          courtFileId,
          triedAt: '2025-11-01T09:00:00+07:00',
          kind: 'REGULAR',
          verdicts: [verdictsAB[0], { ...verdictsAB[1], sentenceMonths: 12 }],
        },
        'input.verdicts.1.sentenceMonths',
      ],
      [
        TRIAL,
        COURT,
        { judgmentRef: 'BA-BAD-4', courtFileId, triedAt: '2025-11-01T09:00:00+07:00', kind: 'REGULAR', verdicts: [verdictsAB[0]] },
        'input.verdicts',
      ],
      [
        TRIAL,
        COURT,
        {
          judgmentRef: 'BA-BAD-5',
          courtFileId,
          triedAt: '2025-11-01T09:00:00+07:00',
          kind: 'REGULAR',
          verdicts: [verdictsAB[0], { personRef: C, outcome: 'ACQUITTED' }],
        },
        'input.verdicts.1.personRef',
      ],
      [
        TRIAL,
        COURT,
        {
          judgmentRef: 'BA-BAD-6',
          courtFileId,
          triedAt: '2025-11-01T09:00:00+07:00',
          kind: 'REGULAR',
          verdicts: [{ ...verdictsAB[0], article: 151 }, verdictsAB[1]],
        },
        'input.verdicts.0.article',
      ],
      [TRIAL, COURT, { judgmentRef: 'BA-BAD-7', courtFileId, triedAt: '2025-09-20T09:00:00+07:00', kind: 'REGULAR', verdicts: verdictsAB }, 'input.triedAt'],
    ]
    for (const [query, who, input, field] of cases) {
      const r: any = await as(who)(query, input)
      expect({ field, got: r.errors?.[0].extensions }).toMatchObject({ field, got: { code: 'BAD_USER_INPUT', field } })
      expect(r.errors[0].message).not.toContain(A)
      expect(r.errors[0].message).toMatch(/ \/ /) // Vietnamese / English
    }
    // an acquittal has no sentence to amend on appeal
    expect(await counts()).toEqual(before)
    const acquittedFile = await atCourt('acq')
    const tried: any = await as(COURT)(TRIAL, {
      judgmentRef: 'BA-ACQ-1',
      courtFileId: acquittedFile.courtFileId,
      triedAt: '2025-11-01T09:00:00+07:00',
      kind: 'REGULAR',
      verdicts: verdictsAB,
    })
    const acquittal = tried.data.recordTrial.verdicts.find((v: any) => v.outcome === 'ACQUITTED')
    const protest: any = await as(COURT)(APPEAL, { externalRef: 'PT-ACQ-1', verdictId: acquittal.id, filedAt: '2025-11-10T09:00:00+07:00', party: 'PROCURACY' })
    before = await counts()
    const amend: any = await as(COURT)(DECIDE, {
      decisionRef: 'BAPT-ACQ-1',
      appealId: protest.data.fileAppeal.id,
      decidedAt: '2026-01-10T09:00:00+07:00',
      status: 'AMENDED',
      amendedSentenceMonths: 60,
    })
    expect(amend.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' })
    const noTerm: any = await as(COURT)(DECIDE, {
      decisionRef: 'BAPT-ACQ-2',
      appealId: protest.data.fileAppeal.id,
      decidedAt: '2026-01-10T09:00:00+07:00',
      status: 'AMENDED',
    })
    expect(noTerm.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amendedSentenceMonths' })
    const early: any = await as(COURT)(APPEAL, { externalRef: 'PT-ACQ-2', verdictId: acquittal.id, filedAt: '2025-10-30T09:00:00+07:00', party: 'VICTIM' })
    expect(early.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.filedAt' })

    const missing: any = await as(PROCURACY)(INDICT, {
      externalRef: 'CT-BAD-3',
      procuracyFileId: 'no-such-file',
      indictedAt: '2025-10-01T09:00:00+07:00',
      charges: [{ personRef: A, article: 150, clause: 1 }],
    })
    expect(missing.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.procuracyFileId' })
    expect(await counts()).toEqual(before)
  })

  it('allows only legal transitions (ILLEGAL_TRANSITION naming the field)', async () => {
    const { fileId, indictmentId, courtFileId } = await atCourt('flow')
    const held: any = await as(PROCURACY)(CHANGE, { decisionRef: 'QD-FLOW-1', procuracyFileId: fileId, status: 'DROPPED', at: '2025-10-05T09:00:00+07:00' })
    expect(held.errors[0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    // the court returns the file; the procuracy takes it back and indicts again
    const back: any = await as(COURT)(CHANGE_COURT, {
      decisionRef: 'QD-TA-FLOW-1',
      courtFileId,
      status: 'RETURNED_TO_PROCURACY',
      at: '2025-10-20T09:00:00+07:00',
      reason: 'Điều tra bổ sung / further investigation',
    })
    expect(back.data.changeCourtFileStatus.status).toBe('RETURNED_TO_PROCURACY')
    const trialOnReturned: any = await as(COURT)(TRIAL, {
      judgmentRef: 'BA-FLOW-0',
      courtFileId,
      triedAt: '2025-11-01T09:00:00+07:00',
      kind: 'REGULAR',
      verdicts: verdictsAB,
    })
    expect(trialOnReturned.errors[0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.courtFileId' })
    const retaken: any = await as(PROCURACY)(CHANGE, { decisionRef: 'QD-FLOW-2', procuracyFileId: fileId, status: 'ACCEPTED', at: '2025-10-25T09:00:00+07:00' })
    expect(retaken.data.changeProcuracyStatus.statusHistory.map((h: any) => h.toStatus)).toEqual(['ACCEPTED', 'INDICTED', 'ACCEPTED'])
    const again: any = await as(PROCURACY)(INDICT, {
      externalRef: 'CT-T-flow-2',
      procuracyFileId: fileId,
      indictedAt: '2025-11-20T09:00:00+07:00',
      charges: [{ personRef: A, article: 150, clause: 1 }],
    })
    expect(again.errors).toBeUndefined()
    const stale: any = await as(COURT)(ACCEPT_COURT, { externalRef: 'TA-FLOW-OLD', indictmentId, acceptedAt: '2025-11-25T09:00:00+07:00' })
    expect(stale.errors[0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.indictmentId' })
    const court2: any = await as(COURT)(ACCEPT_COURT, { externalRef: 'TA-FLOW-2', indictmentId: again.data.indict.id, acceptedAt: '2025-11-25T09:00:00+07:00' })
    const cf2 = court2.data.acceptCourtFile.id
    // only the defendant charged the second time is tried
    const tried: any = await as(COURT)(TRIAL, {
      judgmentRef: 'BA-FLOW-2',
      courtFileId: cf2,
      triedAt: '2026-02-02T09:00:00+07:00',
      kind: 'MODEL_TRIAL',
      verdicts: [{ personRef: A, outcome: 'CONVICTED', article: 150, clause: 1, sentenceKind: 'IMPRISONMENT', sentenceMonths: 66 }],
    })
    expect(tried.errors).toBeUndefined()
    const twice: any = await as(COURT)(TRIAL, {
      judgmentRef: 'BA-FLOW-3',
      courtFileId: cf2,
      triedAt: '2026-02-03T09:00:00+07:00',
      kind: 'REGULAR',
      verdicts: [{ personRef: A, outcome: 'ACQUITTED' }],
    })
    expect(twice.errors[0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.courtFileId' })
    const afterTrial: any = await as(PROCURACY)(CHANGE, {
      decisionRef: 'QD-FLOW-3',
      procuracyFileId: fileId,
      status: 'SUSPENDED',
      at: '2026-02-05T09:00:00+07:00',
    })
    expect(afterTrial.errors[0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    const verdictId = tried.data.recordTrial.verdicts[0].id
    const ap: any = await as(COURT)(APPEAL, { externalRef: 'PT-FLOW-1', verdictId, filedAt: '2026-02-10T09:00:00+07:00', party: 'PROCURACY' })
    await as(COURT)(DECIDE, { decisionRef: 'BAPT-FLOW-1', appealId: ap.data.fileAppeal.id, decidedAt: '2026-04-10T09:00:00+07:00', status: 'UPHELD' })
    const redecide: any = await as(COURT)(DECIDE, {
      decisionRef: 'BAPT-FLOW-2',
      appealId: ap.data.fileAppeal.id,
      decidedAt: '2026-05-10T09:00:00+07:00',
      status: 'QUASHED',
    })
    expect(redecide.errors[0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    const dropped: any = await as(PROCURACY)(ACCEPT, {
      externalRef: 'VKS-T-drop',
      caseId: randomUUID(),
      acceptedAt: '2025-08-01T09:00:00+07:00',
      unitCode: '99801',
      defendants: [C],
    })
    await as(PROCURACY)(CHANGE, {
      decisionRef: 'QD-DROP-1',
      procuracyFileId: dropped.data.acceptProcuracyFile.id,
      status: 'DROPPED',
      at: '2025-08-20T09:00:00+07:00',
      reason: 'Không đủ căn cứ / insufficient grounds',
    })
    const indictDropped: any = await as(PROCURACY)(INDICT, {
      externalRef: 'CT-DROP-1',
      procuracyFileId: dropped.data.acceptProcuracyFile.id,
      indictedAt: '2025-09-01T09:00:00+07:00',
      charges: [{ personRef: C, article: 150, clause: 1 }],
    })
    expect(indictDropped.errors[0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.procuracyFileId' })
  })

  it('is idempotent by the office reference: a replay returns the same record, a different payload conflicts', async () => {
    const input = { externalRef: 'VKS-IDEM-1', caseId: randomUUID(), acceptedAt: '2025-08-01T09:00:00+07:00', unitCode: '99801', defendants: [A, B] }
    const first: any = await as(PROCURACY)(ACCEPT, input)
    const before = await counts()
    const replay: any = await as(PROCURACY)(ACCEPT, { ...input, defendants: [B, A] })
    expect(replay.data.acceptProcuracyFile.id).toBe(first.data.acceptProcuracyFile.id)
    expect(await counts()).toEqual(before)
    const conflict: any = await as(PROCURACY)(ACCEPT, { ...input, defendants: [A] })
    expect(conflict.errors[0].extensions).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    const change = {
      decisionRef: 'QD-IDEM-1',
      procuracyFileId: first.data.acceptProcuracyFile.id,
      status: 'SUSPENDED',
      at: '2025-08-10T09:00:00+07:00',
      reason: 'Bị can ốm nặng / the accused is gravely ill',
    }
    await as(PROCURACY)(CHANGE, change)
    const again: any = await as(PROCURACY)(CHANGE, change)
    expect(again.data.changeProcuracyStatus.statusHistory.map((h: any) => h.toStatus)).toEqual(['ACCEPTED', 'SUSPENDED'])
    const reused: any = await as(PROCURACY)(CHANGE, { ...change, status: 'DROPPED' })
    expect(reused.errors[0].extensions).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.decisionRef' })
    // the same write sent twice at once (a retrying client): one file, both answers the same
    const racing = { ...input, externalRef: 'VKS-IDEM-RACE', caseId: randomUUID() }
    const [r1, r2]: any[] = await Promise.all([as(PROCURACY)(ACCEPT, racing), as(PROCURACY)(ACCEPT, racing)])
    expect([r1.errors, r2.errors]).toEqual([undefined, undefined])
    expect(r1.data.acceptProcuracyFile.id).toBe(r2.data.acceptProcuracyFile.id)
    expect(await sg.db.defendant.count({ where: { fileId: r1.data.acceptProcuracyFile.id } })).toBe(2)
    // a seeded file replayed by the procuracy's own system is recognised, not duplicated
    const seeded = world.procuracyFiles[0]!
    const c = world.cases.find((x) => x.id === seeded.caseId)!
    const units = adminUnits()
    const unitCode = units.isValidOn(c.unitCode, seeded.acceptedAt) ? c.unitCode : units.currentCommuneOf(c.unitCode)!.code
    const seededReplay: any = await as(PROCURACY)(ACCEPT, {
      externalRef: seeded.externalRef,
      caseId: c.id,
      acceptedAt: seeded.acceptedAt.toISOString(),
      unitCode,
      defendants: c.suspectRefs,
    })
    expect(seededReplay.errors).toBeUndefined()
    expect(seededReplay.data.acceptProcuracyFile.id).toBe(seeded.id)
  })
})
