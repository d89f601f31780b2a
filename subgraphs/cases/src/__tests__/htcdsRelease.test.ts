// The HTCDS release as pure functions: the value codes (docs/htcds.md's mapping table) and, over
// random populations (fast-check), k-anonymity — every released class over the quasi-identifiers
// holds at least k records, released + suppressed = eligible, no person reference in the output.
import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ageBroad, citizenship, countryOfExploitation, exploitation, majorityStatus, recruitment, type EligibleVictim } from '../domain/htcds/codes.ts'
import { kAnonymise } from '../domain/htcds/kAnonymity.ts'
import { buildRelease, pseudonym, QUASI_IDENTIFIERS, type HtcdsRecord } from '../domain/htcds/release.ts'

const victim = (over: Partial<EligibleVictim> = {}): EligibleVictim => ({
  personRef: 'a'.repeat(64),
  yearOfRegistration: 2024,
  sex: 'FEMALE',
  birthYear: 2000,
  citizenship: 'VIETNAMESE',
  citizenshipCountry: null,
  forms: ['FORCED_LABOUR'],
  recruitmentMethod: 'FAKE_JOB_OFFER',
  exploitationCountries: ['VN'],
  ...over,
})

describe('HTCDS value codes', () => {
  it('age: CTDC bands and majority by year of birth at registration', () => {
    const bands = [2016, 2015, 2007, 2006, 2003, 2000, 1997, 1994, 1986, 1985, 1977, 1976, 1950].map((birthYear) => ageBroad(victim({ birthYear })))
    expect(bands).toEqual(['0--8', '9--17', '9--17', '18--20', '21--23', '24--26', '27--29', '30--38', '30--38', '39--47', '39--47', '48+', '48+'])
    expect([2007, 2006].map((birthYear) => majorityStatus(victim({ birthYear })))).toEqual(['Minor', 'Adult'])
    expect([ageBroad(victim({ birthYear: null })), majorityStatus(victim({ birthYear: 2030 }))]).toEqual([null, null])
  })

  it('citizenship and country of exploitation: ISO alpha-2, OTHER, unknown', () => {
    const c = (citizenship_: string, citizenshipCountry: string | null = null) => citizenship(victim({ citizenship: citizenship_, citizenshipCountry }))
    expect([c('VIETNAMESE'), c('FOREIGN', 'KH'), c('FOREIGN'), c('STATELESS'), c('UNDETERMINED')]).toEqual(['VN', 'KH', 'OTHER', 'OTHER', null])
    const e = (exploitationCountries: (string | null)[]) => countryOfExploitation(victim({ exploitationCountries }))
    expect([e(['CN', 'CN']), e(['VN']), e([]), e(['CN', 'MY']), e([null])]).toEqual(['CN', 'VN', null, null, null])
  })

  it('forms: flags 1/0 from a known list, unknown without one; recruitment: 1 or unknown', () => {
    expect(exploitation(victim({ forms: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'CHILD_ADOPTION'] }))).toEqual({
      isForcedLabour: true,
      isSexualExploit: true,
      isOtherExploit: true,
      isSexAndLabour: true,
      isForcedMarriage: false,
      isOrganRemoval: false,
      typeOfExploitConcatenated: 'Forced labour;Other;Sexual exploitation',
    })
    expect(Object.values(exploitation(victim({ forms: ['UNKNOWN'] }))).every((v) => v === null)).toBe(true)
    expect(recruitment(victim({ recruitmentMethod: 'ABDUCTION' }))).toEqual({
      isAbduction: true,
      meansOfControlFalsePromises: null,
      meansOfControlDebtBondage: null,
      recruiterRelationFriend: null,
      recruiterRelationOther: null,
    })
    expect(recruitment(victim({ recruitmentMethod: 'ONLINE_CONTACT' }))).toMatchObject({ isAbduction: false, recruiterRelationOther: true })
    expect(recruitment(victim({ recruitmentMethod: 'UNKNOWN' })).isAbduction).toBeNull()
  })

  it('pseudonyms: keyed by the release, never the reference', () => {
    const ref = 'b'.repeat(64)
    const [k1, k2] = [randomBytes(32), randomBytes(32)]
    expect(pseudonym(k1, ref)).toMatch(/^[0-9a-f]{16}$/)
    expect(pseudonym(k1, ref)).toBe(pseudonym(k1, ref))
    expect(pseudonym(k1, ref)).not.toBe(pseudonym(k2, ref))
    expect(ref).not.toContain(pseudonym(k1, ref))
  })

  it('Datafly generalises the most varied quasi-identifier first, then suppresses', () => {
    // 12 Vietnamese women spread over the age bands: age goes to Minor/Adult (11 adults, 1 minor), the minor is suppressed
    const years = [2016, 2006, 2003, 2000, 1997, 1994, 1990, 1985, 1980, 1975, 1970, 1965]
    const population = years.map((birthYear, i) => victim({ personRef: String(i).padStart(64, '0'), birthYear }))
    const r = kAnonymise(population, QUASI_IDENTIFIERS, 11)
    expect(r.levels).toEqual({ ageBroad: 1, citizenship: 0, CountryOfExploitation: 0, gender: 0 })
    expect([r.released.length, r.suppressed.map((v) => v.birthYear)]).toEqual([11, [2016]])
  })
})

