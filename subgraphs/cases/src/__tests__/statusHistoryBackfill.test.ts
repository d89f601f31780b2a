// The migration `status_history` backfills the history of rows written before it: its SQL, run
// here on rows without a history, writes the same steps as the rules of domain/statusHistory.ts
// (which the seed and the statistics test worlds use). SQLite and PostgreSQL.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { testProviders, testSubgraphForBlock } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { caseHistoryOf, reportHistoryOf } from '../domain/statusHistory.ts'
import { vn } from './statisticsWorld.ts'

function backfillStatements(provider: string): string[] {
  const dir = fileURLToPath(new URL(`../../prisma/${provider}/migrations/`, import.meta.url))
  const migration = readdirSync(dir).find((d) => d.endsWith('_status_history'))!
  const text = readFileSync(`${dir}${migration}/migration.sql`, 'utf8')
  const backfill = text.slice(text.indexOf('-- Records written before this migration'))
  return backfill
    .split(/;\s*\n/)
    .map((s) => s.replace(/^--.*$/gm, '').trim())
    .filter(Boolean)
}

const at = (m: number, d: number, h = 12) => vn(2024, m, d, h)
const REPORTS = [
  { status: 'RECEIVED' },
  { status: 'VERIFYING', classifiedAt: at(1, 3) },
  { status: 'VERIFYING' },
  { status: 'CASE_OPENED', classifiedAt: at(1, 3), resolvedAt: at(2, 1) },
  { status: 'NO_CASE_OPENED', classifiedAt: at(1, 3), resolvedAt: at(3, 31, 23) },
  { status: 'SUSPENDED', classifiedAt: at(1, 3), resolvedAt: at(4, 1, 0) },
  { status: 'TRANSFERRED', resolvedAt: at(1, 5) },
  { status: 'TRANSFERRED', classifiedAt: at(1, 3), resolvedAt: at(1, 9) },
] as const
const CASES = [
  { status: 'INVESTIGATING' },
  { status: 'INVESTIGATING', suspendedAt: at(3, 1) },
  { status: 'SUSPENDED', suspendedAt: at(3, 1) },
  { status: 'SOLVED', solvedAt: at(2, 1) },
  { status: 'CLOSED', suspendedAt: at(2, 1), closedAt: at(6, 30, 23) },
  { status: 'CLOSED', solvedAt: at(2, 1), closedAt: at(7, 1, 0) },
  { status: 'TRANSFERRED_FOR_PROSECUTION', solvedAt: at(2, 1), transferredAt: at(5, 1) },
] as const

describe.each(await testProviders())('status history backfill on %s', (provider) => {
  const sg = testSubgraphForBlock(subgraph, provider)

  it('writes, for rows without a history, the steps the domain rules give', async () => {
    await sg.db.incomingReport.createMany({
      data: REPORTS.map((r, i) => ({
        externalRef: `BF-TB-${i}`,
        kind: 'DENUNCIATION',
        channel: 'IN_PERSON',
        receivedAt: at(1, 2),
        receivedByUnitCode: '99',
        unitCode: '99101',
        traffickingRelated: 'classifiedAt' in r ? true : null,
        ...r,
      })),
    })
    await sg.db.criminalCase.createMany({
      data: CASES.map((c, i) => ({ externalRef: `BF-CA-${i}`, openedAt: at(1, 10), codeArticle: 150, unitCode: '99101', routeKind: 'DOMESTIC', ...c })),
    })
    expect(await sg.db.statusChange.count()).toBe(0)
    for (const statement of backfillStatements(provider)) await sg.db.$executeRawUnsafe(statement)

    const stored = await sg.db.statusChange.findMany({ orderBy: [{ effectiveAt: 'asc' }, { seq: 'asc' }] })
    const stepsOf = (id: string) =>
      stored
        .filter((s) => s.entityId === id)
        .map(({ entityType, entityId, fromStatus, toStatus, effectiveAt }) => ({ entityType, entityId, fromStatus, toStatus, effectiveAt }))
    const reports = await sg.db.incomingReport.findMany()
    const cases = await sg.db.criminalCase.findMany()
    expect(reports).toHaveLength(REPORTS.length)
    for (const r of reports) expect(stepsOf(r.id), r.externalRef).toEqual(reportHistoryOf(r))
    for (const c of cases) expect(stepsOf(c.id), c.externalRef).toEqual(caseHistoryOf(c))
    // every record's latest step is its status
    for (const x of [...reports, ...cases]) expect(stepsOf(x.id).at(-1)!.toStatus, x.externalRef).toBe(x.status)
    expect(stored.every((s) => s.inputDigest === null)).toBe(true)
  })
})
