// The procuracy's and the court's writes refused, in process on SQLite and PostgreSQL: writes only
// from the owning office (FORBIDDEN naming the field), bad inputs naming the field without echoing
// the value, and nothing written on a refusal.
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { problemOf, testProviders } from '@lienthong/kit/testing'
import { actingOfficeOf, assertOwner } from '../domain/office.ts'
import { A, C, COURT, M, POLICE, PROCURACY, prosecutionsWrites, verdictsAB } from './mutationsFixture.ts'
import { fileInput, indictmentInput, trialInput } from './writeInputs.ts'

const world = demoWorld(DEV_NETWORK_KEY)
const badInput = (field: string) => ({ code: 'BAD_USER_INPUT', field })

describe.each(await testProviders())('prosecutions writes refused on %s', (provider) => {
  const { as, counts, atCourt } = prosecutionsWrites(provider)

  it('accepts writes only from the owning office (FORBIDDEN naming the field) and writes nothing otherwise', async () => {
    const { indictmentId, fileId } = await atCourt('office')
    const before = await counts()
    const byProcuracy = await as(PROCURACY)(M.acceptCourt, { externalRef: 'TA-X-1', indictmentId, acceptedAt: '2025-10-02T09:00:00+07:00' })
    expect(problemOf(byProcuracy)).toEqual({ code: 'FORBIDDEN', field: 'acceptCourtFile' })
    const byCourt = await as(COURT)(M.change, { decisionRef: 'QD-X-1', procuracyFileId: fileId, status: 'DROPPED', at: '2025-10-03T09:00:00+07:00' })
    expect(problemOf(byCourt)).toEqual({ code: 'FORBIDDEN', field: 'changeProcuracyStatus' })
    expect(problemOf(await as(POLICE)(M.accept, fileInput('VKS-X-1', [A])))).toEqual({ code: 'FORBIDDEN', field: 'acceptProcuracyFile' })
    expect(await counts()).toEqual(before)
    // the office is the verified caller's agency, nothing else (NET-7 retired the x-office header)
    expect([PROCURACY, COURT, POLICE, undefined].map(actingOfficeOf)).toEqual(['PROCURACY', 'COURT', null, null])
    for (const caller of [POLICE, PROCURACY])
      expect(() => assertOwner(actingOfficeOf(caller), 'COURT', 'recordTrial')).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', field: 'recordTrial' }) }),
      )
  })

  it('refuses bad inputs with BAD_USER_INPUT naming the field, never echoing the value, writing nothing', async () => {
    const { fileId, courtFileId } = await atCourt('bad')
    let before = await counts()
    const ok = fileInput('VKS-BAD-1', [A])
    const charged = (externalRef: string, article: number, clause: number) => indictmentInput(externalRef, fileId, [{ personRef: A, article, clause }])
    const tried = (judgmentRef: string, verdicts: unknown[], over: Record<string, unknown> = {}) => trialInput(judgmentRef, courtFileId, verdicts, over)
    const [convicted, acquitted] = verdictsAB
    const cases: [string, Identity, unknown, string][] = [
      [M.accept, PROCURACY, { ...ok, acceptedAt: '2099-01-01T00:00:00+07:00' }, 'input.acceptedAt'],
      [M.accept, PROCURACY, { ...ok, unitCode: '99999' }, 'input.unitCode'],
      [M.accept, PROCURACY, { ...ok, unitCode: '99101' }, 'input.unitCode'], // merged into 99801 on 2025-07-01
      [M.accept, PROCURACY, { ...ok, caseId: 'CA-2025-001' }, 'input.caseId'],
      [M.accept, PROCURACY, { ...ok, defendants: [A, A] }, 'input.defendants'],
      [M.accept, PROCURACY, { ...ok, externalRef: 'VKS 1;DROP' }, 'input.externalRef'],
      [M.accept, PROCURACY, { ...ok, caseId: world.procuracyFiles[0]!.caseId }, 'input.caseId'],
      [M.indict, PROCURACY, charged('CT-BAD-1', 119, 1), 'input.charges.0.article'],
      [M.indict, PROCURACY, charged('CT-BAD-2', 150, 5), 'input.charges.0.clause'],
      [M.change, PROCURACY, { decisionRef: 'QD-BAD-1', procuracyFileId: fileId, status: 'INDICTED', at: '2025-10-01T09:00:00+07:00' }, 'input.status'],
      [M.trial, COURT, tried('BA-BAD-1', verdictsAB, { kind: 'MOBILE_TRIAL' }), 'input.venueUnitCode'],
      [M.trial, COURT, tried('BA-BAD-2', [{ ...convicted, sentenceKind: null }, acquitted]), 'input.verdicts.0.sentenceKind'],
      [M.trial, COURT, tried('BA-BAD-3', [convicted, { ...acquitted, sentenceMonths: 12 }]), 'input.verdicts.1.sentenceMonths'],
      [M.trial, COURT, tried('BA-BAD-4', [convicted]), 'input.verdicts'],
      [M.trial, COURT, tried('BA-BAD-5', [convicted, { personRef: C, outcome: 'ACQUITTED' }]), 'input.verdicts.1.personRef'],
      [M.trial, COURT, tried('BA-BAD-6', [{ ...convicted, article: 151 }, acquitted]), 'input.verdicts.0.article'],
      [M.trial, COURT, tried('BA-BAD-7', verdictsAB, { triedAt: '2025-09-20T09:00:00+07:00' }), 'input.triedAt'],
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
    const trial: any = await as(COURT)(M.trial, trialInput('BA-ACQ-1', acquittedFile.courtFileId, verdictsAB))
    const acquittal = trial.data.recordTrial.verdicts.find((v: any) => v.outcome === 'ACQUITTED')
    const protest: any = await as(COURT)(M.appeal, {
      externalRef: 'PT-ACQ-1',
      verdictId: acquittal.id,
      filedAt: '2025-11-10T09:00:00+07:00',
      party: 'PROCURACY',
    })
    before = await counts()
    const decision = { appealId: protest.data.fileAppeal.id, decidedAt: '2026-01-10T09:00:00+07:00', status: 'AMENDED' }
    expect(problemOf(await as(COURT)(M.decide, { ...decision, decisionRef: 'BAPT-ACQ-1', amendedSentenceMonths: 60 }))).toEqual(badInput('input.status'))
    expect(problemOf(await as(COURT)(M.decide, { ...decision, decisionRef: 'BAPT-ACQ-2' }))).toEqual(badInput('input.amendedSentenceMonths'))
    const early = await as(COURT)(M.appeal, { externalRef: 'PT-ACQ-2', verdictId: acquittal.id, filedAt: '2025-10-30T09:00:00+07:00', party: 'VICTIM' })
    expect(problemOf(early)).toEqual(badInput('input.filedAt'))
    const missing = await as(PROCURACY)(M.indict, indictmentInput('CT-BAD-3', 'no-such-file', [{ personRef: A, article: 150, clause: 1 }]))
    expect(problemOf(missing)).toEqual({ code: 'NOT_FOUND', field: 'input.procuracyFileId' })
    expect(await counts()).toEqual(before)
  })
})
