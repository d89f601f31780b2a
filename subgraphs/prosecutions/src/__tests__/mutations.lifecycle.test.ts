// The procuracy's and the court's writes in process on SQLite and PostgreSQL: the whole chain with
// exact values, legal transitions only (ILLEGAL_TRANSITION naming the field), idempotent replays
// (including of the seeded records).
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { problemOf, testProviders } from '@lienthong/kit/testing'
import { adminUnits } from '@lienthong/schema'
import { A, AB_CHARGES, B, C, COURT, M, PROCURACY, prosecutionsWrites, verdictsAB } from './mutationsFixture.ts'
import { fileInput, indictmentInput, trialInput } from './writeInputs.ts'

const world = demoWorld(DEV_NETWORK_KEY)
const illegal = (field: string) => ({ code: 'ILLEGAL_TRANSITION', field })

describe.each(await testProviders())('prosecutions writes on %s', (provider) => {
  const { sg, as, counts, atCourt } = prosecutionsWrites(provider)

  it('follows one file from acceptance to the appellate decision with exact values', async () => {
    const caseId = randomUUID()
    const accepted: any = await as(PROCURACY)(M.accept, fileInput('VKS-2025-900', [B, A], { caseId }))
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

    const indicted: any = await as(PROCURACY)(M.indict, indictmentInput('CT-2025-900', f.id, AB_CHARGES, { indictedAt: '2025-09-30T16:00:00+07:00' }))
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
    const indictmentId = indicted.data.indict.id
    const court: any = await as(COURT)(M.acceptCourt, { externalRef: 'TA-2025-900', indictmentId, acceptedAt: '2025-10-06T08:00:00+07:00' })
    expect(court.errors).toBeUndefined()
    expect(court.data.acceptCourtFile).toMatchObject({ externalRef: 'TA-2025-900', status: 'ACCEPTED', office: 'COURT', indictment: { id: indictmentId } })

    const tried: any = await as(COURT)(
      M.trial,
      trialInput('BA-2025-900', court.data.acceptCourtFile.id, verdictsAB, {
        triedAt: '2026-01-12T08:30:00+07:00',
        kind: 'MOBILE_TRIAL',
        venueUnitCode: '99801',
      }),
    )
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

    const appeal: any = await as(COURT)(M.appeal, {
      externalRef: 'PT-2026-001',
      verdictId: byRef[A].id,
      filedAt: '2026-01-20T10:00:00+07:00',
      party: 'DEFENDANT',
    })
    expect(appeal.data.fileAppeal).toMatchObject({ externalRef: 'PT-2026-001', status: 'PENDING', party: 'DEFENDANT', office: 'COURT' })
    const appealId = appeal.data.fileAppeal.id
    const decided: any = await as(COURT)(M.decide, {
      decisionRef: 'BAPT-2026-001',
      appealId,
      decidedAt: '2026-04-02T10:00:00+07:00',
      status: 'AMENDED',
      amendedSentenceMonths: 96,
    })
    expect(decided.errors).toBeUndefined()
    expect(decided.data.decideAppeal).toEqual({
      id: appealId,
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

  it('allows only legal transitions (ILLEGAL_TRANSITION naming the field)', async () => {
    const { fileId, indictmentId, courtFileId } = await atCourt('flow')
    const change = (decisionRef: string, status: string, at: string, reason?: string) =>
      as(PROCURACY)(M.change, { decisionRef, procuracyFileId: fileId, status, at, reason })
    expect(problemOf(await change('QD-FLOW-1', 'DROPPED', '2025-10-05T09:00:00+07:00'))).toEqual(illegal('input.status'))
    // the court returns the file; the procuracy takes it back and indicts again
    const back: any = await as(COURT)(M.changeCourt, {
      decisionRef: 'QD-TA-FLOW-1',
      courtFileId,
      status: 'RETURNED_TO_PROCURACY',
      at: '2025-10-20T09:00:00+07:00',
      reason: 'Điều tra bổ sung / further investigation',
    })
    expect(back.data.changeCourtFileStatus.status).toBe('RETURNED_TO_PROCURACY')
    expect(problemOf(await as(COURT)(M.trial, trialInput('BA-FLOW-0', courtFileId, verdictsAB)))).toEqual(illegal('input.courtFileId'))
    const retaken: any = await change('QD-FLOW-2', 'ACCEPTED', '2025-10-25T09:00:00+07:00')
    expect(retaken.data.changeProcuracyStatus.statusHistory.map((h: any) => h.toStatus)).toEqual(['ACCEPTED', 'INDICTED', 'ACCEPTED'])
    const charges = [{ personRef: A, article: 150, clause: 1 }]
    const again: any = await as(PROCURACY)(M.indict, indictmentInput('CT-T-flow-2', fileId, charges, { indictedAt: '2025-11-20T09:00:00+07:00' }))
    expect(again.errors).toBeUndefined()
    const stale = await as(COURT)(M.acceptCourt, { externalRef: 'TA-FLOW-OLD', indictmentId, acceptedAt: '2025-11-25T09:00:00+07:00' })
    expect(problemOf(stale)).toEqual(illegal('input.indictmentId'))
    const court2: any = await as(COURT)(M.acceptCourt, {
      externalRef: 'TA-FLOW-2',
      indictmentId: again.data.indict.id,
      acceptedAt: '2025-11-25T09:00:00+07:00',
    })
    const cf2 = court2.data.acceptCourtFile.id
    // only the defendant charged the second time is tried
    const convicted = { personRef: A, outcome: 'CONVICTED', article: 150, clause: 1, sentenceKind: 'IMPRISONMENT', sentenceMonths: 66 }
    const tried: any = await as(COURT)(M.trial, trialInput('BA-FLOW-2', cf2, [convicted], { triedAt: '2026-02-02T09:00:00+07:00', kind: 'MODEL_TRIAL' }))
    expect(tried.errors).toBeUndefined()
    const twice = await as(COURT)(M.trial, trialInput('BA-FLOW-3', cf2, [{ personRef: A, outcome: 'ACQUITTED' }], { triedAt: '2026-02-03T09:00:00+07:00' }))
    expect(problemOf(twice)).toEqual(illegal('input.courtFileId'))
    expect(problemOf(await change('QD-FLOW-3', 'SUSPENDED', '2026-02-05T09:00:00+07:00'))).toEqual(illegal('input.status'))
    const verdictId = tried.data.recordTrial.verdicts[0].id
    const ap: any = await as(COURT)(M.appeal, { externalRef: 'PT-FLOW-1', verdictId, filedAt: '2026-02-10T09:00:00+07:00', party: 'PROCURACY' })
    const decide = (decisionRef: string, decidedAt: string, status: string) =>
      as(COURT)(M.decide, { decisionRef, appealId: ap.data.fileAppeal.id, decidedAt, status })
    await decide('BAPT-FLOW-1', '2026-04-10T09:00:00+07:00', 'UPHELD')
    expect(problemOf(await decide('BAPT-FLOW-2', '2026-05-10T09:00:00+07:00', 'QUASHED'))).toEqual(illegal('input.status'))
    const dropped: any = await as(PROCURACY)(M.accept, fileInput('VKS-T-drop', [C]))
    const droppedId = dropped.data.acceptProcuracyFile.id
    const reason = 'Không đủ căn cứ / insufficient grounds'
    await as(PROCURACY)(M.change, { decisionRef: 'QD-DROP-1', procuracyFileId: droppedId, status: 'DROPPED', at: '2025-08-20T09:00:00+07:00', reason })
    const charged = [{ personRef: C, article: 150, clause: 1 }]
    const indictDropped = await as(PROCURACY)(M.indict, indictmentInput('CT-DROP-1', droppedId, charged, { indictedAt: '2025-09-01T09:00:00+07:00' }))
    expect(problemOf(indictDropped)).toEqual(illegal('input.procuracyFileId'))
  })

  it('is idempotent by the office reference: a replay returns the same record, a different payload conflicts', async () => {
    const input = fileInput('VKS-IDEM-1', [A, B])
    const first: any = await as(PROCURACY)(M.accept, input)
    const before = await counts()
    const replay: any = await as(PROCURACY)(M.accept, { ...input, defendants: [B, A] })
    expect(replay.data.acceptProcuracyFile.id).toBe(first.data.acceptProcuracyFile.id)
    expect(await counts()).toEqual(before)
    expect(problemOf(await as(PROCURACY)(M.accept, { ...input, defendants: [A] }))).toEqual({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    const change = {
      decisionRef: 'QD-IDEM-1',
      procuracyFileId: first.data.acceptProcuracyFile.id,
      status: 'SUSPENDED',
      at: '2025-08-10T09:00:00+07:00',
      reason: 'Bị can ốm nặng / the accused is gravely ill',
    }
    await as(PROCURACY)(M.change, change)
    const again: any = await as(PROCURACY)(M.change, change)
    expect(again.data.changeProcuracyStatus.statusHistory.map((h: any) => h.toStatus)).toEqual(['ACCEPTED', 'SUSPENDED'])
    const reused = await as(PROCURACY)(M.change, { ...change, status: 'DROPPED' })
    expect(problemOf(reused)).toEqual({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.decisionRef' })
    // the same write sent twice at once (a retrying client): one file, both answers the same
    const racing = { ...input, externalRef: 'VKS-IDEM-RACE', caseId: randomUUID() }
    const [r1, r2]: any[] = await Promise.all([as(PROCURACY)(M.accept, racing), as(PROCURACY)(M.accept, racing)])
    expect([r1.errors, r2.errors]).toEqual([undefined, undefined])
    expect(r1.data.acceptProcuracyFile.id).toBe(r2.data.acceptProcuracyFile.id)
    expect(await sg.db.defendant.count({ where: { fileId: r1.data.acceptProcuracyFile.id } })).toBe(2)
    // a seeded file replayed by the procuracy's own system is recognised, not duplicated
    const seeded = world.procuracyFiles[0]!
    const c = world.cases.find((x) => x.id === seeded.caseId)!
    const units = adminUnits()
    const unitCode = units.isValidOn(c.unitCode, seeded.acceptedAt) ? c.unitCode : units.currentCommuneOf(c.unitCode)!.code
    const seededReplay: any = await as(PROCURACY)(
      M.accept,
      fileInput(seeded.externalRef, c.suspectRefs, { caseId: c.id, acceptedAt: seeded.acceptedAt.toISOString(), unitCode }),
    )
    expect(seededReplay.errors).toBeUndefined()
    expect(seededReplay.data.acceptProcuracyFile.id).toBe(seeded.id)
  })
})
