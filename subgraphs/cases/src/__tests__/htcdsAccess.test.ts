// The HTCDS release through the police subgraph, on SQLite and PostgreSQL: only supervisors of the
// steering committee declaring data_quality receive it; the records carry no reference, no
// personal value; victims who refused or withdrew their consent to be counted are not in it; the
// release is one audit entry naming the persons released and the fields, never values.
import { describe, expect, it } from 'vitest'
import { testProviders } from '@lienthong/kit/testing'
import { A, AGENCIES, errorsOf, OTHERS, policeAccessWorld, RECORD_VICTIM, REF_A, ROLES, victimInput, who } from './accessFixture.ts'

const RELEASE = `query HtcdsRelease($year: Int!, $k: Int) { htcdsRelease(year: $year, k: $k) {
  standard year k quasiIdentifiers eligible released suppressed generalisation { field level maxLevel description }
  records { victimId yearOfRegistration Datasource gender ageBroad majorityStatus citizenship CountryOfExploitation
    isForcedLabour isSexualExploit typeOfExploitConcatenated isAbduction meansOfControlFalsePromises } } }`
const SUPERVISOR = who('steering_committee', 'supervisor', '99', 'data_quality')
const REF_REFUSED = 'e'.repeat(64)
const REF_WITHDRAWN = 'f'.repeat(64)
const IDENTIFIED_2024 = [REF_A, ...OTHERS.map(([d]) => d.repeat(64))]

describe.each(await testProviders())('HTCDS release on %s', (provider) => {
  const { sg, headSeq, auditRows } = policeAccessWorld(provider)

  it('refuses everyone but a steering committee supervisor declaring data_quality', async () => {
    const callers = [
      ...AGENCIES.flatMap((agency) => ROLES.map((role) => who(agency, role, '99', role === 'auditor' ? null : 'investigation'))),
      who('steering_committee', 'supervisor', '99', null),
      who('steering_committee', 'supervisor', '99', 'investigation'),
      who('steering_committee', 'officer', '99', 'data_quality'),
      who('police', 'supervisor', '99', 'data_quality'),
    ]
    const mark = await headSeq()
    for (const caller of callers) {
      const r = await sg.execute(RELEASE, { year: 2024 }, caller)
      expect({ caller: caller.sub, purpose: caller.purpose, errors: errorsOf(r), data: r.data?.htcdsRelease ?? null }).toEqual({
        caller: caller.sub,
        purpose: caller.purpose,
        errors: ['FORBIDDEN htcdsRelease'],
        data: null,
      })
    }
    expect(await headSeq()).toBe(mark)
  })

  it('releases the counted victims under pseudonyms, without references or personal values, audited once', async () => {
    for (const [ref, consentToCount] of [
      [REF_REFUSED, 'REFUSED'],
      [REF_WITHDRAWN, 'WITHDRAWN'],
    ] as const)
      await sg.mutate(RECORD_VICTIM, victimInput(`NN-HTCDS-${consentToCount}`, { personRef: ref, consentToCount, birthYear: 2000 }))
    const mark = await headSeq()
    const first = (await sg.ok(RELEASE, { year: 2024, k: 2 }, SUPERVISOR)).htcdsRelease
    // eight victims identified in 2024 with consent (the world's), not the two who refused or withdrew
    expect(first).toMatchObject({
      year: 2024,
      k: 2,
      eligible: 8,
      quasiIdentifiers: ['yearOfRegistration', 'ageBroad', 'citizenship', 'CountryOfExploitation', 'gender'],
    })
    expect(first.released + first.suppressed).toBe(8)
    expect(first.records).toHaveLength(first.released)
    const classes = new Map<string, number>()
    for (const r of first.records) {
      const key = JSON.stringify([r.gender, r.ageBroad, r.majorityStatus, r.citizenship, r.CountryOfExploitation])
      classes.set(key, (classes.get(key) ?? 0) + 1)
      expect(r).toMatchObject({ victimId: expect.stringMatching(/^[0-9a-f]{16}$/), yearOfRegistration: 2024, Datasource: 'Case Management' })
      expect(r).toMatchObject({ CountryOfExploitation: 'KH', isForcedLabour: true, isSexualExploit: false, meansOfControlFalsePromises: true })
    }
    expect([...classes.values()].every((n) => n >= 2)).toBe(true)
    const text = JSON.stringify(first)
    for (const ref of [...IDENTIFIED_2024, REF_REFUSED, REF_WITHDRAWN]) expect(text).not.toContain(ref)
    for (const value of Object.values(A)) expect(text).not.toContain(value)

    const rows = (await auditRows()).filter((r) => r.seq > mark)
    expect(rows).toHaveLength(1)
    const entry = { ...rows[0]!, recordRefs: JSON.parse(rows[0]!.recordRefs) as string[], fields: JSON.parse(rows[0]!.fields) as string[] }
    expect(entry).toMatchObject({
      agency: 'steering_committee',
      role: 'supervisor',
      purpose: 'data_quality',
      operation: 'read htcdsRelease',
      recordType: 'HtcdsVictimRecord',
    })
    expect(entry.recordRefs).toHaveLength(first.released)
    expect(entry.recordRefs.every((ref) => IDENTIFIED_2024.includes(ref))).toBe(true)
    expect(entry.fields).toEqual(expect.arrayContaining(['victimId', 'gender', 'ageBroad', 'citizenship', 'CountryOfExploitation']))
    for (const r of first.records) expect(JSON.stringify(rows)).not.toContain(r.victimId)

    // a second release: the same persons under other pseudonyms
    const second = (await sg.ok(RELEASE, { year: 2024, k: 2 }, SUPERVISOR)).htcdsRelease
    expect(second.released).toBe(first.released)
    const firstIds = new Set(first.records.map((r: { victimId: string }) => r.victimId))
    expect(second.records.some((r: { victimId: string }) => firstIds.has(r.victimId))).toBe(false)
  })

  it('k defaults to 11: eight victims cannot reach it and are all suppressed, and nothing is audited; k and year are checked', async () => {
    const mark = await headSeq()
    const r = (await sg.ok(RELEASE, { year: 2024 }, SUPERVISOR)).htcdsRelease
    expect(r).toMatchObject({ k: 11, eligible: 8, released: 0, suppressed: 8, records: [] })
    expect(await headSeq()).toBe(mark)
    for (const [variables, field] of [
      [{ year: 2024, k: 1 }, 'k'],
      [{ year: 1999 }, 'year'],
      [{ year: new Date().getFullYear() + 2 }, 'year'],
    ] as const)
      expect(errorsOf(await sg.execute(RELEASE, variables, SUPERVISOR))).toEqual([`BAD_USER_INPUT ${field}`])
  })
})
