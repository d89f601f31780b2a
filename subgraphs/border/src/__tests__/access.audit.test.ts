// The audit log of the `border` subgraph (NET-7), in process on SQLite and PostgreSQL: person-level
// reads and writes hash-chained with references and field names, never values, served to auditors;
// what altering or deleting an entry does to its verification.
import { describe, expect, it } from 'vitest'
import { auditHash } from '@lienthong/kit'
import { auditHead, testProviders, appendOnlyOutcome, withAppendOnlyLifted } from '@lienthong/kit/testing'
import { ANALYST, AUDITOR, BORDER, borderAccessWorld, COMMITTEE_AUDITOR, incident, POLICE_AUDITOR, RECORD_INCIDENT, ref } from './accessFixture.ts'
import { repatriationInput, writeOf } from './writeInputs.ts'

const LOG = `query($afterSeq: Int, $first: Int) { borderAuditLog(afterSeq: $afterSeq, first: $first) {
  entries { seq actorSub agency role purpose operation recordType recordRefs fields prevHash hash } nextAfterSeq verification { ok entries headHash brokenAt reason } } }`

describe.each(await testProviders())('border audit log on %s', (provider) => {
  const { sg, refusal, auditRows } = borderAccessWorld(provider)

  it('audits person-level reads and writes with references and field names, never values, for auditors only', async () => {
    const start = await auditHead(sg.db)
    const [e1, e2, e3] = [ref('e', 1), ref('e', 2), ref('e', 3)]
    const { id } = await sg.mutate(RECORD_INCIDENT, incident('AC-AUD-1', '2024-05-02', { PRESUMED_VICTIM: [e1], SUSPECT: [e2] }))
    await sg.mutate(writeOf('handOverPersonToSupport'), {
      incidentId: id,
      personRef: e1,
      supportCaseId: 'support-aud-1',
      handedOverAt: '2024-05-03T08:00:00+07:00',
      version: 1,
    })
    await sg.ok('query($id: ID!) { borderIncident(id: $id) { externalRef persons { role handedToSupportAt person { personRef } } } }', { id })
    const received = repatriationInput('AC-AUD-HH', [e1, e3], { receivedAt: '2024-05-04T08:00:00+07:00', embassyRef: 'DSQ-AUD-777' })
    const rep = await sg.mutate(writeOf('recordRepatriation', 'id receivedAt'), received)
    await sg.mutate(writeOf('updateRepatriationStatus', 'status'), {
      repatriationId: rep.id,
      status: 'IN_PROGRESS',
      at: '2024-05-05T08:00:00+07:00',
      version: 1,
    })
    await sg.ok('query($id: ID!) { repatriation(id: $id) { embassyRef persons { personRef } } }', { id: rep.id })
    await sg.ok('query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { borderIncidents { externalRef } repatriations { id } } } }', {
      reps: [{ __typename: 'Person', personRef: e1 }],
    })

    const page = (await sg.ok(LOG, { afterSeq: start }, AUDITOR)).borderAuditLog
    const sorted = (xs: string[]) => [...xs].sort()
    const byOperation = (a: any, b: any) => `${a.operation}|${a.recordType}`.localeCompare(`${b.operation}|${b.recordType}`)
    const touched = (operation: string, recordType: string, recordRefs: string[], fields: string[]) => ({
      operation,
      recordType,
      recordRefs: sorted(recordRefs),
      fields: sorted(fields),
    })
    const REPATRIATION_FIELDS = ['embassyRef', 'externalRef', 'fromCountry', 'gate', 'id', 'persons', 'receivedAt', 'status', 'statusChangedAt', 'unitCode']
    expect(page.entries.map(({ operation, recordType, recordRefs, fields }: any) => ({ operation, recordType, recordRefs, fields })).sort(byOperation)).toEqual(
      [
        touched('read _entities', 'Person', [e1], ['borderIncidents', 'repatriations']),
        touched('read _entities', 'Repatriation', [rep.id], ['id']),
        touched('read borderIncident', 'IncidentInvolvement', [e1, e2], ['handedToSupportAt', 'person', 'role']),
        touched('read borderIncident', 'Person', [e1, e2], ['personRef']),
        touched('read repatriation', 'Person', [e1, e3], ['personRef']),
        touched('read repatriation', 'Repatriation', [rep.id], ['embassyRef', 'persons']),
        touched('write handOverPersonToSupport', 'IncidentInvolvement', [e1], ['handedToSupportAt', 'supportCase']),
        // every record a write creates or changes is audited (NET-14), the incident too: its id and the fields set
        touched(
          'write recordBorderIncident',
          'BorderIncident',
          [id],
          ['externalRef', 'incidentType', 'occurredAt', 'otherCountry', 'persons', 'placeType', 'status', 'unitCode'],
        ),
        touched('write recordBorderIncident', 'IncidentInvolvement', [e1, e2], ['person', 'role']),
        touched('write recordRepatriation', 'Person', [e1, e3], ['repatriations']),
        touched('write recordRepatriation', 'Repatriation', [rep.id], REPATRIATION_FIELDS),
        touched('write updateRepatriationStatus', 'Repatriation', [rep.id], ['status', 'statusChangedAt']),
      ].sort(byOperation),
    )
    page.entries.forEach((e: any, k: number) => {
      expect(e).toMatchObject({ seq: start + 1 + k, actorSub: BORDER.sub, agency: 'border_guard', role: 'officer', purpose: 'repatriation' })
      if (k > 0) expect(e.prevHash).toBe(page.entries[k - 1].hash)
    })
    // never a value read or written: no external reference, role, support case, embassy reference or event time
    const text = JSON.stringify(page.entries)
    for (const value of ['AC-AUD-1', 'AC-AUD-HH', 'PRESUMED_VICTIM', 'SUSPECT', 'support-aud-1', 'DSQ-AUD-777', 'CK-CUA-KHAU', '2024-05-0'])
      expect(text).not.toContain(value)
    expect(page.verification).toEqual({ ok: true, entries: await auditRows(), headHash: page.entries.at(-1).hash, brokenAt: null, reason: null })
    expect(page.nextAfterSeq).toBeNull()

    // pages, and who may read the log
    const first = (await sg.ok(LOG, { afterSeq: 0, first: 2 }, COMMITTEE_AUDITOR)).borderAuditLog
    expect(first.entries.map((e: any) => e.seq)).toEqual([1, 2])
    expect(first.nextAfterSeq).toBe(2)
    for (const who of [BORDER, POLICE_AUDITOR, ANALYST]) expect(await refusal(LOG, {}, who)).toEqual({ code: 'FORBIDDEN', field: 'borderAuditLog' })
  })

  it('breaks verification at an altered or deleted entry', async () => {
    const verdict = async () => (await sg.ok('{ borderAuditLog(first: 1) { verification { ok brokenAt reason } } }', {}, AUDITOR)).borderAuditLog.verification
    expect((await verdict()).ok).toBe(true)
    const seq = 3
    const original = await sg.db.auditEntry.findUniqueOrThrow({ where: { seq } })
    // the database refuses it (append-only triggers); an administrator who turns them off first is caught by the chain
    expect(await appendOnlyOutcome(sg.db.auditEntry.update({ where: { seq }, data: { actorSub: 'someone-else' } }))).toEqual({
      table: 'AuditEntry',
      operation: 'UPDATE',
    })
    await withAppendOnlyLifted(sg.db, provider, 'AuditEntry', async () => {
      await sg.db.auditEntry.update({ where: { seq }, data: { recordRefs: JSON.stringify([ref('f', 1)]) } })
      expect(await verdict()).toMatchObject({ ok: false, brokenAt: seq, reason: expect.stringMatching(/altered/) })
      // rewriting the entry's own hash as well moves the break to the next entry, which no longer follows it
      const forged = { ...original, recordRefs: [ref('f', 1)], fields: JSON.parse(original.fields) as string[] }
      await sg.db.auditEntry.update({ where: { seq }, data: { hash: auditHash({ ...forged, at: new Date(original.at) }) } })
      expect(await verdict()).toMatchObject({ ok: false, brokenAt: seq + 1 })
      await sg.db.auditEntry.update({ where: { seq }, data: original })
      expect((await verdict()).ok).toBe(true)
      await sg.db.auditEntry.delete({ where: { seq } })
    })
    expect(await verdict()).toMatchObject({ ok: false, brokenAt: seq, reason: expect.stringMatching(/missing/) })
  })
})
