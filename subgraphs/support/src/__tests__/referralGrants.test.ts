// Referral grants (NET-12) in process, on SQLite and PostgreSQL: who answers a referral (the
// receiving agency within the receiving unit, never its sender), the grants Social Affairs vouches
// for in `Person.personalDataGrants` ("agency:unitCode", live referrals only), their end for good
// with the referral or a withdrawn consent, and one SQL statement for any number of persons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY } from '@lienthong/kit'
import { readVersion, startTestSubgraph, testProviders, TEST_OFFICERS, type TestSubgraph } from '@lienthong/kit/testing'
import type { Identity } from '@lienthong/kit/identity'
import { personRefOf } from '@lienthong/schema'
import { subgraph } from '../server.ts'
import type { Db } from '../db.ts'

const SENDER = TEST_OFFICERS.social_affairs
const RECEIVER: Identity = { sub: 'sa-99803', agency: 'social_affairs', role: 'officer', unit: '99803', purpose: 'victim_support' }
const POLICE_HERE: Identity = { sub: 'police-99803', agency: 'police', role: 'officer', unit: '99803', purpose: 'investigation' }
const POLICE_ELSEWHERE: Identity = { ...POLICE_HERE, sub: 'police-99805', unit: '99805' }
const centre = { name: 'Trung tâm Công tác xã hội tỉnh', type: 'SOCIAL_PROTECTION_CENTRE' }
const facility = { name: 'Cơ sở hỗ trợ nạn nhân Cửa Khẩu', type: 'VICTIM_SUPPORT_FACILITY' }
const GRANTS = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { personalDataGrants } } }'
const CHANGE = 'mutation($input: ChangeSupportReferralStatusInput!) { changeSupportReferralStatus(input: $input) { status sharingEndedAt } }'
const at = (day: string) => `${day}T09:00:00+07:00`

