// NET-12 through the gateway, acting as curious insiders would: a referral grants another agency
// a victim's police-held personal fields only with the consent the police record holds, only to
// the receiving agency's unit (accepted by that agency, never by the sender), never lifts the
// police's own unit scope, is served only on `person(personRef) { policeVictim }`, and ends for
// good with the referral (done, revoked) or a withdrawn consent. Each test failed on the code as
// it was (a Social Affairs officer accepted its own referral and then read the police record of a
// victim who refused sharing; any officer of the named agency read, whatever its unit; a police
// officer of another unit read through a referral to the police; the grant flowed through
// criminal cases and support cases; a consent withdrawn and given again revived a finished referral).
import { beforeAll, describe, expect, it } from 'vitest'
import { inUnitScope } from '@lienthong/kit'
import { testProviders } from '@lienthong/kit/testing'
import type { Identity } from '@lienthong/kit/identity'
import { written } from '../answers.ts'
import type { Query } from '../network.ts'
import { supportCaseInput } from '../records.ts'
import { useNetwork } from '../sharedNetwork.ts'
import { withVersionRead } from '../versions.ts'

/** The receiving unit of the referrals below, and another commune (both in force after the 2025 reform). */
const RECEIVING_UNIT = '99803'
const OTHER_UNIT = '99805'
const officer = (sub: string, agency: Identity['agency'], unit: string, purpose: Identity['purpose']): Identity => ({
  sub,
  agency,
  role: 'officer',
  unit,
  purpose,
})
const SENDER = officer('sa-sender', 'social_affairs', '99', 'victim_support')
const SA_RECEIVER = officer('sa-receiver', 'social_affairs', RECEIVING_UNIT, 'victim_support')
const SA_ELSEWHERE = officer('sa-elsewhere', 'social_affairs', OTHER_UNIT, 'victim_support')
const BORDER = officer('bp-curious', 'border_guard', '99', 'repatriation')

const READ = 'query($r: PersonRef!) { person(personRef: $r) { policeVictim { status fullName phone address dateOfBirth } } }'
const RECEIVE = 'mutation($input: ReceiveSupportCaseInput!) { receiveSupportCase(input: $input) { id } }'
const REFER = 'mutation($input: ReferSupportCaseInput!) { referSupportCase(input: $input) { id } }'
const CHANGE = 'mutation($input: ChangeSupportReferralStatusInput!) { changeSupportReferralStatus(input: $input) { status sharingEndedAt } }'
const CONSENT = 'mutation($input: RecordSupportConsentInput!) { recordSupportConsent(input: $input) { consentToShare } }'
const centre = { name: 'Trung tâm Công tác xã hội tỉnh', type: 'SOCIAL_PROTECTION_CENTRE' }
const facility = { name: 'Cơ sở hỗ trợ nạn nhân Cửa Khẩu', type: 'VICTIM_SUPPORT_FACILITY' }
/** A person the police handed to Social Affairs, received with consent to share in the receiving unit. */
const reception = (externalRef: string, personRef: string) =>
  supportCaseInput(externalRef, personRef, '2025-10-06T10:00:00+07:00', { unitCode: RECEIVING_UNIT, arrival: 'POLICE', consentToShare: 'GIVEN' })
/** A data-sharing referral from the provincial centre to a shelter in the receiving unit; `fields` override. */
const sharingReferral = (supportCaseId: string, externalRef: string, referredAt: string, fields: Record<string, unknown> = {}) => ({
  externalRef,
  supportCaseId,
  from: centre,
  to: facility,
  toUnitCode: RECEIVING_UNIT,
  reason: 'OTHER',
  forService: 'SHELTER',
  sharesPersonData: true,
  referredAt,
  ...fields,
})

interface DemoVictim {
  personRef: string
  consentToShare: string
  units: string[]
}
const forbiddenFields = (errors: any[] | undefined) =>
  (errors ?? [])
    .filter((e) => e.extensions?.code === 'FORBIDDEN')
    .map((e) => e.path.at(-1))
    .sort()

