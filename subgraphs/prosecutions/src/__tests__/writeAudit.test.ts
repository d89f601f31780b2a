// The kit's write pipeline as this subgraph runs it, on SQLite and PostgreSQL through the server:
// every record a mutation created or changed is noted once in the audit log (its GraphQL type, its
// id, the names of the fields set, never values), whatever the answer selects; a replay, a
// conflict or a refusal notes nothing. Stored digests of an older form are still recognised.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { fingerprint } from '@lienthong/kit'
import { auditHead, notedSince, problemOf, subgraphUnderTest, testProviders, TEST_OFFICERS, type Noted } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { fileInput, indictmentInput, trialInput, writeOf } from './writeInputs.ts'
import { versioned } from './versioned.ts'

const PROCURACY = TEST_OFFICERS.procuracy
const COURT = TEST_OFFICERS.court
const A = 'd4'.repeat(32)
const B = 'e5'.repeat(32)

const ACCEPT = writeOf('acceptProcuracyFile')
const CHANGE = writeOf('changeProcuracyStatus', 'id status')
const DECIDE = writeOf('decideAppeal', 'id status')

describe.each(await testProviders())('prosecutions write audit on %s', (provider) => {
  const sg = subgraphUnderTest(subgraph, provider)
  const head = () => auditHead(sg.db)
  /** The audit entries appended since `seq`, without chain fields. */
  const notedAfter = (seq: number) => notedSince(sg.db, seq)
  /** How often each `type:ref` occurs among the entries of one operation. */
  const occurrences = (entries: Noted[]) => {
    const seen = new Map<string, number>()
    for (const e of entries) for (const ref of e.recordRefs) seen.set(`${e.recordType}:${ref}`, (seen.get(`${e.recordType}:${ref}`) ?? 0) + 1)
    return seen
  }

  it('notes a created record once, with the names of the fields set, and a replay or a conflict not at all', async () => {
    const input = fileInput('VKS-AUD-1', [A, B])
    const before = await head()
    const file = await sg.mutate(ACCEPT, input, PROCURACY)
    const defendants = (await sg.db.defendant.findMany({ where: { fileId: file.id } })).map((d) => d.id).sort()
    const created = await notedAfter(before)
    expect(created).toEqual([
      {
        operation: 'write acceptProcuracyFile',
        recordType: 'ProcuracyFile',
        recordRefs: [file.id],
        fields: ['acceptedAt', 'criminalCase', 'defendants', 'externalRef', 'office', 'status', 'statusHistory', 'statusSince', 'unitCode'],
      },
      {
        operation: 'write acceptProcuracyFile',
        recordType: 'Defendant',
        recordRefs: expect.arrayContaining(defendants),
        fields: ['office', 'personRef', 'procuracyFile'],
      },
    ])
    expect([...occurrences(created).values()].every((n) => n === 1)).toBe(true)
    expect(JSON.stringify(created)).not.toMatch(new RegExp(`${A}|${B}|99801`))

    const afterFirst = await head()
    expect((await sg.mutate(ACCEPT, { ...input, defendants: [B, A] }, PROCURACY)).id).toBe(file.id) // the same input, in another order
    const conflict = await sg.execute(ACCEPT, { input: { ...input, defendants: [A] } }, PROCURACY)
    expect(problemOf(conflict)).toEqual({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    expect(await notedAfter(afterFirst)).toEqual([])
  })

  it('notes a changed record once per change, and its replay not at all', async () => {
    const file = await sg.mutate(ACCEPT, fileInput('VKS-AUD-2', [A]), PROCURACY)
    const change = { decisionRef: 'QD-AUD-2', procuracyFileId: file.id, status: 'SUSPENDED', at: '2025-08-10T09:00:00+07:00', reason: null }
    const before = await head()
    expect((await sg.mutate(CHANGE, await versioned(sg.db, change), PROCURACY)).status).toBe('SUSPENDED')
    expect(await notedAfter(before)).toEqual([
      { operation: 'write changeProcuracyStatus', recordType: 'ProcuracyFile', recordRefs: [file.id], fields: ['status', 'statusHistory', 'statusSince'] },
    ])
    const afterChange = await head()
    expect((await sg.mutate(CHANGE, await versioned(sg.db, change), PROCURACY)).status).toBe('SUSPENDED')
    // a transition the file cannot make is refused before anything is written or noted
    const illegal = await sg.execute(
      CHANGE,
      { input: await versioned(sg.db, { ...change, decisionRef: 'QD-AUD-3', status: 'RETURNED_FOR_INVESTIGATION' }) },
      PROCURACY,
    )
    expect(problemOf(illegal)).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    expect(await notedAfter(afterChange)).toEqual([])
  })

  it('notes each record of a write that creates several once: the trial, its verdicts, the appeal and its decision', async () => {
    const file = await sg.mutate(ACCEPT, fileInput('VKS-AUD-4', [A, B]), PROCURACY)
    const charges = [
      { personRef: A, article: 150, clause: 1 },
      { personRef: B, article: 150, clause: 2 },
    ]
    const indictment = await sg.mutate(writeOf('indict'), indictmentInput('CT-AUD-4', file.id, charges, { indictedAt: '2025-09-01T09:00:00+07:00' }), PROCURACY)
    const courtFile = { externalRef: 'TA-AUD-4', indictmentId: indictment.id, acceptedAt: '2025-09-10T09:00:00+07:00' }
    const court = await sg.mutate(writeOf('acceptCourtFile'), courtFile, COURT)
    const verdicts = [
      { personRef: A, outcome: 'CONVICTED', article: 150, clause: 1, sentenceKind: 'IMPRISONMENT', sentenceMonths: 84 },
      { personRef: B, outcome: 'ACQUITTED' },
    ]
    const trial = trialInput('BA-AUD-4', court.id, verdicts, { triedAt: '2025-10-01T09:00:00+07:00' })
    const before = await head()
    await sg.mutate(writeOf('recordTrial'), trial, COURT)
    const verdictIds = (await sg.db.verdict.findMany({ where: { courtFileId: court.id } })).map((v) => v.id).sort()
    const tried = await notedAfter(before)
    expect(tried.map((e) => [e.recordType, [...e.recordRefs].sort()])).toEqual([
      ['CourtFile', [court.id]],
      ['Verdict', verdictIds],
    ])
    expect([...occurrences(tried).values()]).toEqual([1, 1, 1])

    const appeal = await sg.mutate(
      writeOf('fileAppeal'),
      { externalRef: 'PT-AUD-4', verdictId: verdictIds[0], filedAt: '2025-10-05T09:00:00+07:00', party: 'DEFENDANT' },
      COURT,
    )
    const decision = { decisionRef: 'BAPT-AUD-4', appealId: appeal.id, decidedAt: '2025-12-01T09:00:00+07:00', status: 'UPHELD' }
    const beforeDecision = await head()
    await sg.mutate(DECIDE, await versioned(sg.db, decision), COURT)
    expect(await notedAfter(beforeDecision)).toEqual([
      {
        operation: 'write decideAppeal',
        recordType: 'Appeal',
        recordRefs: [appeal.id],
        fields: ['amendedSentenceMonths', 'decidedAt', 'decisionRef', 'status'],
      },
    ])
    // replays of each: answered, nothing noted
    const beforeReplays = await head()
    await sg.mutate(writeOf('recordTrial'), trial, COURT)
    await sg.mutate(DECIDE, await versioned(sg.db, decision), COURT)
    expect(await notedAfter(beforeReplays)).toEqual([])
  })

  it('recognises a replay of a record whose digest was stored before the digests were keyed', async () => {
    const input = fileInput('VKS-AUD-5', [A])
    const file = await sg.mutate(ACCEPT, input, PROCURACY)
    const stored = await sg.db.procuracyFile.findUniqueOrThrow({ where: { id: file.id } })
    // the form written by the releases before NET-14: an unkeyed SHA-256 of the validated input's stable JSON
    const validated = { ...input, acceptedAt: new Date(input.acceptedAt) }
    const legacy = createHash('sha256').update(fingerprint(validated)).digest('hex')
    expect(stored.inputDigest).not.toBe(legacy) // new writes are keyed
    await sg.db.procuracyFile.update({ where: { id: file.id }, data: { inputDigest: legacy } })
    const before = await head()
    expect((await sg.mutate(ACCEPT, input, PROCURACY)).id).toBe(file.id)
    const conflict = await sg.execute(ACCEPT, { input: { ...input, unitCode: '99' } }, PROCURACY)
    expect(problemOf(conflict)).toEqual({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    expect(await notedAfter(before)).toEqual([])
  })
})
