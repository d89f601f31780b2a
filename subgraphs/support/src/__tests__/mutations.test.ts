// Writes of Social Affairs in process, on SQLite and PostgreSQL: validation naming the field,
// idempotent replays, legal transitions, consent before sharing data, nothing written on refusal.
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY } from '@lienthong/kit'
import { readVersion, subgraphUnderTest, testProviders } from '@lienthong/kit/testing'
import { personRefOf } from '@lienthong/schema'
import { subgraph } from '../server.ts'
import { centre, hospital, receptionOf, referralInput, writeOf } from './writeInputs.ts'

const person = personRefOf('099900000042', DEV_NETWORK_KEY)
const RECEIVE = writeOf(
  'receiveSupportCase',
  'id externalRef receivedAt facility unitCode arrival consentToShare screening { result screenedAt } needsAssessment { needs assessedAt } person { personRef }',
)
const SERVICE = writeOf('recordSupportService', 'id type startedOn endedOn provider { name type }')
const REFER = writeOf('referSupportCase', 'id status referredAt sharesPersonData consentAtReferral from { name } to { name type }')
const CHANGE = writeOf('changeSupportReferralStatus', 'id status acceptedAt doneAt revokedAt')
const CONSENT = writeOf('recordSupportConsent', 'id consentToShare consentRecordedAt')

const reception = receptionOf(person)

