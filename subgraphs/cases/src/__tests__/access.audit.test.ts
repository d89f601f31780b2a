// The audit log of the police subgraph (NET-7), in process on SQLite and PostgreSQL: victim-level
// reads and writes hash-chained by reference and field name, never values, served to auditors;
// an altered or deleted entry breaks its verification.
import { describe, expect, it } from 'vitest'
import { testProviders, appendOnlyOutcome, withAppendOnlyLifted } from '@lienthong/kit/testing'
import { A, AUDITOR, errorsOf, OTHERS, PERSONAL, POLICE, policeAccessWorld, R, RECORD_VICTIM, REF_A, REF_W, victimInput, W, who } from './accessFixture.ts'

const PERSONAL_VALUES = [...Object.values(A), ...Object.values(R), ...Object.values(W)]

describe.each(await testProviders())('police audit log on %s', (provider) => {
  const { sg, headSeq, auditRows } = policeAccessWorld(provider)

  it('(d) audits victim-level reads and writes by reference and field name, never values; the log is for auditors', async () => {
    const mark = await headSeq()
    const refsInCase = [REF_A, ...OTHERS.map(([d]) => d.repeat(64))].sort()
    await sg.ok('{ policeVictims(first: 50, filter: { unitCode: "99101" }) { edges { node { externalRef status fullName } } } }')
    await sg.ok(`{ person(personRef: "${REF_A}") { policeVictim { ${PERSONAL.join(' ')} } } }`)
    await sg.ok(RECORD_VICTIM, { input: victimInput('NN-ACC-W', { personRef: REF_W, status: 'PRESUMED', identifiedAt: null, personal: W }) })
    await sg.ok(
      `mutation { changeVictimStatus(personRef: "${REF_W}", input: { status: NOT_A_VICTIM, at: "2024-06-01T09:00:00+07:00", version: 1 }) { status } }`,
    )
    const actor = { actorSub: POLICE.sub, agency: 'police', role: 'officer', purpose: 'investigation' }
    const entry = (k: number, operation: string, recordType: string, recordRefs: string[], fields: string[]) =>
      expect.objectContaining({ ...actor, seq: mark + k, operation, recordType, recordRefs, fields })
    const rows = (await auditRows()).filter((r) => r.seq > mark).map((r) => ({ ...r, recordRefs: JSON.parse(r.recordRefs), fields: JSON.parse(r.fields) }))
    const VICTIM_FIELDS = [
      'consentToCount',
      'consentToShare',
      'externalRef',
      'forms',
      'fullName',
      'identifiedAt',
      'phone',
      'recruitmentMethod',
      'rescueOperation',
      'status',
    ]
    expect(rows).toEqual([
      entry(1, 'read policeVictims', 'PoliceVictim', refsInCase, ['externalRef', 'fullName', 'status']),
      entry(2, 'read person', 'Person', [REF_A], ['policeVictim']),
      entry(3, 'read person', 'PoliceVictim', [REF_A], [...PERSONAL].sort()),
      entry(4, 'write recordVictim', 'PoliceVictim', [REF_W], VICTIM_FIELDS),
      // the person record the victim record created (NET-14: every record written is audited)
      entry(5, 'write recordVictim', 'Person', [REF_W], ['birthYear', 'citizenship', 'citizenshipCountry', 'sex']),
      // NOT_A_VICTIM sets the status only (the fields set, not the fields the mutation could set)
      entry(6, 'write changeVictimStatus', 'PoliceVictim', [REF_W], ['status']),
    ])
    const all = await auditRows()
    for (const value of PERSONAL_VALUES) expect(JSON.stringify(all)).not.toContain(value)
    expect(
      all.some((r) => r.operation === 'write recordVictim' && JSON.parse(r.recordRefs).includes(REF_A) && JSON.parse(r.fields).includes('nationalId')),
    ).toBe(true)

    const LOG =
      'query($after: Int, $first: Int) { policeAuditLog(afterSeq: $after, first: $first) { entries { seq operation recordRefs fields hash } nextAfterSeq verification { ok entries headHash brokenAt } } }'
    for (const auditor of [AUDITOR, who('steering_committee', 'auditor', '99', null)]) {
      const log = (await sg.ok(LOG, { first: 500 }, auditor)).policeAuditLog
      expect(log.verification).toEqual({ ok: true, entries: all.length, headHash: all.at(-1)!.hash, brokenAt: null })
      expect(log.entries.map((e: any) => [e.seq, e.operation, e.recordRefs, e.fields, e.hash])).toEqual(
        all.map((r) => [r.seq, r.operation, JSON.parse(r.recordRefs), JSON.parse(r.fields), r.hash]),
      )
      expect(log.nextAfterSeq).toBeNull()
    }
    const page = (await sg.ok(LOG, { after: 1, first: 2 }, AUDITOR)).policeAuditLog
    expect([page.entries.map((e: any) => e.seq), page.nextAfterSeq]).toEqual([[2, 3], 3])
    expect(errorsOf(await sg.execute(LOG, {}, POLICE))).toEqual(['FORBIDDEN policeAuditLog'])
    expect(errorsOf(await sg.execute(LOG, {}, who('social_affairs', 'auditor', '99', null)))).toEqual(['FORBIDDEN policeAuditLog'])
  })

  it('(e) detects an altered or a deleted audit entry: verification fails at that entry', async () => {
    const verdict = async () => (await sg.ok('{ policeAuditLog(first: 1) { verification { ok brokenAt reason } } }', {}, AUDITOR)).policeAuditLog.verification
    expect(await verdict()).toMatchObject({ ok: true, brokenAt: null })
    const rows = await auditRows()
    expect(rows.length).toBeGreaterThan(4)
    const target = rows[3]!
    // the database refuses both (append-only triggers); an administrator who turns them off first is caught by the chain
    expect(await appendOnlyOutcome(sg.db.auditEntry.delete({ where: { seq: target.seq } }))).toEqual({ table: 'AuditEntry', operation: 'DELETE' })
    await withAppendOnlyLifted(sg.db, provider, 'AuditEntry', async () => {
      await sg.db.auditEntry.update({ where: { seq: target.seq }, data: { fields: JSON.stringify(['status']) } })
      expect(await verdict()).toMatchObject({ ok: false, brokenAt: target.seq })
      await sg.db.auditEntry.update({ where: { seq: target.seq }, data: { fields: target.fields } })
      expect(await verdict()).toMatchObject({ ok: true, brokenAt: null })
      await sg.db.auditEntry.update({ where: { seq: rows[1]!.seq }, data: { recordRefs: JSON.stringify([]) } })
      expect(await verdict()).toMatchObject({ ok: false, brokenAt: rows[1]!.seq })
      await sg.db.auditEntry.update({ where: { seq: rows[1]!.seq }, data: { recordRefs: rows[1]!.recordRefs } })
      await sg.db.auditEntry.delete({ where: { seq: target.seq } })
    })
    expect(await verdict()).toMatchObject({ ok: false, brokenAt: target.seq })
  })
})
