// Writes of the `border` subgraph by caller (NET-7), in process on SQLite and PostgreSQL: only the
// Border Guard's officers and supervisors write; every other caller is refused and writes nothing.
import { describe, expect, it } from 'vitest'
import { tableRows, testProviders, TEST_OFFICERS } from '@lienthong/kit/testing'
import { BORDER_ANALYST, borderAccessWorld, incident, ref } from './accessFixture.ts'
import { cooperationInput, repatriationInput, writeOf } from './writeInputs.ts'
import { versioned } from './versioned.ts'

const TABLES = [
  'borderIncident',
  'incidentPerson',
  'repatriation',
  'repatriationPerson',
  'crossBorderCooperation',
  'cooperationStatusChange',
  'reportSubmission',
  'auditEntry',
]

describe.each(await testProviders())('border writes by caller on %s', (provider) => {
  const { sg, ids, refusal } = borderAccessWorld(provider)

  it('refuses every mutation to officers of other agencies and to a Border Guard analyst, writing nothing', async () => {
    const incidentId = ids.incident
    const MUTATIONS: [string, Record<string, unknown>][] = [
      ['recordBorderIncident', incident('AC-REC-2', '2024-04-15', { PRESUMED_VICTIM: [ref('d', 4)] })],
      ['handOverIncidentToPolice', { incidentId, reportId: 'report-ac-1', handedOverAt: '2024-04-11T08:00:00+07:00' }],
      ['handOverPersonToSupport', { incidentId, personRef: ref('d', 1), supportCaseId: 'support-ac-1', handedOverAt: '2024-04-11T09:00:00+07:00' }],
      ['closeBorderIncident', { incidentId, closedAt: '2024-04-20T08:00:00+07:00' }],
      ['recordRepatriation', repatriationInput('AC-HH-2', [ref('d', 5)], { receivedAt: '2024-04-13T08:00:00+07:00' })],
      ['updateRepatriationStatus', { repatriationId: ids.repatriation, status: 'IN_PROGRESS', at: '2024-04-14T08:00:00+07:00' }],
      ['recordCrossBorderCooperation', cooperationInput('AC-HT-2', { requestedAt: '2024-04-12T08:00:00+07:00', incidentId })],
      ['updateCooperationStatus', { cooperationId: ids.cooperation, status: 'IN_PROGRESS', at: '2024-04-13T08:00:00+07:00' }],
      ['submitBorderGuardReport', { period: { kind: 'YEAR', year: 2024 }, unitCode: '99' }],
    ]
    const before = await tableRows(sg.db, TABLES)
    for (const who of [TEST_OFFICERS.police, TEST_OFFICERS.social_affairs, TEST_OFFICERS.procuracy, BORDER_ANALYST]) {
      for (const [name, input] of MUTATIONS) {
        expect(await refusal(writeOf(name), { input: await versioned(sg.db, input) }, who), `${who.sub}: ${name}`).toEqual({ code: 'FORBIDDEN', field: name })
      }
    }
    const after = await tableRows(sg.db, TABLES)
    expect(after.map((rows) => rows.length)).toEqual(before.map((rows) => rows.length))
    expect(after).toEqual(before)
    // the inputs were good: the Border Guard's own officer makes every one of them
    for (const [name, input] of MUTATIONS) await sg.mutate(writeOf(name), await versioned(sg.db, input))
    expect(await sg.db.borderIncident.count()).toBe(before[0]!.length + 1)
  })
})
