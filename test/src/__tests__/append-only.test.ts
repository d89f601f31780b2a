// Submitted periodic reports and the audit log are append-only in every subgraph's database, on
// SQLite and PostgreSQL (the triggers of the kit's append-only migration, prisma/appendOnly.ts):
// an update or a delete — through the subgraph's own Prisma client or raw SQL, one row or many,
// a TRUNCATE on PostgreSQL — is refused and leaves the rows as they were, while the normal path
// still works: a correction is a new revision, an audit entry is appended.
// biome-ignore-all lint/suspicious/noExplicitAny: each subgraph's Prisma client, used through the models every subgraph has
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendAudit, auditStoreOf, type DbProvider, verifyAuditStore } from '@lienthong/kit'
import { APPEND_ONLY_TABLE_NAMES, type AppendOnlyTable, appendOnlyTriggerNames } from '@lienthong/kit/prisma'
import { submitReport } from '@lienthong/kit/reporting'
import { appendOnlyOutcome, startTestSubgraph, TEST_OFFICERS, testProviders, type TestSubgraph } from '@lienthong/kit/testing'
import { agencyEntry, reportingFieldsOf, reportingSectionsOf, SUBGRAPH_NAMES } from '@lienthong/schema'
import { SUBGRAPH_MODULES } from '../network.ts'

const JULY_2024 = { kind: 'MONTH', year: 2024, index: 7 }
const MODEL: Record<AppendOnlyTable, string> = { ReportSubmission: 'reportSubmission', AuditEntry: 'auditEntry' }
const KEY: Record<AppendOnlyTable, string> = { ReportSubmission: 'id', AuditEntry: 'seq' }

/** The triggers present in the database, by name. */
async function triggersOf(db: any, provider: DbProvider): Promise<string[]> {
  const rows: { name: string }[] = await db.$queryRawUnsafe(
    provider === 'postgresql' ? 'SELECT tgname::text AS name FROM pg_trigger WHERE NOT tgisinternal' : `SELECT name FROM sqlite_master WHERE type = 'trigger'`,
  )
  return rows.map((r) => r.name).sort()
}

type Attempt = readonly [how: string, operation: string, attempt: () => Promise<unknown>]
/** Every way of changing or removing the rows of `table`, with the operation the database must refuse. */
function attempts(db: any, provider: DbProvider, table: AppendOnlyTable, key: unknown): Attempt[] {
  const model = db[MODEL[table]]
  const where = { [KEY[table]]: key }
  const column = table === 'ReportSubmission' ? 'figures' : 'fields'
  const all: Attempt[] = [
    ['client update', 'UPDATE', () => model.update({ where, data: { [column]: '[]' } })],
    ['client updateMany', 'UPDATE', () => model.updateMany({ data: { [column]: '[]' } })],
    ['client delete', 'DELETE', () => model.delete({ where })],
    ['client deleteMany', 'DELETE', () => model.deleteMany({})],
    ['raw UPDATE', 'UPDATE', () => db.$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = '[]'`)],
    ['raw DELETE', 'DELETE', () => db.$executeRawUnsafe(`DELETE FROM "${table}"`)],
  ]
  if (provider === 'postgresql') all.push(['raw TRUNCATE', 'TRUNCATE', () => db.$executeRawUnsafe(`TRUNCATE "${table}"`)])
  return all
}

describe.each(await testProviders())('append-only tables on %s', (provider) => {
  describe.each(SUBGRAPH_NAMES)('%s', (name) => {
    let sg: TestSubgraph<any>
    beforeAll(async () => {
      sg = await startTestSubgraph(SUBGRAPH_MODULES[name], provider)
    })
    afterAll(() => sg?.stop())
    const [agency] = reportingSectionsOf(name)[0]!
    const officer = TEST_OFFICERS[agency]
    const submit = reportingFieldsOf(agencyEntry(agency)).submit

    it('has the triggers of the append-only migration', async () => {
      const expected = APPEND_ONLY_TABLE_NAMES.flatMap((t) => appendOnlyTriggerNames(provider, t))
      expect(await triggersOf(sg.db, provider)).toEqual(expect.arrayContaining(expected))
    })

    it('refuses to update or delete a submitted revision, leaving it unchanged; a correction is a new revision', async () => {
      // revision 1 (figures that differ from the live ones), then the correction through the agency's own mutation
      const first = await submitReport(sg.db, { agency, identity: officer, period: JULY_2024, unitCode: '99', figures: async () => ({ reportsReceived: -1 }) })
      expect(first.row.revision).toBe(1)
      const rows = async () => JSON.stringify(await sg.db.reportSubmission.findMany({ orderBy: { revision: 'asc' } }))
      const before = await rows()
      for (const [how, operation, attempt] of attempts(sg.db, provider, 'ReportSubmission', first.row.id))
        expect({ how, outcome: await appendOnlyOutcome(attempt()) }).toEqual({ how, outcome: { table: 'ReportSubmission', operation } })
      expect(await rows()).toBe(before)

      const corrected = await sg.execute(
        `mutation($p: PeriodInput!) { ${submit}(input: { period: $p }) { revision changes { path } } }`,
        { p: JULY_2024 },
        officer,
      )
      expect(corrected.errors).toBeUndefined()
      expect(corrected.data[submit].revision).toBe(2)
      expect(corrected.data[submit].changes.length).toBeGreaterThan(0)
      const kept = await sg.db.reportSubmission.findMany({ orderBy: { revision: 'asc' } })
      expect(kept.map((r: any) => r.revision)).toEqual([1, 2])
      expect(JSON.stringify(kept[0])).toBe(JSON.stringify(JSON.parse(before)[0]))
    })

    it('refuses to update or delete an audit entry; appending still works and the chain verifies', async () => {
      const store = auditStoreOf(sg.db)
      const facts = {
        at: new Date(),
        actorSub: officer.sub,
        agency,
        role: 'officer',
        purpose: 'audit',
        operation: 'read test',
        recordType: 'Test',
        fields: ['x'],
      }
      const entry = await appendAudit(store, { ...facts, recordRefs: ['a'.repeat(64)], requestId: null })
      const rows = async () => JSON.stringify(await sg.db.auditEntry.findMany({ orderBy: { seq: 'asc' } }))
      const before = await rows()
      for (const [how, operation, attempt] of attempts(sg.db, provider, 'AuditEntry', entry.seq))
        expect({ how, outcome: await appendOnlyOutcome(attempt()) }).toEqual({ how, outcome: { table: 'AuditEntry', operation } })
      expect(await rows()).toBe(before)
      const next = await appendAudit(store, { ...facts, recordRefs: ['b'.repeat(64)], requestId: null })
      expect(next.seq).toBe(entry.seq + 1)
      expect(await verifyAuditStore(store)).toMatchObject({ ok: true, headHash: next.hash })
    })
  })
})
