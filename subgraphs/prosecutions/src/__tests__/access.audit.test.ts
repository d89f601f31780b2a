// The audit log of the `prosecutions` subgraph (NET-7), in process on SQLite and PostgreSQL: every
// record a write created or changed and every read of a defendant or a verdict, hash-chained with
// references and field names, served to auditors; an altered or deleted entry breaks verification.
import { describe, expect, it } from 'vitest'
import type { Identity } from '@lienthong/kit/identity'
import { testProviders, appendOnlyOutcome, withAppendOnlyLifted } from '@lienthong/kit/testing'
import {
  ANALYST,
  AUDIT_LOG,
  AUDITOR,
  COMMITTEE_AUDITOR,
  COURT,
  COURT_AUDITOR,
  INTEGRATOR,
  P,
  POLICE_AUDITOR,
  PROCURACY,
  prosecutionsAccessWorld,
  ref,
} from './accessFixture.ts'

describe.each(await testProviders())('prosecutions audit log on %s', (provider) => {
  const { sg, ids, auditLog } = prosecutionsAccessWorld(provider)

  it('notes every record a write created or changed and every read of a defendant or a verdict in the audit log (references and field names, never values), served to auditors only', async () => {
    const defendants = await sg.db.defendant.findMany({ where: { fileId: ids.f1 } })
    const defendantIds = defendants.map((d) => d.id).sort()
    const verdictIds = (await sg.db.verdict.findMany({ where: { courtFileId: ids.cf1 } })).map((v) => v.id).sort()
    const byPerson = new Map(defendants.map((d) => [d.personRef, d.id]))
    const who = (o: Identity) => ({ actorSub: o.sub, agency: o.agency, role: o.role, purpose: o.purpose })

    // the fixture's writes, whatever the mutations selected (`{ id }` only)
    const written = (await auditLog()).entries
    const writeOf = (operation: string, recordType: string) => written.find((e: any) => e.operation === `write ${operation}` && e.recordType === recordType)
    expect(writeOf('acceptProcuracyFile', 'Defendant')).toMatchObject({
      ...who(PROCURACY),
      recordRefs: defendantIds,
      fields: ['office', 'personRef', 'procuracyFile'],
    })
    expect(writeOf('indict', 'Defendant')).toMatchObject({ ...who(PROCURACY), recordRefs: defendantIds, fields: ['charges'] })
    expect(written.filter((e: any) => e.operation === 'write recordTrial')).toEqual([
      expect.objectContaining({
        ...who(COURT),
        recordType: 'CourtFile',
        recordRefs: [ids.cf1],
        fields: ['status', 'statusHistory', 'statusSince', 'trial', 'verdicts'],
      }),
      expect.objectContaining({
        ...who(COURT),
        recordType: 'Verdict',
        recordRefs: verdictIds,
        fields: ['article', 'clause', 'courtFile', 'decidedAt', 'defendant', 'office', 'outcome', 'sentenceKind', 'sentenceMonths'],
      }),
    ])
    // every record a write created or changed is noted (NET-14), files, indictments and appeals too (writeAudit.test.ts)
    expect(new Set(written.map((e: any) => e.recordType))).toEqual(new Set(['ProcuracyFile', 'Defendant', 'Indictment', 'CourtFile', 'Verdict', 'Appeal']))

    // reads: the procuracy through a file, the court by entity reference
    const head = (await auditLog()).verification.entries
    await sg.ok(
      'query($id: ID!) { procuracyFile(id: $id) { externalRef defendants { id personRef verdicts { outcome sentenceMonths } } } }',
      { id: ids.f1 },
      PROCURACY,
    )
    await sg.ok(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Verdict { outcome defendant { personRef } } } }',
      { reps: [{ __typename: 'Verdict', id: ids.verdict2 }] },
      COURT,
    )
    const page = await auditLog(AUDITOR, head)
    const read = page.entries.map(({ seq: _s, at: _a, prevHash: _p, hash: _h, ...e }: any) => e)
    expect(read).toEqual([
      { ...who(PROCURACY), operation: 'read procuracyFile', recordType: 'Defendant', recordRefs: defendantIds, fields: ['id', 'personRef', 'verdicts'] },
      { ...who(PROCURACY), operation: 'read procuracyFile', recordType: 'Verdict', recordRefs: verdictIds, fields: ['outcome', 'sentenceMonths'] },
      { ...who(COURT), operation: 'read _entities', recordType: 'Verdict', recordRefs: [ids.verdict2], fields: ['defendant', 'outcome'] },
      { ...who(COURT), operation: 'read _entities', recordType: 'Defendant', recordRefs: [byPerson.get(P[1]!)], fields: ['personRef'] },
    ])
    expect(page.entries.map((e: any) => e.seq)).toEqual([head + 1, head + 2, head + 3, head + 4])
    expect(page.nextAfterSeq).toBeNull()
    expect(page.verification).toMatchObject({ ok: true, entries: head + 4, headHash: page.entries.at(-1).hash })
    expect(page.verification.brokenAt).toBeNull()

    // no personal value anywhere in the log: no person reference, no sentence, no outcome
    const log = JSON.stringify((await auditLog()).entries)
    for (const personRef of [...P, ref('b', 1), ref('c', 1), ref('d', 1)]) expect(log).not.toContain(personRef)
    expect(log).not.toMatch(/CONVICTED|ACQUITTED|IMPRISONMENT|"(60|72|84|96|108|130)"/)

    // the log is for auditors of the Procuracy, the Court and the steering committee only
    for (const auditor of [COURT_AUDITOR, COMMITTEE_AUDITOR]) expect((await auditLog(auditor)).verification.ok).toBe(true)
    for (const refused of [PROCURACY, COURT, ANALYST, INTEGRATOR, POLICE_AUDITOR])
      expect((await sg.execute(AUDIT_LOG, { after: 0 }, refused)).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'prosecutionsAuditLog' })
    // reading the log is not itself a person-level read
    expect((await auditLog()).verification.entries).toBe(head + 4)
  })

  it('detects an altered or deleted audit entry at that entry', async () => {
    const { entries, verification } = await auditLog()
    expect(verification.ok).toBe(true)
    const target = entries[Math.floor(entries.length / 2)]
    const original = await sg.db.auditEntry.findUniqueOrThrow({ where: { seq: target.seq } })
    // the database refuses to rewrite or remove an entry (append-only triggers) …
    expect(await appendOnlyOutcome(sg.db.auditEntry.updateMany({ data: { actorSub: 'someone-else' } }))).toEqual({ table: 'AuditEntry', operation: 'UPDATE' })
    expect(await appendOnlyOutcome(sg.db.auditEntry.deleteMany({}))).toEqual({ table: 'AuditEntry', operation: 'DELETE' })
    expect((await auditLog()).verification).toMatchObject({ ok: true, entries: entries.length })
    // … and someone who turns them off first is caught by the chain
    await withAppendOnlyLifted(sg.db, provider, 'AuditEntry', async () => {
      // someone rewrites who read the records
      await sg.db.auditEntry.update({ where: { seq: target.seq }, data: { actorSub: 'someone-else' } })
      expect((await auditLog()).verification).toMatchObject({ ok: false, brokenAt: target.seq, reason: `entry ${target.seq} was altered` })
      await sg.db.auditEntry.update({ where: { seq: target.seq }, data: { actorSub: original.actorSub } })
      expect((await auditLog()).verification).toMatchObject({ ok: true, entries: entries.length })
      // someone removes the entry
      await sg.db.auditEntry.delete({ where: { seq: target.seq } })
      expect((await auditLog()).verification).toMatchObject({ ok: false, brokenAt: target.seq, reason: `entry ${target.seq} is missing (deleted)` })
    })
    await sg.db.auditEntry.create({ data: original })
    expect((await auditLog()).verification).toMatchObject({ ok: true, entries: entries.length })
  })
})
