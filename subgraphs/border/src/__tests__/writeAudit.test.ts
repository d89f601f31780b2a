// Every write of the `border` subgraph through the kit's pipeline, on SQLite and PostgreSQL: each
// record created or changed is audited once (its type, its id or person references, the names of
// the fields set), a replay writes and audits nothing, and a record written before the keyed
// digests (legacy `fingerprint` forms) is still recognised when it is sent again.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { fingerprint } from '@lienthong/kit'
import { auditedWrite, subgraphUnderTest, testProviders } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { versioned } from './versioned.ts'
import { RecordCooperationSchema } from '../validation/cooperation.ts'
import { cooperationInput, incidentInput, repatriationInput, writeOf } from './writeInputs.ts'

const V1 = 'a7'.repeat(32)
const V2 = 'b8'.repeat(32)
const S1 = 'c9'.repeat(32)

const INCIDENT = incidentInput('BP-AUDIT-1', { PRESUMED_VICTIM: [V1], SUSPECT: [S1] })
const REPATRIATION = repatriationInput('HH-AUDIT-1', [V1, V2])
const COOPERATION = cooperationInput('HTQT-AUDIT-1')
/** The fields a new incident and a new cooperation request set. */
const INCIDENT_FIELDS = ['externalRef', 'occurredAt', 'placeType', 'incidentType', 'unitCode', 'otherCountry', 'status', 'persons']
const COOPERATION_FIELDS = ['externalRef', 'direction', 'counterpart', 'counterpartCountry', 'subject', 'requestedAt', 'status']
/** The validated input as the pipeline sees it (the DateTime scalar has already made the instant a Date). */
const validated = (input: typeof COOPERATION) => RecordCooperationSchema.parse({ ...input, requestedAt: new Date(input.requestedAt) })

