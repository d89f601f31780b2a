// NET-12/13 attacks on the purpose of use, through the gateway on the demo world: nothing about
// victims (not a person reference, a count, a filter's answer or a cursor) reaches a caller who
// declared no purpose, while the rest of the answer still arrives; cursors are opaque and cannot
// be forged; the police record of a person (sex, birth year, citizenship) is victim-level and every
// read of it is audited; a mutation that changed nothing is a read, not a write.
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Identity } from '@lienthong/kit/identity'
import { testProviders } from '@lienthong/kit/testing'
import { TEST_OFFICERS } from '../network.ts'
import { supportCaseInput, victimInput } from '../records.ts'
import { useNetwork } from '../sharedNetwork.ts'

const { purpose: _p, ...POLICE_NO_PURPOSE } = TEST_OFFICERS.police
const { purpose: _s, ...SOCIAL_NO_PURPOSE } = TEST_OFFICERS.social_affairs
const POLICE_AUDITOR: Identity = { sub: 'attack-police-auditor', agency: 'police', role: 'auditor', unit: '99' }
const SUPPORT_AUDITOR: Identity = { sub: 'attack-support-auditor', agency: 'social_affairs', role: 'auditor', unit: '99' }

/** Every connection of the four subgraphs, with what identifies its node (never to be found in a cursor). */
const CONNECTIONS: Record<string, string> = {
  criminalCases: 'id',
  incomingReports: 'id',
  rescueOperations: 'id',
  caseSuspects: 'id',
  policeVictims: 'person { personRef }',
  procuracyFiles: 'id',
  indictments: 'id',
  courtFiles: 'id',
  verdicts: 'id',
  supportCases: 'id',
  supportServices: 'id',
  supportReferrals: 'id',
  hotlineContacts: 'id',
  borderIncidents: 'id',
  repatriations: 'id',
  crossBorderCooperations: 'id',
}

const codes = (errors: any[] | undefined) => (errors ?? []).map((e) => `${e.extensions?.code} ${e.extensions?.field ?? ''}`.trim()).sort()
const hex64 = () => randomBytes(32).toString('hex')
const LOG = (field: string) => `{ ${field}(first: 500) { entries { seq actorSub purpose operation recordType recordRefs fields } } }`