describe.each(await testProviders())('consent and scope of referral grants through the gateway on %s', (provider) => {
  const { net, callers: as } = useNetwork(provider, { callers: Object.fromEntries([SENDER, SA_RECEIVER, SA_ELSEWHERE, BORDER].map((who) => [who.sub, who])) })
  let victims: DemoVictim[]
  beforeAll(async () => {
    const { body } = await net.query(
      '{ policeVictims(first: 200) { edges { node { consentToShare fullName rescueOperation { unitCode } person { personRef victimInCases { unitCode } } } } } }',
    )
    victims = body.data.policeVictims.edges
      .map(({ node: n }: any) => ({
        personRef: n.person.personRef,
        consentToShare: n.consentToShare,
        named: n.fullName != null,
        units: [...n.person.victimInCases.map((c: any) => c.unitCode), ...(n.rescueOperation ? [n.rescueOperation.unitCode] : [])],
      }))
      .filter((v: any) => v.named)
  }, 120_000)

  /** A victim not used by another test, with this consent to share on the police record. */
  const used = new Set<string>()
  const victim = (consent: string, fits: (v: DemoVictim) => boolean = () => true) => {
    const v = victims.find((x) => x.consentToShare === consent && !used.has(x.personRef) && fits(x))
    if (!v) throw new Error(`the demo world has no further named victim with police consent ${consent}`)
    used.add(v.personRef)
    return v
  }
  const write = async (who: Identity, mutation: string, input: Record<string, unknown>) =>
    written(as[who.sub]!, mutation, mutation === CONSENT ? await withVersionRead(as[who.sub]!, input) : input)
  const refusal = async (query: Query, mutation: string, input: Record<string, unknown>) => (await query(mutation, { input })).body.errors?.[0]?.extensions
  const personalOf = async (query: Query, personRef: string, operation = READ) => {
    const { body } = await query(operation, { r: personRef })
    return { fullName: body.data?.person?.policeVictim?.fullName ?? null, forbidden: forbiddenFields(body.errors) }
  }
  const DENIED = { fullName: null, forbidden: ['address', 'dateOfBirth', 'fullName', 'phone'] }
  const GRANTED = { fullName: expect.any(String), forbidden: [] }

  /** Social Affairs receives the person with consent GIVEN on its own case and refers them, sharing data, to `to` at `toUnitCode`. */
  async function supportCaseAndReferral(ref: string, personRef: string, to = facility, toUnitCode = RECEIVING_UNIT) {
    const supportCase = await write(SENDER, RECEIVE, reception(ref, personRef))
    const referral = await write(
      SENDER,
      REFER,
      sharingReferral(supportCase.id, `${ref}-CT1`, '2025-10-08T09:00:00+07:00', {
        to,
        toUnitCode,
        reason: 'SPECIALISED_CARE',
        forService: 'PSYCHOLOGICAL_SUPPORT',
      }),
    )
    return { supportCaseId: supportCase.id as string, referralId: referral.id as string }
  }

  it('a Social Affairs officer who records "consent given" for a victim whose police record refuses sharing reads nothing, however the referral is accepted', async () => {
    const refused = victim('REFUSED')
    expect(await personalOf(as[SENDER.sub]!, refused.personRef)).toEqual(DENIED)
    const { referralId } = await supportCaseAndReferral('ATK-REFUSED-1', refused.personRef)
    // the sender may not accept its own referral …
    expect(await refusal(as[SENDER.sub]!, CHANGE, { referralId, status: 'ACCEPTED', at: '2025-10-09T09:00:00+07:00' })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.status',
    })
    // … and once the receiving unit accepts it, the police record's own consent still governs
    await write(SA_RECEIVER, CHANGE, { referralId, status: 'ACCEPTED', at: '2025-10-09T09:00:00+07:00' })
    expect(await personalOf(as[SENDER.sub]!, refused.personRef)).toEqual(DENIED)
    expect(await personalOf(as[SA_RECEIVER.sub]!, refused.personRef)).toEqual(DENIED)
  })

  it('only the receiving agency, within the receiving unit, accepts a referral: never its sender, another agency or another unit', async () => {
    const v = victim('GIVEN')
    const { referralId } = await supportCaseAndReferral('ATK-ACCEPT-1', v.personRef)
    const accept = { referralId, status: 'ACCEPTED', at: '2025-10-09T09:00:00+07:00' }
    expect(await refusal(as[SENDER.sub]!, CHANGE, accept)).toMatchObject({ code: 'FORBIDDEN', field: 'input.status' })
    expect(await refusal(as[SA_ELSEWHERE.sub]!, CHANGE, accept)).toMatchObject({ code: 'FORBIDDEN', field: 'input.status' })
    expect(await refusal(as[BORDER.sub]!, CHANGE, accept)).toMatchObject({ code: 'FORBIDDEN', field: 'input.status' })
    // nothing was accepted by the refused attempts: no grant yet
    expect(await personalOf(as[SENDER.sub]!, v.personRef)).toEqual(DENIED)
    // the receiving unit's own officer answers it
    expect(await write(SA_RECEIVER, CHANGE, accept)).toEqual({ status: 'ACCEPTED', sharingEndedAt: null })
  })

  it('a grant names the receiving unit: an officer of the same agency elsewhere, or of another agency, reads nothing', async () => {
    const v = victim('GIVEN')
    const { referralId } = await supportCaseAndReferral('ATK-SCOPE-1', v.personRef)
    await write(SA_RECEIVER, CHANGE, { referralId, status: 'ACCEPTED', at: '2025-10-09T09:00:00+07:00' })
    expect(await personalOf(as[SA_RECEIVER.sub]!, v.personRef)).toEqual(GRANTED)
    expect(await personalOf(as[SENDER.sub]!, v.personRef)).toEqual(GRANTED) // a provincial scope covers the receiving unit
    expect(await personalOf(as[SA_ELSEWHERE.sub]!, v.personRef)).toEqual(DENIED)
    expect(await personalOf(as[BORDER.sub]!, v.personRef)).toEqual(DENIED)
  })

  it('a referral to the police does not lift the police unit scope', async () => {
    // a victim whose cases and rescue lie outside one commune's scope, and a police officer of that commune
    const outside = ['99801', '99802', '99803', '99804', '99805', '99806', '99807', '99808', '99809']
    const v = victim('GIVEN', (x) => x.units.length > 0 && outside.some((u) => x.units.every((c) => !inUnitScope(u, c))))
    const unit = outside.find((u) => v.units.every((c) => !inUnitScope(u, c)))!
    const police = officer('police-other-unit', 'police', unit, 'investigation')
    as[police.sub] = await net.as(police)
    expect(await personalOf(as[police.sub]!, v.personRef)).toEqual(DENIED)
    const { referralId } = await supportCaseAndReferral('ATK-POLICE-1', v.personRef, { name: `Công an xã ${unit}`, type: 'POLICE' }, unit)
    expect(await refusal(as[SENDER.sub]!, CHANGE, { referralId, status: 'ACCEPTED', at: '2025-10-09T09:00:00+07:00' })).toMatchObject({ code: 'FORBIDDEN' })
    await write(police, CHANGE, { referralId, status: 'ACCEPTED', at: '2025-10-09T09:00:00+07:00' })
    expect(await personalOf(as[police.sub]!, v.personRef)).toEqual(DENIED)
  })

  it("a grant is served on person(personRef) { policeVictim } only: not through criminal cases, support cases or a person's other cases", async () => {
    const v = victim('GIVEN', (x) => x.units.length > 0)
    const { referralId, supportCaseId } = await supportCaseAndReferral('ATK-PATH-1', v.personRef)
    await write(SA_RECEIVER, CHANGE, { referralId, status: 'ACCEPTED', at: '2025-10-09T09:00:00+07:00' })
    const reader = as[SA_RECEIVER.sub]!
    expect(await personalOf(reader, v.personRef)).toEqual(GRANTED)
    const aliased = await reader('query($r: PersonRef!) { whom: person(personRef: $r) { ...P } } fragment P on Person { policeVictim { fullName } }', {
      r: v.personRef,
    })
    expect(aliased.body.data.whom.policeVictim.fullName).toEqual(expect.any(String))

    const viaCases = await reader(
      `query($r: PersonRef!) { person(personRef: $r) { victimInCases { id victims { personRef policeVictim { fullName phone } } } } }`,
      { r: v.personRef },
    )
    const caseId = viaCases.body.data.person.victimInCases[0].id
    const mine = (victims: any[]) => victims.find((x) => x.personRef === v.personRef).policeVictim
    expect(mine(viaCases.body.data.person.victimInCases[0].victims)).toEqual({ fullName: null, phone: null })
    const viaCase = await reader('query($id: ID!) { criminalCase(id: $id) { victims { personRef policeVictim { fullName } } } }', { id: caseId })
    expect(mine(viaCase.body.data.criminalCase.victims)).toEqual({ fullName: null })
    expect(forbiddenFields(viaCase.body.errors)).toContain('fullName')
    const viaList = await reader('{ criminalCases(first: 200) { edges { node { id victims { personRef policeVictim { fullName } } } } } }')
    const listed = viaList.body.data.criminalCases.edges.find((e: any) => e.node.id === caseId)
    if (listed) expect(mine(listed.node.victims)).toEqual({ fullName: null })
    const viaSupport = await reader('query($id: ID!) { supportCase(id: $id) { person { policeVictim { fullName } } } }', { id: supportCaseId })
    expect(viaSupport.body.data.supportCase.person.policeVictim).toEqual({ fullName: null })
    // asked on the named path and another one at once: only the named path is served
    const both = await reader(
      'query($r: PersonRef!, $id: ID!) { person(personRef: $r) { policeVictim { fullName } } criminalCase(id: $id) { victims { personRef policeVictim { fullName } } } }',
      { r: v.personRef, id: caseId },
    )
    expect(both.body.data.person.policeVictim.fullName).toEqual(expect.any(String))
    expect(mine(both.body.data.criminalCase.victims)).toEqual({ fullName: null })
  })

  it('withdrawing consent ends a grant for good: given again, the old referral stays ended; a done referral grants nothing', async () => {
    const v = victim('GIVEN')
    const { referralId, supportCaseId } = await supportCaseAndReferral('ATK-LIFE-1', v.personRef)
    await write(SA_RECEIVER, CHANGE, { referralId, status: 'ACCEPTED', at: '2025-10-09T09:00:00+07:00' })
    expect(await personalOf(as[SA_RECEIVER.sub]!, v.personRef)).toEqual(GRANTED)
    await write(SENDER, CONSENT, { supportCaseId, consentToShare: 'WITHDRAWN', recordedAt: '2025-10-20T09:00:00+07:00' })
    expect(await personalOf(as[SA_RECEIVER.sub]!, v.personRef)).toEqual(DENIED)
    await write(SENDER, CONSENT, { supportCaseId, consentToShare: 'GIVEN', recordedAt: '2025-10-25T09:00:00+07:00' })
    expect(await personalOf(as[SA_RECEIVER.sub]!, v.personRef)).toEqual(DENIED)
    // an in-progress referral made before the withdrawal cannot be accepted into a grant either
    const stale = await write(SENDER, REFER, sharingReferral(supportCaseId, 'ATK-LIFE-1-CT2', '2025-10-26T09:00:00+07:00'))
    await write(SENDER, CONSENT, { supportCaseId, consentToShare: 'WITHDRAWN', recordedAt: '2025-10-27T09:00:00+07:00' })
    await write(SENDER, CONSENT, { supportCaseId, consentToShare: 'GIVEN', recordedAt: '2025-10-28T09:00:00+07:00' })
    expect(await refusal(as[SA_RECEIVER.sub]!, CHANGE, { referralId: stale.id, status: 'ACCEPTED', at: '2025-10-29T09:00:00+07:00' })).toMatchObject({
      code: 'CONSENT_REQUIRED',
      field: 'input.status',
    })
    // a new referral, accepted, grants again until it is done
    const fresh = await write(SENDER, REFER, sharingReferral(supportCaseId, 'ATK-LIFE-1-CT3', '2025-10-29T09:00:00+07:00'))
    await write(SA_RECEIVER, CHANGE, { referralId: fresh.id, status: 'ACCEPTED', at: '2025-10-30T09:00:00+07:00' })
    expect(await personalOf(as[SA_RECEIVER.sub]!, v.personRef)).toEqual(GRANTED)
    const done = await write(SA_RECEIVER, CHANGE, { referralId: fresh.id, status: 'DONE', at: '2025-11-10T09:00:00+07:00' })
    expect(done).toEqual({ status: 'DONE', sharingEndedAt: '2025-11-10T02:00:00.000Z' })
    expect(await personalOf(as[SA_RECEIVER.sub]!, v.personRef)).toEqual(DENIED)
  })

  it('a data-sharing referral to an organisation of the network must name the receiving unit (nothing written otherwise)', async () => {
    const v = victim('GIVEN')
    const supportCase = await write(SENDER, RECEIVE, reception('ATK-UNIT-1', v.personRef))
    const { toUnitCode: _none, ...input } = sharingReferral(supportCase.id, 'ATK-UNIT-1-CT1', '2025-10-08T09:00:00+07:00')
    expect(await refusal(as[SENDER.sub]!, REFER, input)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toUnitCode' })
    expect(await refusal(as[SENDER.sub]!, REFER, { ...input, toUnitCode: '99201' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toUnitCode' }) // abolished on 1 July 2025
    const { body } = await as[SENDER.sub]!('query($id: ID!) { supportCase(id: $id) { referrals { id } } }', { id: supportCase.id })
    expect(body.data.supportCase.referrals).toEqual([])
  })
})
