// Victims, suspects, rescue operations and peak campaigns: personal fields sealed at rest and
// served back only to the police (access.test.ts has the full matrix), person references derived
// from the national ID, legal victim transitions, idempotent writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, DEV_PII_KEY, FieldCipher } from '@lienthong/kit'
import { startTestSubgraph, testProviders, TEST_OFFICERS, type TestSubgraph } from '@lienthong/kit/testing'
import { personRefOf } from '@lienthong/schema'
import { subgraph } from '../server.ts'
import type { Db } from '../db.ts'

const VICTIM = `mutation($input: RecordVictimInput!) { recordVictim(input: $input) { externalRef status identifiedAt forms rescued rescueOperation { externalRef } consentToShare person { personRef sex victimInCases { externalRef } policeVictim { externalRef } } } }`
const VICTIM_STATUS = `mutation($ref: PersonRef!, $input: ChangeVictimStatusInput!) { changeVictimStatus(personRef: $ref, input: $input) { status identifiedAt } }`
const SUSPECT = `mutation($input: RecordSuspectInput!) { recordSuspect(input: $input) { externalRef role arrestStatus wanted person { personRef suspectIn { externalRef } } criminalCase { externalRef suspects { externalRef } } } }`
const FAKE_ID = '099000000777'
const FAKE_NAME = 'Nạn nhân Kiểm thử 777'

const errorOf = (r: any) => r.errors?.[0]?.extensions