describe.each(await testProviders())('referral grants on %s', (provider) => {
  let sg: TestSubgraph<Db>
  beforeAll(async () => {
    sg = await startTestSubgraph(subgraph, provider)
  })
  afterAll(() => sg?.stop())

  const run = async (query: string, variables: Record<string, unknown>, who: Identity = SENDER) => sg.execute(query, variables, who)
  const ok = async (query: string, variables: Record<string, unknown>, who: Identity = SENDER) => {
    const r: any = await run(query, variables, who)
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return Object.values(r.data)[0] as any
  }
  const grantsOf = async (refs: string[]) =>
    (await ok(GRANTS, { reps: refs.map((personRef) => ({ __typename: 'Person', personRef })) })).map((p: any) => p.personalDataGrants)

  /** A person received with consent GIVEN and referred, sharing data, to `to` at 99803. */
  async function referred(n: string, to = facility) {
    const personRef = personRefOf(`0999000077${n.padStart(2, '0')}`, DEV_NETWORK_KEY)
    const c = await ok('mutation($input: ReceiveSupportCaseInput!) { receiveSupportCase(input: $input) { id } }', {
      input: {
        externalRef: `GR-${n}`,
        personRef,
        receivedAt: at('2025-10-01'),
        facility: 'SOCIAL_PROTECTION_CENTRE',
        unitCode: '99803',
        arrival: 'POLICE',
        consentToShare: 'GIVEN',
      },
    })
    const r = await ok('mutation($input: ReferSupportCaseInput!) { referSupportCase(input: $input) { id } }', {
      input: {
        externalRef: `GR-${n}-CT1`,
        supportCaseId: c.id,
        from: centre,
        to,
        toUnitCode: '99803',
        reason: 'OTHER',
        forService: 'SHELTER',
        sharesPersonData: true,
        referredAt: at('2025-10-02'),
      },
    })
    return { personRef, caseId: c.id as string, referralId: r.id as string }
  }

  it('lets only the receiving agency within the receiving unit answer, never the sender; a replay by the receiver is harmless', async () => {
    const { personRef, referralId } = await referred('1', { name: 'Công an xã Cửa Khẩu Biên Giang', type: 'POLICE' })
    const accept = { referralId, status: 'ACCEPTED', at: at('2025-10-03') }
    for (const who of [SENDER, RECEIVER, POLICE_ELSEWHERE]) {
      const r: any = await run(CHANGE, { input: accept }, who)
      expect(r.errors?.[0]?.extensions, who.sub).toMatchObject({ code: 'FORBIDDEN', field: 'input.status' })
    }
    expect(await sg.db.supportReferral.findUniqueOrThrow({ where: { id: referralId } })).toMatchObject({
      status: 'IN_PROGRESS',
      answeredBy: null,
      referredBy: SENDER.sub,
    })
    expect(await grantsOf([personRef])).toEqual([[]])
    expect(await ok(CHANGE, { input: accept }, POLICE_HERE)).toEqual({ status: 'ACCEPTED', sharingEndedAt: null })
    expect(await ok(CHANGE, { input: accept }, POLICE_HERE)).toEqual({ status: 'ACCEPTED', sharingEndedAt: null })
    expect(await sg.db.supportReferral.findUniqueOrThrow({ where: { id: referralId } })).toMatchObject({ answeredBy: POLICE_HERE.sub })
    expect(await grantsOf([personRef])).toEqual([['police:99803']])
    // only Social Affairs revokes; that ends the grant
    expect(((await run(CHANGE, { input: { referralId, status: 'REVOKED', at: at('2025-10-04') } }, POLICE_HERE)) as any).errors[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.status',
    })
    expect(await ok(CHANGE, { input: { referralId, status: 'REVOKED', at: at('2025-10-04') } })).toEqual({
      status: 'REVOKED',
      sharingEndedAt: '2025-10-04T02:00:00.000Z',
    })
    expect(await grantsOf([personRef])).toEqual([[]])
  })

  it('ends sharing for good when the consent is withdrawn, in the same write; given again, nothing revives', async () => {
    const { personRef, caseId, referralId } = await referred('2')
    await ok(CHANGE, { input: { referralId, status: 'ACCEPTED', at: at('2025-10-03') } }, RECEIVER)
    expect(await grantsOf([personRef])).toEqual([['social_affairs:99803']])
    const CONSENT = 'mutation($input: RecordSupportConsentInput!) { recordSupportConsent(input: $input) { consentToShare } }'
    await ok(CONSENT, {
      input: {
        version: await readVersion(sg.db.supportCase, { id: caseId }),
        supportCaseId: caseId,
        consentToShare: 'WITHDRAWN',
        recordedAt: at('2025-10-05'),
      },
    })
    expect((await sg.db.supportReferral.findUniqueOrThrow({ where: { id: referralId } })).sharingEndedAt?.toISOString()).toBe('2025-10-05T02:00:00.000Z')
    await ok(CONSENT, {
      input: { version: await readVersion(sg.db.supportCase, { id: caseId }), supportCaseId: caseId, consentToShare: 'GIVEN', recordedAt: at('2025-10-06') },
    })
    expect(await grantsOf([personRef])).toEqual([[]])
    // the referral itself goes on (the service is still delivered), without the person's data
    expect(await ok(CHANGE, { input: { referralId, status: 'DONE', at: at('2025-10-07') } }, RECEIVER)).toEqual({
      status: 'DONE',
      sharingEndedAt: '2025-10-05T02:00:00.000Z',
    })
  })

  it('reads the grants of any number of persons in one SQL statement', async () => {
    const people = []
    for (let i = 10; i < 30; i++) {
      const p = await referred(String(i))
      await ok(CHANGE, { input: { referralId: p.referralId, status: 'ACCEPTED', at: at('2025-10-03') } }, RECEIVER)
      people.push(p.personRef)
    }
    const statementsFor = async (refs: string[]) => {
      sg.statements.reset()
      expect(await grantsOf(refs)).toEqual(refs.map(() => ['social_affairs:99803']))
      return sg.statements.count
    }
    expect(await statementsFor(people.slice(0, 2))).toBe(await statementsFor(people))
  })
})
