// The world the Social Affairs access tests (NET-7) share: one person received in August 2025 with a
// shelter stay, a referral to the hospital and two hotline contacts; the callers that may or may not
// see them; the audit log and statistics queries.
import type { FieldDefinitionNode, TypeNode } from 'graphql'
import { DEV_NETWORK_KEY, type DbProvider } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { subgraphUnderTest, testCaller, TEST_OFFICERS } from '@lienthong/kit/testing'
import { personRefOf } from '@lienthong/schema'
import { subgraph } from '../server.ts'
import { centre, referralInput, writeOf } from './writeInputs.ts'

export const OFFICER = TEST_OFFICERS.social_affairs
export const NO_PURPOSE: Identity = { sub: 'test-social-no-purpose', agency: 'social_affairs', role: 'officer', unit: '99' }
export const ANALYST = testCaller('steering_committee', 'analyst')
export const INTEGRATOR = testCaller('social_affairs', 'integrator')
export const AUDITOR = testCaller('social_affairs', 'auditor')
export const COMMITTEE_AUDITOR = testCaller('steering_committee', 'auditor')
export const POLICE_AUDITOR = testCaller('police', 'auditor')

export const person = personRefOf('099900000301', DEV_NETWORK_KEY)
export const at = (day: string, time = '09:00') => `${day}T${time}:00+07:00`

export const AUDIT_LOG = `query($after: Int, $first: Int) { supportAuditLog(afterSeq: $after, first: $first) {
  entries { seq actorSub agency role purpose operation recordType recordRefs fields prevHash hash } nextAfterSeq
  verification { ok entries headHash brokenAt reason } } }`
export const STATISTICS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProvincialStatistics {
  socialAffairsReporting { periodCode status }
  support { casesReceived personsReceived
    casesByFacility { key count suppressed } casesByArrival { key count suppressed } casesByScreeningResult { key count suppressed }
    victimsByServiceType { key count suppressed } reintegrationOutcomes { key count suppressed }
    servicesByType { key count suppressed } referralsByStatusAtPeriodEnd { key count suppressed } } } } }`

const literalOf = (t: TypeNode): string => (t.kind === 'NonNullType' ? literalOf(t.type) : t.kind === 'ListType' ? '[]' : t.name.value === 'Int' ? '1' : '"x"')
/** `{ field(requiredArg: …) { __typename } }` for a root query field. */
export const probe = (f: FieldDefinitionNode) => {
  const args = (f.arguments ?? []).filter((a) => a.type.kind === 'NonNullType').map((a) => `${a.name.value}: ${literalOf(a.type)}`)
  return `{ ${f.name.value}${args.length ? `(${args.join(', ')})` : ''} { __typename } }`
}

/** The support subgraph holding that world, started around the tests of the enclosing describe block. */
export function supportAccessWorld(provider: DbProvider) {
  const world = { sdl: '', caseId: '', serviceId: '', referralId: '', contactId: '', otherContactId: '' }
  const sg = subgraphUnderTest(subgraph, provider, {
    setup: async (sg) => {
      world.sdl = (await sg.ok('{ _service { sdl } }'))._service.sdl
      const reception = {
        externalRef: 'ACC-C-1',
        personRef: person,
        receivedAt: at('2025-08-04'),
        facility: 'VICTIM_SUPPORT_FACILITY',
        unitCode: '99801',
        arrival: 'RETURNED_FROM_ABROAD',
      }
      world.caseId = (await sg.mutate(writeOf('receiveSupportCase'), reception)).id
      const shelter = { externalRef: 'ACC-S-1', supportCaseId: world.caseId, type: 'SHELTER', provider: centre, startedOn: '2025-08-05' }
      world.serviceId = (await sg.mutate(writeOf('recordSupportService'), shelter)).id
      world.referralId = (await sg.mutate(writeOf('referSupportCase'), referralInput('ACC-R-1', world.caseId, { referredAt: at('2025-08-06') }))).id
      const contact = async (externalRef: string) =>
        (
          await sg.mutate(writeOf('recordHotlineContact'), {
            externalRef,
            receivedAt: at('2025-08-10', '21:00'),
            unitCode: '99801',
            channel: 'PHONE',
            concernsTrafficking: true,
          })
        ).id
      world.contactId = await contact('ACC-H-1')
      world.otherContactId = await contact('ACC-H-2')
    },
  })
  return { sg, world, ext: (r: any) => r.errors?.[0]?.extensions }
}
