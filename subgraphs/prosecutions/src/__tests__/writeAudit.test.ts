// The kit's write pipeline as this subgraph runs it, on SQLite and PostgreSQL through the server:
// every record a mutation created or changed is noted once in the audit log (its GraphQL type, its
// id, the names of the fields set, never values), whatever the answer selects; a replay, a
// conflict or a refusal notes nothing. Stored digests of an older form are still recognised.
import { createHash, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fingerprint } from '@lienthong/kit'
import { startTestSubgraph, testProviders, TEST_OFFICERS, type TestSubgraph } from '@lienthong/kit/testing'
import type { Identity } from '@lienthong/kit/identity'
import { subgraph } from '../server.ts'
import type { Db } from '../db.ts'

const PROCURACY = TEST_OFFICERS.procuracy
const COURT = TEST_OFFICERS.court
const A = 'd4'.repeat(32)
const B = 'e5'.repeat(32)

const ACCEPT = 'mutation($input: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $input) { id } }'
const CHANGE = 'mutation($input: ChangeProcuracyStatusInput!) { changeProcuracyStatus(input: $input) { id status } }'
const INDICT = 'mutation($input: IndictInput!) { indict(input: $input) { id } }'
const ACCEPT_COURT = 'mutation($input: AcceptCourtFileInput!) { acceptCourtFile(input: $input) { id } }'
const TRIAL = 'mutation($input: RecordTrialInput!) { recordTrial(input: $input) { id } }'
const APPEAL = 'mutation($input: FileAppealInput!) { fileAppeal(input: $input) { id } }'
const DECIDE = 'mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { id status } }'

interface Noted {
  operation: string
  recordType: string
  recordRefs: string[]
  fields: string[]
}

