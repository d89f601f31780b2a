// The world the border access tests (NET-7) share: incidents of early 2024 whose persons make small
// cells on purpose, an April incident with a repatriation and a cooperation request, and the
// callers that may or may not see them.
import type { DbProvider } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { problemOf, subgraphUnderTest, testCaller, TEST_OFFICERS } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { cooperationInput, HAND_OVER_REQUEST, incidentInput, repatriationInput, writeOf } from './writeInputs.ts'

export const BORDER = TEST_OFFICERS.border_guard
export const WITHOUT_PURPOSE: Identity = { sub: BORDER.sub, agency: 'border_guard', role: 'officer', unit: '99' }
export const ANALYST = testCaller('steering_committee', 'analyst')
export const INTEGRATOR = testCaller('border_guard', 'integrator')
export const AUDITOR = testCaller('border_guard', 'auditor')
export const COMMITTEE_AUDITOR = testCaller('steering_committee', 'auditor')
export const POLICE_AUDITOR = testCaller('police', 'auditor')
export const BORDER_ANALYST = testCaller('border_guard', 'analyst')

/** Fabricated person references (64 hex characters). */
export const ref = (tag: string, k: number) => `${tag}${k.toString(16).padStart(2, '0')}`.padEnd(64, '0')
const refs = (tag: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ref(tag, from + i))

export const RECORD_INCIDENT = writeOf('recordBorderIncident')
export const incident = (externalRef: string, occurredAt: string, roles: Record<string, string[]>) =>
  incidentInput(externalRef, roles, { occurredAt: `${occurredAt}T08:00:00+07:00` })
/** Persons by role per month of 2024 (distinct persons): small cells on purpose. */
export const STATISTICS_INCIDENTS = [
  incident('AC-M01-1', '2024-01-10', { PRESUMED_VICTIM: refs('a', 1, 4), SUSPECT: [ref('b', 1)], OTHER: refs('c', 1, 3) }),
  incident('AC-M01-2', '2024-01-20', { PRESUMED_VICTIM: refs('a', 5, 7), SUSPECT: [ref('b', 2)], OTHER: refs('c', 4, 6) }),
  incident('AC-M02-1', '2024-02-10', { PRESUMED_VICTIM: refs('a', 8, 10), SUSPECT: [ref('b', 3)] }),
  incident('AC-M03-1', '2024-03-10', { PRESUMED_VICTIM: refs('a', 11, 15) }),
]

const STATISTICS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProvincialStatistics { periodCode
  border { incidents { total personsByRole { key count suppressed } byIncidentType { key count suppressed } } } } } }`

/** The border subgraph holding that world, started around the tests of the enclosing describe block. */
export function borderAccessWorld(provider: DbProvider) {
  const ids = { incident: '', repatriation: '', cooperation: '' }
  const sg = subgraphUnderTest(subgraph, provider, {
    setup: async (sg) => {
      for (const input of STATISTICS_INCIDENTS) await sg.mutate(RECORD_INCIDENT, input)
      const april = incident('AC-REC-1', '2024-04-10', { PRESUMED_VICTIM: [ref('d', 1)], SUSPECT: [ref('d', 2)] })
      ids.incident = (await sg.mutate(RECORD_INCIDENT, april)).id
      const received = repatriationInput('AC-HH-1', [ref('d', 1), ref('d', 3)], { receivedAt: '2024-04-12T08:00:00+07:00' })
      ids.repatriation = (await sg.mutate(writeOf('recordRepatriation'), received)).id
      const request = cooperationInput('AC-HT-1', { ...HAND_OVER_REQUEST, requestedAt: '2024-04-11T08:00:00+07:00', repatriationId: ids.repatriation })
      ids.cooperation = (await sg.mutate(writeOf('recordCrossBorderCooperation'), request)).id
    },
  })
  return {
    sg,
    ids,
    /** The code and field of the refusal `who` gets. */
    refusal: async (query: string, variables: Record<string, unknown> | undefined, who: Identity) => problemOf(await sg.execute(query, variables, who)),
    auditRows: () => sg.db.auditEntry.count(),
    /** The border section of the provincial statistics of the periods, as `who` is served them. */
    statistics: async (who: Identity, ...periodCodes: string[]) =>
      (await sg.ok(STATISTICS, { reps: periodCodes.map((periodCode) => ({ __typename: 'ProvincialStatistics', periodCode, unitCode: '99' })) }, who))
        ._entities as any[],
  }
}