const hex = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'))
const FORMS = ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'ORGAN_REMOVAL', 'COMMERCIAL_SURROGACY', 'FORCED_MARRIAGE', 'CHILD_ADOPTION', 'OTHER', 'UNKNOWN']
const METHODS = ['FAKE_JOB_OFFER', 'ONLINE_CONTACT', 'MARRIAGE_BROKERING', 'ACQUAINTANCE', 'ABDUCTION', 'DEBT_BONDAGE', 'OTHER', 'UNKNOWN']
const victimArb = fc.record({
  personRef: hex,
  yearOfRegistration: fc.constant(2024),
  sex: fc.constantFrom('FEMALE', 'FEMALE', 'MALE', 'UNKNOWN'),
  birthYear: fc.option(fc.integer({ min: 1940, max: 2024 }), { nil: null }),
  citizenship: fc.constantFrom('VIETNAMESE', 'VIETNAMESE', 'VIETNAMESE', 'FOREIGN', 'STATELESS', 'UNDETERMINED'),
  citizenshipCountry: fc.constantFrom('CN', 'KH', 'LA', null),
  forms: fc.subarray(FORMS),
  recruitmentMethod: fc.constantFrom(...METHODS),
  exploitationCountries: fc.array(fc.constantFrom('VN', 'VN', 'CN', 'KH', 'MY', null), { maxLength: 3 }),
})
const population = fc.uniqueArray(victimArb, { selector: (v) => v.personRef, maxLength: 150 })

const classOf = (r: HtcdsRecord) => JSON.stringify([r.yearOfRegistration, r.gender, r.ageBroad, r.majorityStatus, r.citizenship, r.CountryOfExploitation])

describe('k-anonymity of a release (property)', () => {
  it('every released class holds at least k records; released + suppressed = eligible; no person reference', () => {
    fc.assert(
      fc.property(population, fc.integer({ min: 2, max: 15 }), (victims, k) => {
        const release = buildRelease(victims, { year: 2024, k, key: randomBytes(32) })
        const sizes = new Map<string, number>()
        for (const r of release.records) sizes.set(classOf(r), (sizes.get(classOf(r)) ?? 0) + 1)
        expect([...sizes.values()].every((n) => n >= k)).toBe(true)
        expect(release.released + release.suppressed).toBe(victims.length)
        expect([release.eligible, release.records.length]).toEqual([victims.length, release.released])
        expect(new Set(release.records.map((r) => r.victimId)).size).toBe(release.released)
        const text = JSON.stringify(release.records)
        for (const v of victims) expect(text).not.toContain(v.personRef)
        // Datafly's stopping rule: at most k suppressed, unless every ladder is at its last level
        expect(release.suppressed <= k || release.generalisation.every((g) => g.level === g.maxLevel)).toBe(true)
      }),
      { numRuns: 150 },
    )
  })
})