describe.each(await testProviders())('victims, suspects and rescues on %s', (provider) => {
  let sg: TestSubgraph<Db>
  let caseId: string
  let rescueId: string
  beforeAll(async () => {
    sg = await startTestSubgraph(subgraph, provider)
    const c: any = await sg.execute(`mutation { openCriminalCase(input: { externalRef: "CA-P-1", openedAt: "2024-07-15T09:00:00+07:00", codeArticle: 150,
      unitCode: "99101", routeKind: CROSS_BORDER, destinationCountry: "KH", forms: [FORCED_LABOUR] }) { id } }`)
    caseId = c.data.openCriminalCase.id
  })
  afterAll(() => sg?.stop())

  it('links rescues and cases to a peak campaign only inside its window', async () => {
    const campaign: any = await sg.execute(
      `mutation { createPeakCampaign(input: { externalRef: "CD-TEST", name: "Cao điểm thử", startsOn: "2024-07-01", endsOn: "2024-09-30", unitCodes: ["99", "99"] }) { id unitCodes startsOn endsOn } }`,
    )
    expect(campaign.data.createPeakCampaign).toMatchObject({ unitCodes: ['99'], startsOn: '2024-07-01', endsOn: '2024-09-30' })
    const peakId = campaign.data.createPeakCampaign.id
    const rescue = (externalRef: string, startedAt: string) =>
      sg.execute(
        `mutation($input: RecordRescueOperationInput!) { recordRescueOperation(input: $input) { id externalRef peakCampaign { externalRef } criminalCase { externalRef } } }`,
        { input: { externalRef, name: 'Giải cứu thử', startedAt, unitCode: '99101', destinationCountry: 'KH', caseId, peakCampaignId: peakId } },
      )
    const outside: any = await rescue('GC-TEST-0', '2024-10-01T09:00:00+07:00')
    expect(errorOf(outside)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.peakCampaignId' })
    const inside: any = await rescue('GC-TEST-1', '2024-09-30T20:00:00+07:00')
    expect(inside.data.recordRescueOperation).toMatchObject({
      externalRef: 'GC-TEST-1',
      peakCampaign: { externalRef: 'CD-TEST' },
      criminalCase: { externalRef: 'CA-P-1' },
    })
    rescueId = inside.data.recordRescueOperation.id
    const badWindow: any = await sg.execute(
      `mutation { createPeakCampaign(input: { externalRef: "CD-BAD", name: "x", startsOn: "2024-07-01", endsOn: "2024-06-30", unitCodes: ["99"] }) { id } }`,
    )
    expect(errorOf(badWindow)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' })
  })

  it('records a victim: reference from the national ID, personal fields sealed at rest and served to the police only', async () => {
    const input = {
      externalRef: 'NN-TEST-1',
      caseId,
      status: 'PRESUMED',
      recordedAt: '2024-07-20T09:00:00+07:00',
      sex: 'FEMALE',
      birthYear: 2001,
      citizenship: 'VIETNAMESE',
      forms: ['FORCED_LABOUR'],
      recruitmentMethod: 'FAKE_JOB_OFFER',
      rescueOperationId: rescueId,
      consentToCount: 'GIVEN',
      consentToShare: 'REFUSED',
      personal: {
        fullName: FAKE_NAME,
        nationalId: `${FAKE_ID.slice(0, 3)} ${FAKE_ID.slice(3)}`,
        dateOfBirth: '2001-05-06',
        address: 'Địa chỉ kiểm thử',
        phone: '0900 000 777',
      },
    }
    const r: any = await sg.execute(VICTIM, { input })
    expect(r.errors).toBeUndefined()
    const personRef = personRefOf(FAKE_ID, DEV_NETWORK_KEY)
    expect(r.data.recordVictim).toMatchObject({
      externalRef: 'NN-TEST-1',
      status: 'PRESUMED',
      identifiedAt: null,
      forms: ['FORCED_LABOUR'],
      rescued: true,
      rescueOperation: { externalRef: 'GC-TEST-1' },
      consentToShare: 'REFUSED',
      person: { personRef, sex: 'FEMALE', victimInCases: [{ externalRef: 'CA-P-1' }], policeVictim: { externalRef: 'NN-TEST-1' } },
    })
    const row = await sg.db.victim.findUniqueOrThrow({ where: { personRef } })
    expect(JSON.stringify(row)).not.toContain(FAKE_NAME)
    expect(JSON.stringify(row)).not.toContain(FAKE_ID)
    const cipher = new FieldCipher(DEV_PII_KEY)
    expect([row.fullNameSealed, row.nationalIdSealed, row.dateOfBirthSealed, row.phoneSealed].map((s) => cipher.decrypt(s!))).toEqual([
      FAKE_NAME,
      FAKE_ID,
      '2001-05-06',
      '0900 000 777',
    ])
    const PERSONAL = '{ fullName nationalId dateOfBirth address phone }'
    const served: any = await sg.execute(`query($ref: PersonRef!) { person(personRef: $ref) { policeVictim ${PERSONAL} } }`, { ref: personRef })
    expect(served.errors).toBeUndefined()
    expect(served.data.person.policeVictim).toEqual({
      fullName: FAKE_NAME,
      nationalId: FAKE_ID,
      dateOfBirth: '2001-05-06',
      address: 'Địa chỉ kiểm thử',
      phone: '0900 000 777',
    })
    const other: any = await sg.execute(
      `query($ref: PersonRef!) { person(personRef: $ref) { policeVictim ${PERSONAL} } }`,
      { ref: personRef },
      TEST_OFFICERS.social_affairs,
    )
    expect(other.data.person.policeVictim).toEqual({ fullName: null, nationalId: null, dateOfBirth: null, address: null, phone: null })
    expect(other.errors.map((e: any) => `${e.extensions.code} ${e.extensions.field}`).sort()).toEqual(
      ['address', 'dateOfBirth', 'fullName', 'nationalId', 'phone'].map((f) => `FORBIDDEN PoliceVictim.${f}`),
    )
    expect(JSON.stringify(other)).not.toContain(FAKE_NAME)

    const replay: any = await sg.execute(VICTIM, { input })
    expect(replay.errors).toBeUndefined()
    expect(await sg.db.victim.count()).toBe(1)
    const changed: any = await sg.execute(VICTIM, { input: { ...input, personal: { ...input.personal, fullName: 'Nạn nhân Khác' } } })
    expect(errorOf(changed)).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.externalRef' })
    expect(JSON.stringify(changed.errors)).not.toContain('Nạn nhân Khác')
    const again: any = await sg.execute(VICTIM, { input: { ...input, externalRef: 'NN-TEST-2' } })
    expect(errorOf(again)).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.personRef' })
    const mismatch: any = await sg.execute(VICTIM, { input: { ...input, externalRef: 'NN-TEST-3', personRef: 'a'.repeat(64) } })
    expect(errorOf(mismatch)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personRef' })
    const badId: any = await sg.execute(VICTIM, { input: { ...input, externalRef: 'NN-TEST-4', personal: { nationalId: '12' } } })
    expect(errorOf(badId)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personal.nationalId' })
    expect(badId.errors[0].message).not.toMatch(/: 12\b/)
  })

  it('adds a recorded victim to a second case, once', async () => {
    const ref = personRefOf(FAKE_ID, DEV_NETWORK_KEY)
    const c: any = await sg.execute(`mutation { openCriminalCase(input: { externalRef: "CA-P-2", openedAt: "2024-08-15T09:00:00+07:00", codeArticle: 150,
      unitCode: "99101", routeKind: DOMESTIC, forms: [FORCED_LABOUR] }) { id } }`)
    const add = 'mutation($c: ID!, $p: PersonRef!) { addVictimToCase(caseId: $c, personRef: $p) { externalRef victims { personRef } } }'
    const r: any = await sg.execute(add, { c: c.data.openCriminalCase.id, p: ref })
    expect(r.data.addVictimToCase).toEqual({ externalRef: 'CA-P-2', victims: [{ personRef: ref }] })
    expect((await sg.execute(add, { c: c.data.openCriminalCase.id, p: ref })).errors).toBeUndefined()
    expect(await sg.db.caseVictim.count({ where: { personRef: ref } })).toBe(2)
    const unknown: any = await sg.execute(add, { c: c.data.openCriminalCase.id, p: 'd'.repeat(64) })
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND', field: 'personRef' })
  })

  it('marks recorded victims rescued by a later operation, never by two', async () => {
    const presumed: any = await sg.execute(VICTIM, {
      input: {
        externalRef: 'NN-TEST-5',
        personRef: 'e'.repeat(64),
        caseId,
        status: 'PRESUMED',
        recordedAt: '2024-07-16T09:00:00+07:00',
        sex: 'MALE',
        citizenship: 'UNDETERMINED',
        forms: ['FORCED_LABOUR'],
        recruitmentMethod: 'DEBT_BONDAGE',
        consentToCount: 'NOT_ASKED',
        consentToShare: 'NOT_ASKED',
      },
    })
    expect(presumed.data.recordVictim.rescued).toBe(false)
    const op = (externalRef: string, refs: string[]) =>
      sg.execute(
        `mutation($input: RecordRescueOperationInput!) { recordRescueOperation(input: $input) { externalRef victims { personRef policeVictim { rescued rescueOperation { externalRef } } } } }`,
        { input: { externalRef, name: 'Giải cứu thử 2', startedAt: '2024-08-20T09:00:00+07:00', unitCode: '99101', caseId, rescuedPersonRefs: refs } },
      )
    const r: any = await op('GC-TEST-2', ['e'.repeat(64)])
    expect(r.data.recordRescueOperation).toEqual({
      externalRef: 'GC-TEST-2',
      victims: [{ personRef: 'e'.repeat(64), policeVictim: { rescued: true, rescueOperation: { externalRef: 'GC-TEST-2' } } }],
    })
    expect(errorOf(await op('GC-TEST-3', ['e'.repeat(64)]))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rescuedPersonRefs.0' })
    expect(errorOf(await op('GC-TEST-3', ['f'.repeat(64)]))).toMatchObject({ code: 'NOT_FOUND', field: 'input.rescuedPersonRefs.0' })
    expect(await sg.db.rescueOperation.count({ where: { externalRef: 'GC-TEST-3' } })).toBe(0)
  })

  it('identifies a victim only along legal transitions', async () => {
    const ref = personRefOf(FAKE_ID, DEV_NETWORK_KEY)
    const early: any = await sg.execute(VICTIM_STATUS, { ref, input: { status: 'IDENTIFIED', at: '2024-07-19T09:00:00+07:00', version: 1 } })
    expect(errorOf(early)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.at' })
    const ok: any = await sg.execute(VICTIM_STATUS, { ref, input: { status: 'IDENTIFIED', at: '2024-07-25T09:00:00+07:00', version: 1 } })
    expect(ok.data.changeVictimStatus).toEqual({ status: 'IDENTIFIED', identifiedAt: '2024-07-25T02:00:00.000Z' })
    await sg.execute(VICTIM_STATUS, { ref, input: { status: 'NOT_A_VICTIM', at: '2024-08-01T09:00:00+07:00', version: 2 } })
    const back: any = await sg.execute(VICTIM_STATUS, { ref, input: { status: 'IDENTIFIED', at: '2024-08-02T09:00:00+07:00', version: 3 } })
    expect(errorOf(back)).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'input.status' })
    const unknown: any = await sg.execute(VICTIM_STATUS, { ref: 'b'.repeat(64), input: { status: 'IDENTIFIED', at: '2024-08-02T09:00:00+07:00', version: 1 } })
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND', field: 'personRef' })
  })

  it('records suspects by reference with role and arrest status; a wanted suspect is at large', async () => {
    const personRef = 'c'.repeat(64)
    const input = {
      externalRef: 'DT-TEST-1',
      caseId,
      personRef,
      sex: 'MALE',
      birthYear: 1980,
      citizenship: 'FOREIGN',
      citizenshipCountry: 'KH',
      role: 'BROKER',
      arrestStatus: 'AT_LARGE',
      wanted: true,
    }
    const r: any = await sg.execute(SUSPECT, { input })
    expect(r.data.recordSuspect).toEqual({
      externalRef: 'DT-TEST-1',
      role: 'BROKER',
      arrestStatus: 'AT_LARGE',
      wanted: true,
      person: { personRef, suspectIn: [{ externalRef: 'DT-TEST-1' }] },
      criminalCase: { externalRef: 'CA-P-1', suspects: [{ externalRef: 'DT-TEST-1' }] },
    })
    for (const [over, field] of [
      [{ arrestStatus: 'ARRESTED', arrestedAt: '2024-07-16T09:00:00+07:00' }, 'input.wanted'],
      [{ wanted: false, arrestStatus: 'ARRESTED' }, 'input.arrestedAt'],
      [{ citizenshipCountry: null }, 'input.citizenshipCountry'],
      [{ birthYear: 1800 }, 'input.birthYear'],
    ] as const) {
      expect(errorOf(await sg.execute(SUSPECT, { input: { ...input, externalRef: 'DT-TEST-2', ...over } }))).toMatchObject({ code: 'BAD_USER_INPUT', field })
    }
    const twice: any = await sg.execute(SUSPECT, { input: { ...input, externalRef: 'DT-TEST-3' } })
    expect(errorOf(twice)).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', field: 'input.personRef' })
    const noCase: any = await sg.execute(SUSPECT, { input: { ...input, externalRef: 'DT-TEST-4', caseId: 'nope' } })
    expect(errorOf(noCase)).toMatchObject({ code: 'NOT_FOUND', field: 'input.caseId' })
    expect(await sg.db.suspect.count()).toBe(1)
  })
})