describe.each(await testProviders())('support mutations on %s', (provider) => {
  const sg = subgraphUnderTest(subgraph, provider)
  let caseId: string

  const errorOf = (r: any) => r.errors?.[0]?.extensions

  it('receives a person with screening and needs, and a replay returns the same case', async () => {
    const r: any = await sg.execute(RECEIVE, { input: reception })
    expect(r.errors).toBeUndefined()
    caseId = r.data.receiveSupportCase.id
    expect(r.data.receiveSupportCase).toMatchObject({
      externalRef: 'LDTBXH-T-0001',
      receivedAt: '2025-08-04T02:30:00.000Z',
      arrival: 'RETURNED_FROM_ABROAD',
      consentToShare: 'NOT_ASKED',
      person: { personRef: person },
      screening: { result: 'PRESUMED_VICTIM', screenedAt: '2025-08-04T08:00:00.000Z' },
      needsAssessment: { needs: ['SHELTER', 'MEDICAL_CARE'] },
    })
    // the same instant written with another offset is the same payload
    const replay: any = await sg.execute(RECEIVE, { input: { ...reception, receivedAt: '2025-08-04T02:30:00Z' } })
    expect(replay.data.receiveSupportCase.id).toBe(caseId)
    expect(await sg.db.supportCase.count()).toBe(1)
  })

  it('refuses a different case under a used reference (IDEMPOTENCY_CONFLICT)', async () => {
    const r: any = await sg.execute(RECEIVE, { input: { ...reception, facility: 'OTHER' } })
    expect(errorOf(r)).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    expect(await sg.db.supportCase.count()).toBe(1)
  })

  it('names each bad field, in Vietnamese and English, without echoing values', async () => {
    const bad = {
      ...reception,
      externalRef: 'LDTBXH-T-0002',
      receivedAt: '2099-01-01T08:00:00+07:00',
      screening: { result: 'UNCLEAR', screenedAt: '2025-08-01T08:00:00+07:00' },
    }
    const r: any = await sg.execute(RECEIVE, { input: bad })
    expect(errorOf(r).code).toBe('BAD_USER_INPUT')
    expect(errorOf(r).problems.map((p: any) => p.field)).toEqual(['input.receivedAt'])
    expect(r.errors[0].message).toMatch(/tương lai \/ the instant is in the future/)
    const before: any = await sg.execute(RECEIVE, { input: { ...bad, receivedAt: reception.receivedAt } })
    expect(errorOf(before).problems.map((p: any) => p.field)).toEqual(['input.screening.screenedAt'])
    // a commune merged on 2025-07-01 no longer exists in August 2025
    const unit: any = await sg.execute(RECEIVE, { input: { ...reception, externalRef: 'LDTBXH-T-0003', unitCode: '99101' } })
    expect(errorOf(unit)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitCode' })
    const ref: any = await sg.execute(RECEIVE, { input: { ...reception, externalRef: ' ' } })
    expect(errorOf(ref).field).toBe('input.externalRef')
    expect(JSON.stringify([r, before, unit, ref])).not.toContain(person)
    expect(await sg.db.supportCase.count()).toBe(1)
  })

  it('answers concurrent first writes of one reference with one record', async () => {
    const input = { ...reception, externalRef: 'LDTBXH-T-0009', personRef: personRefOf('099900000043', DEV_NETWORK_KEY) }
    const results: any[] = await Promise.all(Array.from({ length: 6 }, () => sg.execute(RECEIVE, { input })))
    for (const r of results) expect(r.errors).toBeUndefined()
    expect(new Set(results.map((r) => r.data.receiveSupportCase.id)).size).toBe(1)
    expect(await sg.db.supportCase.count({ where: { externalRef: 'LDTBXH-T-0009' } })).toBe(1)
  })

  it('records screening and needs after reception, never before it', async () => {
    const ASSESS = writeOf('assessSupportCase', 'screening { result } needsAssessment { needs assessedAt }')
    const { id } = await sg.db.supportCase.findUniqueOrThrow({ where: { externalRef: 'LDTBXH-T-0009' } })
    const r: any = await sg.execute(ASSESS, {
      input: { version: 1, supportCaseId: id, needsAssessment: { needs: ['LEGAL_AID', 'LOAN'], assessedAt: '2025-08-20T09:00:00+07:00' } },
    })
    expect(r.data.assessSupportCase).toEqual({
      screening: { result: 'PRESUMED_VICTIM' },
      needsAssessment: { needs: ['LEGAL_AID', 'LOAN'], assessedAt: '2025-08-20T02:00:00.000Z' },
    })
    expect(
      errorOf(
        await sg.execute(ASSESS, {
          input: {
            version: await readVersion(sg.db.supportCase, { id: id }),
            supportCaseId: id,
            screening: { result: 'UNCLEAR', screenedAt: '2025-08-01T09:00:00+07:00' },
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.screening.screenedAt' })
    expect(errorOf(await sg.execute(ASSESS, { input: { version: await readVersion(sg.db.supportCase, { id: id }), supportCaseId: id } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.screening',
    })
    expect(
      errorOf(
        await sg.execute(ASSESS, {
          input: {
            version: await readVersion(sg.db.supportCase, { id: id }),
            supportCaseId: id,
            needsAssessment: { needs: ['LOAN', 'LOAN'], assessedAt: '2025-08-20T09:00:00+07:00' },
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.needsAssessment.needs' })
    expect((await sg.db.supportCase.findUniqueOrThrow({ where: { id } })).screeningResult).toBe('PRESUMED_VICTIM')
  })

  it('records services with dates and provider, and ends a shelter stay once', async () => {
    const input = { externalRef: 'LDTBXH-T-0001-DV1', supportCaseId: caseId, type: 'SHELTER', provider: centre, startedOn: '2025-08-04' }
    const r: any = await sg.execute(SERVICE, { input })
    expect(r.data.recordSupportService).toMatchObject({ type: 'SHELTER', startedOn: '2025-08-04', endedOn: null, provider: centre })
    const id = r.data.recordSupportService.id
    expect((await sg.execute(SERVICE, { input })).data.recordSupportService.id).toBe(id)
    const END = writeOf('endSupportService', 'id endedOn')
    expect(
      errorOf(await sg.execute(END, { input: { version: await readVersion(sg.db.supportService, { id: id }), serviceId: id, endedOn: '2025-08-01' } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.endedOn',
    })
    expect(
      (await sg.execute(END, { input: { version: await readVersion(sg.db.supportService, { id: id }), serviceId: id, endedOn: '2025-09-15' } })).data
        .endSupportService.endedOn,
    ).toBe('2025-09-15')
    expect(
      (await sg.execute(END, { input: { version: await readVersion(sg.db.supportService, { id: id }), serviceId: id, endedOn: '2025-09-15' } })).data
        .endSupportService.endedOn,
    ).toBe('2025-09-15')
    expect(
      errorOf(await sg.execute(END, { input: { version: await readVersion(sg.db.supportService, { id: id }), serviceId: id, endedOn: '2025-09-20' } })),
    ).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      field: 'input.endedOn',
    })
    const early: any = await sg.execute(SERVICE, {
      input: { ...input, externalRef: 'LDTBXH-T-0001-DV2', type: 'MEDICAL_CARE', provider: hospital, startedOn: '2025-08-01' },
    })
    expect(errorOf(early)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startedOn' })
    const missing: any = await sg.execute(SERVICE, { input: { ...input, externalRef: 'LDTBXH-T-0001-DV3', supportCaseId: 'nope' } })
    expect(errorOf(missing)).toMatchObject({ code: 'NOT_FOUND', field: 'input.supportCaseId' })
    const backwards: any = await sg.execute(SERVICE, { input: { ...input, externalRef: 'LDTBXH-T-0001-DV4', startedOn: '2025-08-10', endedOn: '2025-08-09' } })
    expect(errorOf(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endedOn' })
    expect(await sg.db.supportService.count()).toBe(1)
  })

  it('refuses a referral sharing data without recorded consent, and writes nothing', async () => {
    const input = referralInput('LDTBXH-T-0001-CT1', caseId, { sharesPersonData: true })
    const r: any = await sg.execute(REFER, { input })
    expect(errorOf(r)).toMatchObject({
      code: 'CONSENT_REQUIRED',
      field: 'input.sharesPersonData',
      consentField: 'SupportCase.consentToShare',
      consent: 'NOT_ASKED',
    })
    expect(r.errors[0].message).toMatch(/cần sự đồng ý .* \/ sharing the person's data needs their recorded consent/)
    expect(await sg.db.supportReferral.count()).toBe(0)
    // without sharing data, the same referral is made
    const plain: any = await sg.execute(REFER, { input: { ...input, externalRef: 'LDTBXH-T-0001-CT0', sharesPersonData: false } })
    expect(plain.data.referSupportCase).toMatchObject({ status: 'IN_PROGRESS', sharesPersonData: false, consentAtReferral: 'NOT_ASKED', to: hospital })
  })

  it('records consent through legal transitions only, then shares data', async () => {
    expect(
      errorOf(
        await sg.execute(CONSENT, {
          input: {
            version: await readVersion(sg.db.supportCase, { id: caseId }),
            supportCaseId: caseId,
            consentToShare: 'WITHDRAWN',
            recordedAt: '2025-08-06T09:00:00+07:00',
          },
        }),
      ),
    ).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.consentToShare' })
    expect(
      errorOf(
        await sg.execute(CONSENT, {
          input: {
            version: await readVersion(sg.db.supportCase, { id: caseId }),
            supportCaseId: caseId,
            consentToShare: 'GIVEN',
            recordedAt: '2025-08-01T09:00:00+07:00',
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recordedAt' })
    const given: any = await sg.execute(CONSENT, {
      input: {
        version: await readVersion(sg.db.supportCase, { id: caseId }),
        supportCaseId: caseId,
        consentToShare: 'GIVEN',
        recordedAt: '2025-08-06T09:00:00+07:00',
      },
    })
    expect(given.data.recordSupportConsent).toMatchObject({ consentToShare: 'GIVEN', consentRecordedAt: '2025-08-06T02:00:00.000Z' })
    expect(
      errorOf(
        await sg.execute(CONSENT, {
          input: {
            version: await readVersion(sg.db.supportCase, { id: caseId }),
            supportCaseId: caseId,
            consentToShare: 'REFUSED',
            recordedAt: '2025-08-07T09:00:00+07:00',
          },
        }),
      ),
    ).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.consentToShare' })
    const r: any = await sg.execute(REFER, { input: referralInput('LDTBXH-T-0001-CT1', caseId, { sharesPersonData: true }) })
    expect(r.data.referSupportCase).toMatchObject({ status: 'IN_PROGRESS', sharesPersonData: true, consentAtReferral: 'GIVEN' })
  })

  it('moves a referral through legal transitions with dates; replays are harmless', async () => {
    const { id } = await sg.db.supportReferral.findUniqueOrThrow({ where: { externalRef: 'LDTBXH-T-0001-CT0' } })
    expect(errorOf(await sg.execute(CHANGE, { input: { referralId: id, status: 'DONE', at: '2025-08-12T09:00:00+07:00' } }))).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      field: 'input.status',
    })
    expect(errorOf(await sg.execute(CHANGE, { input: { referralId: id, status: 'ACCEPTED', at: '2025-08-09T09:00:00+07:00' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.at',
    })
    const accepted: any = await sg.execute(CHANGE, { input: { referralId: id, status: 'ACCEPTED', at: '2025-08-12T09:00:00+07:00' } })
    expect(accepted.data.changeSupportReferralStatus).toMatchObject({ status: 'ACCEPTED', acceptedAt: '2025-08-12T02:00:00.000Z', doneAt: null })
    expect(
      (await sg.execute(CHANGE, { input: { referralId: id, status: 'ACCEPTED', at: '2025-08-12T09:00:00+07:00' } })).data.changeSupportReferralStatus.status,
    ).toBe('ACCEPTED')
    // the version read, when sent: an older one is refused naming the current one, and writes nothing (version 2 then holds)
    const stale = { referralId: id, status: 'DONE', at: '2025-09-01T09:00:00+07:00', version: 1 }
    expect(errorOf(await sg.execute(CHANGE, { input: stale }))).toMatchObject({ code: 'CONFLICT', field: 'input.version', currentVersion: 2 })
    const done: any = await sg.execute(CHANGE, { input: { ...stale, version: 2 } })
    expect(done.data.changeSupportReferralStatus).toMatchObject({ status: 'DONE', acceptedAt: '2025-08-12T02:00:00.000Z', doneAt: '2025-09-01T02:00:00.000Z' })
    expect(errorOf(await sg.execute(CHANGE, { input: { referralId: id, status: 'REVOKED', at: '2025-09-02T09:00:00+07:00' } }))).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      field: 'input.status',
    })
    expect(errorOf(await sg.execute(CHANGE, { input: { referralId: 'nope', status: 'DONE', at: '2025-09-02T09:00:00+07:00' } }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.referralId',
    })
  })

  it('refuses to hand data over when the consent was withdrawn before acceptance', async () => {
    const { id } = await sg.db.supportReferral.findUniqueOrThrow({ where: { externalRef: 'LDTBXH-T-0001-CT1' } })
    await sg.execute(CONSENT, {
      input: {
        version: await readVersion(sg.db.supportCase, { id: caseId }),
        supportCaseId: caseId,
        consentToShare: 'WITHDRAWN',
        recordedAt: '2025-08-11T09:00:00+07:00',
      },
    })
    const r: any = await sg.execute(CHANGE, { input: { referralId: id, status: 'ACCEPTED', at: '2025-08-12T09:00:00+07:00' } })
    expect(errorOf(r)).toMatchObject({ code: 'CONSENT_REQUIRED', field: 'input.status', consent: 'WITHDRAWN' })
    expect((await sg.db.supportReferral.findUniqueOrThrow({ where: { id } })).status).toBe('IN_PROGRESS')
    const revoked: any = await sg.execute(CHANGE, { input: { referralId: id, status: 'REVOKED', at: '2025-08-12T09:00:00+07:00' } })
    expect(revoked.data.changeSupportReferralStatus).toMatchObject({ status: 'REVOKED', revokedAt: '2025-08-12T02:00:00.000Z' })
  })

  it('records reintegration follow-ups; the latest outcome is the case outcome', async () => {
    const FOLLOW = writeOf('recordReintegrationFollowUp', 'id outcome')
    const follow = (n: number, followedUpAt: string, outcome: string) =>
      sg.execute(FOLLOW, { input: { externalRef: `LDTBXH-T-0001-TD${n}`, supportCaseId: caseId, followedUpAt, outcome } })
    expect((await follow(2, '2025-11-04T09:00:00+07:00', 'REINTEGRATED')).errors).toBeUndefined()
    expect((await follow(1, '2025-09-04T09:00:00+07:00', 'AT_RISK')).errors).toBeUndefined()
    expect(errorOf(await follow(1, '2025-09-04T09:00:00+07:00', 'REINTEGRATED'))).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' })
    expect(errorOf(await follow(3, '2025-07-04T09:00:00+07:00', 'AT_RISK'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.followedUpAt' })
    const r: any = await sg.execute(
      'query($id: ID!) { supportCase(id: $id) { reintegrationOutcome followUps { outcome } services { type } referrals { externalRef status } } }',
      { id: caseId },
    )
    r.data.supportCase.referrals.sort((a: any, b: any) => a.externalRef.localeCompare(b.externalRef)) // both made the same day
    expect(r.data.supportCase).toEqual({
      reintegrationOutcome: 'REINTEGRATED',
      followUps: [{ outcome: 'AT_RISK' }, { outcome: 'REINTEGRATED' }],
      services: [{ type: 'SHELTER' }],
      referrals: [
        { externalRef: 'LDTBXH-T-0001-CT0', status: 'DONE' },
        { externalRef: 'LDTBXH-T-0001-CT1', status: 'REVOKED' },
      ],
    })
  })
})