describe.each(await testProviders())('prosecutions write audit on %s', (provider) => {
  let sg: TestSubgraph<Db>
  beforeAll(async () => {
    sg = await startTestSubgraph(subgraph, provider)
  })
  afterAll(() => sg?.stop())

  const run = async (who: Identity, query: string, input: unknown) => {
    const r: any = await sg.execute(query, { input }, who)
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return Object.values(r.data as object)[0] as { id: string; status?: string }
  }
  /** The audit entries appended since `seq`, without chain fields. */
  const notedAfter = async (seq: number): Promise<Noted[]> =>
    (await sg.db.auditEntry.findMany({ where: { seq: { gt: seq } }, orderBy: { seq: 'asc' } })).map((e) => ({
      operation: e.operation,
      recordType: e.recordType,
      recordRefs: JSON.parse(e.recordRefs) as string[],
      fields: JSON.parse(e.fields) as string[],
    }))
  const head = async () => (await sg.db.auditEntry.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } }))?.seq ?? 0
  /** How often each `type:ref` occurs among the entries of one operation. */
  const occurrences = (entries: Noted[]) => {
    const seen = new Map<string, number>()
    for (const e of entries) for (const ref of e.recordRefs) seen.set(`${e.recordType}:${ref}`, (seen.get(`${e.recordType}:${ref}`) ?? 0) + 1)
    return seen
  }

  it('notes a created record once, with the names of the fields set, and a replay or a conflict not at all', async () => {
    const input = { externalRef: 'VKS-AUD-1', caseId: randomUUID(), acceptedAt: '2025-08-01T09:00:00+07:00', unitCode: '99801', defendants: [A, B] }
    const before = await head()
    const file = await run(PROCURACY, ACCEPT, input)
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
    expect((await run(PROCURACY, ACCEPT, { ...input, defendants: [B, A] })).id).toBe(file.id) // the same input, in another order
    const conflict: any = await sg.execute(ACCEPT, { input: { ...input, defendants: [A] } }, PROCURACY)
    expect(conflict.errors[0].extensions).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    expect(await notedAfter(afterFirst)).toEqual([])
  })

  it('notes a changed record once per change, and its replay not at all', async () => {
    const file = await run(PROCURACY, ACCEPT, {
      externalRef: 'VKS-AUD-2',
      caseId: randomUUID(),
      acceptedAt: '2025-08-01T09:00:00+07:00',
      unitCode: '99801',
      defendants: [A],
    })
    const change = { decisionRef: 'QD-AUD-2', procuracyFileId: file.id, status: 'SUSPENDED', at: '2025-08-10T09:00:00+07:00', reason: null }
    const before = await head()
    expect((await run(PROCURACY, CHANGE, change)).status).toBe('SUSPENDED')
    expect(await notedAfter(before)).toEqual([
      { operation: 'write changeProcuracyStatus', recordType: 'ProcuracyFile', recordRefs: [file.id], fields: ['status', 'statusHistory', 'statusSince'] },
    ])
    const afterChange = await head()
    expect((await run(PROCURACY, CHANGE, change)).status).toBe('SUSPENDED')
    // a transition the file cannot make is refused before anything is written or noted
    const illegal: any = await sg.execute(CHANGE, { input: { ...change, decisionRef: 'QD-AUD-3', status: 'RETURNED_FOR_INVESTIGATION' } }, PROCURACY)
    expect(illegal.errors[0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    expect(await notedAfter(afterChange)).toEqual([])
  })

  it('notes each record of a write that creates several once: the trial, its verdicts, the appeal and its decision', async () => {
    const file = await run(PROCURACY, ACCEPT, {
      externalRef: 'VKS-AUD-4',
      caseId: randomUUID(),
      acceptedAt: '2025-08-01T09:00:00+07:00',
      unitCode: '99801',
      defendants: [A, B],
    })
    const indictment = await run(PROCURACY, INDICT, {
      externalRef: 'CT-AUD-4',
      procuracyFileId: file.id,
      indictedAt: '2025-09-01T09:00:00+07:00',
      charges: [
        { personRef: A, article: 150, clause: 1 },
        { personRef: B, article: 150, clause: 2 },
      ],
    })
    const court = await run(COURT, ACCEPT_COURT, { externalRef: 'TA-AUD-4', indictmentId: indictment.id, acceptedAt: '2025-09-10T09:00:00+07:00' })
    const trial = {
      judgmentRef: 'BA-AUD-4',
      courtFileId: court.id,
      triedAt: '2025-10-01T09:00:00+07:00',
      kind: 'REGULAR',
      verdicts: [
        { personRef: A, outcome: 'CONVICTED', article: 150, clause: 1, sentenceKind: 'IMPRISONMENT', sentenceMonths: 84 },
        { personRef: B, outcome: 'ACQUITTED' },
      ],
    }
    const before = await head()
    await run(COURT, TRIAL, trial)
    const verdicts = (await sg.db.verdict.findMany({ where: { courtFileId: court.id } })).map((v) => v.id).sort()
    const tried = await notedAfter(before)
    expect(tried.map((e) => [e.recordType, [...e.recordRefs].sort()])).toEqual([
      ['CourtFile', [court.id]],
      ['Verdict', verdicts],
    ])
    expect([...occurrences(tried).values()]).toEqual([1, 1, 1])

    const appeal = await run(COURT, APPEAL, { externalRef: 'PT-AUD-4', verdictId: verdicts[0], filedAt: '2025-10-05T09:00:00+07:00', party: 'DEFENDANT' })
    const decision = { decisionRef: 'BAPT-AUD-4', appealId: appeal.id, decidedAt: '2025-12-01T09:00:00+07:00', status: 'UPHELD' }
    const beforeDecision = await head()
    await run(COURT, DECIDE, decision)
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
    await run(COURT, TRIAL, trial)
    await run(COURT, DECIDE, decision)
    expect(await notedAfter(beforeReplays)).toEqual([])
  })

  it('recognises a replay of a record whose digest was stored before the digests were keyed', async () => {
    const input = { externalRef: 'VKS-AUD-5', caseId: randomUUID(), acceptedAt: '2025-08-01T09:00:00+07:00', unitCode: '99801', defendants: [A] }
    const file = await run(PROCURACY, ACCEPT, input)
    const stored = await sg.db.procuracyFile.findUniqueOrThrow({ where: { id: file.id } })
    // the form written by the releases before NET-14: an unkeyed SHA-256 of the validated input's stable JSON
    const validated = { ...input, acceptedAt: new Date(input.acceptedAt) }
    const legacy = createHash('sha256').update(fingerprint(validated)).digest('hex')
    expect(stored.inputDigest).not.toBe(legacy) // new writes are keyed
    await sg.db.procuracyFile.update({ where: { id: file.id }, data: { inputDigest: legacy } })
    const before = await head()
    expect((await run(PROCURACY, ACCEPT, input)).id).toBe(file.id)
    const conflict: any = await sg.execute(ACCEPT, { input: { ...input, unitCode: '99' } }, PROCURACY)
    expect(conflict.errors[0].extensions).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    expect(await notedAfter(before)).toEqual([])
  })
})