describe.each(await testProviders())('attacks on the purpose of use through the gateway on %s', (provider) => {
  const { net, callers } = useNetwork(provider, { callers: { noPurpose: POLICE_NO_PURPOSE, auditor: POLICE_AUDITOR }, timeout: 600_000 })
  const policeLog = async () => (await callers.auditor(LOG('policeAuditLog'))).body.data.policeAuditLog.entries as any[]

  it('lists no victim, count, filter answer or cursor without a purpose, and the rest of the answer arrives', async () => {
    const known = await net.query('{ policeVictims(first: 5) { totalCount edges { cursor node { person { personRef } } } } }')
    expect(known.body.errors).toBeUndefined()
    const refs: string[] = known.body.data.policeVictims.edges.map((e: any) => e.node.person.personRef)
    expect(refs.length).toBe(5)
    const probes = [
      '{ policeVictims(first: 5) { totalCount edges { cursor } pageInfo { endCursor } } }',
      '{ policeVictims(filter: { consentToCount: WITHDRAWN }) { totalCount } }',
      '{ policeVictims(filter: { status: IDENTIFIED, unitCode: "99" }) { totalCount } }',
    ]
    for (const probe of probes) {
      const { status, body } = await callers.noPurpose(
        `{ criminalCases(first: 2) { totalCount edges { node { externalRef victims { personRef } } } } ${probe.slice(1, -1)} }`,
      )
      expect(status, probe).toBe(200)
      expect(body.data.policeVictims, probe).toBeNull()
      expect(codes(body.errors), probe).toContain('FORBIDDEN policeVictims')
      // the cases arrive, their victims are withheld
      expect(body.data.criminalCases.totalCount, probe).toBeGreaterThan(0)
      expect(
        body.data.criminalCases.edges.map((e: any) => e.node.victims),
        probe,
      ).toEqual([null, null])
      expect(codes(body.errors), probe).toContain('FORBIDDEN CriminalCase.victims')
      for (const ref of refs) expect(JSON.stringify(body), probe).not.toContain(ref)
    }
    // the same person by reference: nothing, not even whether the police know them
    const one = await callers.noPurpose(`{ person(personRef: "${refs[0]}") { personRef knownToPolice } }`)
    expect(one.body.data.person).toBeNull()
    expect(codes(one.body.errors)).toEqual(['FORBIDDEN person'])
  })

  it('gives opaque cursors in every connection of the four subgraphs, and refuses a forged one', async () => {
    for (const [field, key] of Object.entries(CONNECTIONS)) {
      const { body } = await net.query(`{ ${field}(first: 2) { edges { cursor node { ${key} } } } }`)
      expect(body.errors, field).toBeUndefined()
      const edges = body.data[field].edges as { cursor: string; node: any }[]
      expect(edges.length, field).toBe(2)
      for (const { cursor, node } of edges) {
        const id: string = node.id ?? node.person.personRef
        const raw = Buffer.from(cursor, 'base64url')
        for (const text of [cursor, raw.toString('utf8'), raw.toString('latin1'), raw.toString('hex')]) expect(text, field).not.toContain(id)
        // the cursor of yesterday's code (the id in base64) is refused, not followed
        const forged = Buffer.from(`lt1:${id}`, 'utf8').toString('base64url')
        const refused = await net.query(`query($after: String) { ${field}(first: 1, after: $after) { edges { cursor } } }`, { after: forged })
        expect(codes(refused.body.errors), field).toEqual(['BAD_USER_INPUT after'])
      }
      // a real cursor pages on; one altered by a bit is refused
      const next = await net.query(`query($after: String) { ${field}(first: 1, after: $after) { edges { node { ${key} } } } }`, { after: edges[0]!.cursor })
      expect(next.body.data[field].edges[0].node, field).toEqual(edges[1]!.node)
      const tampered = Buffer.from(edges[0]!.cursor, 'base64url')
      tampered[tampered.length - 1]! ^= 1
      const bad = await net.query(`query($after: String) { ${field}(first: 1, after: $after) { edges { cursor } } }`, { after: tampered.toString('base64url') })
      expect(codes(bad.body.errors), field).toEqual(['BAD_USER_INPUT after'])
    }
  }, 120_000)

  it("refuses a person's sex, birth year and citizenship without a purpose, and audits every read with one", async () => {
    const ref = (await net.query('{ policeVictims(first: 1) { edges { node { person { personRef } } } } }')).body.data.policeVictims.edges[0].node.person
      .personRef
    const PERSON = `query PersonCheck { person(personRef: "${ref}") { sex birthYear citizenship ageBand } }`
    // without a purpose, neither directly nor through another agency's records
    const refused = await callers.noPurpose(PERSON)
    expect(refused.body.data).toEqual({ person: null })
    expect(codes(refused.body.errors)).toEqual(['FORBIDDEN person'])
    const social = await net.as(SOCIAL_NO_PURPOSE)
    const viaSupport = await social('{ supportCases(first: 3) { edges { node { person { sex birthYear citizenship } } } } }')
    expect(viaSupport.body.data.supportCases).toBeNull()
    const before = (await policeLog()).length
    // with a purpose: served, and audited as a read of the person's record, field by field
    const served = await net.query(PERSON)
    expect(served.body.errors).toBeUndefined()
    expect(served.body.data.person.sex).toMatch(/MALE|FEMALE|UNKNOWN/)
    const entries = (await policeLog()).slice(before)
    expect(entries).toEqual([
      expect.objectContaining({
        actorSub: 'test-officer',
        purpose: 'investigation',
        operation: 'read PersonCheck: person',
        recordType: 'Person',
        recordRefs: [ref],
        fields: ['ageBand', 'birthYear', 'citizenship', 'sex'],
      }),
    ])
  })

  it('answers a replayed no-op status change or create with no record for a caller who cannot read, and audits no write', async () => {
    const personRef = hex64()
    const RECORD =
      'mutation($input: RecordVictimInput!) { recordVictim(input: $input) { externalRef status identifiedAt consentToCount consentToShare forms } }'
    const input = victimInput(`ATT-NN-${personRef.slice(0, 8)}`, '2025-09-02T09:00:00+07:00', {
      personRef,
      recruitmentMethod: 'FAKE_JOB_OFFER',
      consentToShare: 'REFUSED',
    })
    // the first write is answered even without a purpose: the caller wrote what it reads back
    const created = await callers.noPurpose(RECORD, { input })
    expect(created.body.errors).toBeUndefined()
    expect(created.body.data.recordVictim).toMatchObject({ status: 'PRESUMED', consentToShare: 'REFUSED' })
    const CHANGE =
      'mutation($r: PersonRef!, $input: ChangeVictimStatusInput!) { changeVictimStatus(personRef: $r, input: $input) { externalRef status identifiedAt consentToShare forms } }'
    const change = { r: personRef, input: { status: 'IDENTIFIED', at: '2025-09-05T09:00:00+07:00', version: 1 } }
    expect((await callers.noPurpose(CHANGE, change)).body.data.changeVictimStatus).toMatchObject({ status: 'IDENTIFIED' })
    const before = await policeLog()
    // replays that change nothing would read the record back: refused without a purpose
    for (const [query, variables, field] of [
      [CHANGE, change, 'changeVictimStatus'],
      [RECORD, { input }, 'recordVictim'],
    ] as const) {
      const replay = await callers.noPurpose(query, variables)
      expect(replay.body.data, field).toEqual({ [field]: null })
      expect(
        codes(replay.body.errors).every((c) => c.startsWith('FORBIDDEN PoliceVictim.')),
        field,
      ).toBe(true)
      expect(JSON.stringify(replay.body), field).not.toMatch(/IDENTIFIED|REFUSED|FORCED_LABOUR/)
    }
    const after = await policeLog()
    expect(after.slice(before.length).filter((e) => e.operation.startsWith('write'))).toEqual([])
    // with a purpose the replay is answered, and audited as the read it is
    const read = await net.query(CHANGE, change)
    expect(read.body.data.changeVictimStatus).toMatchObject({ status: 'IDENTIFIED', consentToShare: 'REFUSED' })
    const last = (await policeLog()).slice(after.length)
    expect(last.map((e) => [e.operation, e.recordType, e.recordRefs])).toEqual([['read changeVictimStatus', 'PoliceVictim', [personRef]]])

    // the same in another subgraph: an idempotent replay of a create
    const social = await net.as(SOCIAL_NO_PURPOSE)
    const RECEIVE = 'mutation($input: ReceiveSupportCaseInput!) { receiveSupportCase(input: $input) { id facility consentToShare } }'
    const supportInput = supportCaseInput(`ATT-HS-${personRef.slice(0, 8)}`, personRef, '2025-09-06T10:00:00+07:00', {
      unitCode: '99803',
      arrival: 'SELF_REFERRED',
      consentToShare: 'GIVEN',
    })
    const first = await social(RECEIVE, { input: supportInput })
    expect(first.body.errors).toBeUndefined()
    const supportAuditor = await net.as(SUPPORT_AUDITOR)
    const supportLog = async () => (await supportAuditor(LOG('supportAuditLog'))).body.data.supportAuditLog.entries as any[]
    const logged = (await supportLog()).length
    const again = await social(RECEIVE, { input: supportInput })
    expect(again.body.data?.receiveSupportCase ?? null).toBeNull()
    expect(codes(again.body.errors).every((c) => c.startsWith('FORBIDDEN SupportCase.'))).toBe(true)
    expect((await supportLog()).slice(logged)).toEqual([])
  })
})