describe.each(await testProviders())('border writes through the kit pipeline on %s', (provider) => {
  const sg = subgraphUnderTest(subgraph, provider)

  /** Runs a write; returns the answer's id and the audit entries it appended (operation, type, references, fields). */
  const write = async (name: string, input: Record<string, unknown>) => {
    const { data, noted } = await auditedWrite(sg, writeOf(name), { input: await versioned(sg.db, input) })
    const audited = noted.map(({ operation, recordType, recordRefs, fields }) => ({ operation, recordType, refs: [...recordRefs].sort(), fields }))
    return { id: (data as { id: string }).id, audited }
  }
  const once = (operation: string, recordType: string, refs: string[], fields: string[]) => ({
    operation: `write ${operation}`,
    recordType,
    refs: [...refs].sort(),
    fields: [...fields].sort(),
  })

  it('audits the incident and its persons once when recorded, nothing on a replay', async () => {
    const first = await write('recordBorderIncident', INCIDENT)
    expect(first.audited).toEqual([
      once('recordBorderIncident', 'BorderIncident', [first.id], INCIDENT_FIELDS),
      once('recordBorderIncident', 'IncidentInvolvement', [V1, S1], ['person', 'role']),
    ])
    // persons in another order: the same input, a replay
    const replay = await write('recordBorderIncident', { ...INCIDENT, persons: [...INCIDENT.persons].reverse() })
    expect(replay).toEqual({ id: first.id, audited: [] })
  })

  it('audits each change of an incident once, and a change sent again not at all', async () => {
    const { id } = await sg.db.borderIncident.findUniqueOrThrow({ where: { externalRef: 'BP-AUDIT-1' } })
    const toPolice = { incidentId: id, reportId: 'report-audit', handedOverAt: '2024-03-11T08:00:00+07:00' }
    expect((await write('handOverIncidentToPolice', toPolice)).audited).toEqual([
      once('handOverIncidentToPolice', 'BorderIncident', [id], ['status', 'handedOverAt', 'handedToReport']),
    ])
    expect((await write('handOverIncidentToPolice', toPolice)).audited).toEqual([])
    // the report has become a case: the link added is the change
    expect((await write('handOverIncidentToPolice', { ...toPolice, caseId: 'case-audit' })).audited).toEqual([
      once('handOverIncidentToPolice', 'BorderIncident', [id], ['handedToCase']),
    ])

    const toSupport = { incidentId: id, personRef: V1, supportCaseId: 'support-audit', handedOverAt: '2024-03-12T08:00:00+07:00' }
    expect((await write('handOverPersonToSupport', toSupport)).audited).toEqual([
      once('handOverPersonToSupport', 'IncidentInvolvement', [V1], ['supportCase', 'handedToSupportAt']),
    ])
    expect((await write('handOverPersonToSupport', toSupport)).audited).toEqual([])

    const close = { incidentId: id, closedAt: '2024-05-01T08:00:00+07:00' }
    expect((await write('closeBorderIncident', close)).audited).toEqual([once('closeBorderIncident', 'BorderIncident', [id], ['status', 'closedAt'])])
    expect((await write('closeBorderIncident', close)).audited).toEqual([])
  })

  it('audits a repatriation and its persons once, each verification step once, replays not at all', async () => {
    const first = await write('recordRepatriation', REPATRIATION)
    const fields = ['externalRef', 'fromCountry', 'gate', 'unitCode', 'receivedAt', 'status', 'statusChangedAt', 'persons']
    // the answer's `id` is a field of a person-level record the write returns: noted with it
    expect(first.audited).toEqual([
      once('recordRepatriation', 'Repatriation', [first.id], [...fields, 'id']),
      once('recordRepatriation', 'Person', [V1, V2], ['repatriations']),
    ])
    // a replay writes nothing: its answer is a read of the record (as any read of a person-level record)
    const read = (operation: string) => [{ operation: `read ${operation}`, recordType: 'Repatriation', refs: [first.id], fields: ['id'] }]
    expect(await write('recordRepatriation', { ...REPATRIATION, personRefs: [V2, V1] })).toEqual({ id: first.id, audited: read('recordRepatriation') })

    const started = { repatriationId: first.id, status: 'IN_PROGRESS', at: '2024-06-21T09:00:00+07:00' }
    expect((await write('updateRepatriationStatus', started)).audited).toEqual([
      once('updateRepatriationStatus', 'Repatriation', [first.id], ['status', 'statusChangedAt', 'id']),
    ])
    expect((await write('updateRepatriationStatus', started)).audited).toEqual(read('updateRepatriationStatus'))
    const verified = { repatriationId: first.id, status: 'VERIFIED', at: '2024-06-30T09:00:00+07:00', embassyRef: 'DSQ-AUDIT-1' }
    expect((await write('updateRepatriationStatus', verified)).audited).toEqual([
      once('updateRepatriationStatus', 'Repatriation', [first.id], ['status', 'statusChangedAt', 'embassyRef', 'id']),
    ])
    expect((await write('updateRepatriationStatus', verified)).audited).toEqual(read('updateRepatriationStatus'))
  })

  it('audits a cooperation record once when recorded and at each status change, replays not at all', async () => {
    const first = await write('recordCrossBorderCooperation', COOPERATION)
    expect(first.audited).toEqual([once('recordCrossBorderCooperation', 'CrossBorderCooperation', [first.id], COOPERATION_FIELDS)])
    expect(await write('recordCrossBorderCooperation', COOPERATION)).toEqual({ id: first.id, audited: [] })
    const answered = [
      ['IN_PROGRESS', '2024-03-13T09:00:00+07:00', []],
      ['ANSWERED', '2024-03-20T09:00:00+07:00', ['answeredAt']],
      ['CLOSED', '2024-03-25T09:00:00+07:00', ['closedAt']],
    ] as const
    for (const [status, at, set] of answered) {
      const input = { cooperationId: first.id, status, at }
      expect((await write('updateCooperationStatus', input)).audited).toEqual([
        once('updateCooperationStatus', 'CrossBorderCooperation', [first.id], ['status', ...set]),
      ])
      expect((await write('updateCooperationStatus', input)).audited).toEqual([])
    }
    expect(await sg.db.cooperationStatusChange.count({ where: { cooperationId: first.id } })).toBe(4)
  })

  it('keeps the keyed digest, never the input, in inputDigest', async () => {
    const rows = await Promise.all([
      sg.db.borderIncident.findUniqueOrThrow({ where: { externalRef: 'BP-AUDIT-1' } }),
      sg.db.repatriation.findUniqueOrThrow({ where: { externalRef: 'HH-AUDIT-1' } }),
      sg.db.crossBorderCooperation.findUniqueOrThrow({ where: { externalRef: 'HTQT-AUDIT-1' } }),
    ])
    for (const r of rows) expect(r.inputDigest).toMatch(/^[0-9a-f]{64}$/)
    const input = validated(COOPERATION)
    expect(rows[2]!.inputDigest).not.toBe(createHash('sha256').update(fingerprint(input)).digest('hex'))
  })

  it.each([
    ['its stable JSON (SQLite before NET-14)', 'HTQT-LEGACY-1', (json: string) => json],
    ['the SHA-256 of that JSON (PostgreSQL after the migration)', 'HTQT-LEGACY-2', (json: string) => createHash('sha256').update(json).digest('hex')],
  ])('replays a record written before the keyed digests, holding %s; a different input is still a conflict', async (_what, externalRef, legacy) => {
    const input = { ...COOPERATION, externalRef }
    const { id } = await write('recordCrossBorderCooperation', input)
    await sg.db.crossBorderCooperation.update({ where: { id }, data: { inputDigest: legacy(fingerprint(validated(input))) } })
    expect(await write('recordCrossBorderCooperation', input)).toEqual({ id, audited: [] })
    const other = await sg.execute(writeOf('recordCrossBorderCooperation'), { input: { ...input, subject: 'OTHER' } })
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
  })
})
