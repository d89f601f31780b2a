// The police's victim records in the value codes of HTCDS 2.0 as the Counter Trafficking Data
// Collaborative publishes them (docs/htcds.md is the mapping table). Pure; null is unknown (CTDC: -99).

/** What the release reads of one eligible victim (never a personal field). */
export interface EligibleVictim {
  personRef: string
  /** Year identified as a victim, in Vietnam time. */
  yearOfRegistration: number
  sex: string
  birthYear: number | null
  citizenship: string
  citizenshipCountry: string | null
  forms: readonly string[]
  recruitmentMethod: string
  /** Country of each police case the person is a victim in (VN for a domestic case, null when a cross-border case names none), and of the rescue. */
  exploitationCountries: readonly (string | null)[]
}

export const HOME_COUNTRY = 'VN'
/** Another country than the home country, its code withheld (citizenship and country of exploitation, level 1). */
export const OTHER_COUNTRY = 'OTHER'

export const gender = (v: EligibleVictim): string | null => ({ FEMALE: 'Female', MALE: 'Male' })[v.sex] ?? null

/** CTDC's age bands: lower bound of each, in order. */
const AGE_BANDS: readonly [number, string][] = [
  [48, '48+'],
  [39, '39--47'],
  [30, '30--38'],
  [27, '27--29'],
  [24, '24--26'],
  [21, '21--23'],
  [18, '18--20'],
  [9, '9--17'],
  [0, '0--8'],
]

/** Age at registration, by year of birth (the network's rule: the age reached in that year). */
export function ageAtRegistration(v: EligibleVictim): number | null {
  if (v.birthYear == null) return null
  const age = v.yearOfRegistration - v.birthYear
  return age >= 0 && age <= 120 ? age : null
}

export function ageBroad(v: EligibleVictim): string | null {
  const age = ageAtRegistration(v)
  return age == null ? null : AGE_BANDS.find(([from]) => age >= from)![1]
}

export function majorityStatus(v: EligibleVictim): string | null {
  const age = ageAtRegistration(v)
  return age == null ? null : age < 18 ? 'Minor' : 'Adult'
}

/** ISO 3166-1 alpha-2; OTHER for a stateless person or a foreign citizenship without its country. */
export function citizenship(v: EligibleVictim): string | null {
  if (v.citizenship === 'VIETNAMESE') return HOME_COUNTRY
  if (v.citizenship === 'FOREIGN') return v.citizenshipCountry ?? OTHER_COUNTRY
  return v.citizenship === 'STATELESS' ? OTHER_COUNTRY : null
}

/** The one country the victim's cases and rescue name; unknown when they name none or several. */
export function countryOfExploitation(v: EligibleVictim): string | null {
  const countries = new Set(v.exploitationCountries)
  return countries.size === 1 ? [...countries][0]! : null
}

/** Level 1 of a country: the home country, or another one. */
export const homeOrOther = (country: string | null): string | null => (country == null ? null : country === HOME_COUNTRY ? HOME_COUNTRY : OTHER_COUNTRY)

const LABOUR = 'FORCED_LABOUR'
const SEXUAL = 'SEXUAL_EXPLOITATION'
/** CTDC's names of the types of exploitation the network records; the others are "Other". */
const TYPE_NAMES: Record<string, string> = {
  [LABOUR]: 'Forced labour',
  [SEXUAL]: 'Sexual exploitation',
  FORCED_MARRIAGE: 'Forced marriage',
  ORGAN_REMOVAL: 'Organ removal',
}

export interface ExploitationCodes {
  isForcedLabour: boolean | null
  isSexualExploit: boolean | null
  isOtherExploit: boolean | null
  isSexAndLabour: boolean | null
  isForcedMarriage: boolean | null
  isOrganRemoval: boolean | null
  typeOfExploitConcatenated: string | null
}

/** The forms on the victim record (a complete list: a form not on it is 0); unknown when none is known. */
export function exploitation(v: EligibleVictim): ExploitationCodes {
  const forms = new Set(v.forms.filter((f) => f !== 'UNKNOWN'))
  if (forms.size === 0)
    return {
      isForcedLabour: null,
      isSexualExploit: null,
      isOtherExploit: null,
      isSexAndLabour: null,
      isForcedMarriage: null,
      isOrganRemoval: null,
      typeOfExploitConcatenated: null,
    }
  const types = [...new Set([...forms].map((f) => TYPE_NAMES[f] ?? 'Other'))].sort()
  return {
    isForcedLabour: forms.has(LABOUR),
    isSexualExploit: forms.has(SEXUAL),
    isOtherExploit: [...forms].some((f) => f !== LABOUR && f !== SEXUAL),
    isSexAndLabour: forms.has(LABOUR) && forms.has(SEXUAL),
    isForcedMarriage: forms.has('FORCED_MARRIAGE'),
    isOrganRemoval: forms.has('ORGAN_REMOVAL'),
    typeOfExploitConcatenated: types.join(';'),
  }
}

export interface RecruitmentCodes {
  isAbduction: boolean | null
  meansOfControlFalsePromises: boolean | null
  meansOfControlDebtBondage: boolean | null
  recruiterRelationFriend: boolean | null
  recruiterRelationOther: boolean | null
}

/**
 * The one recruitment method the police record: 1 where it says so. Only isAbduction is 0 for
 * another known method (how the person was recruited); the other fields stay unknown, as the
 * record does not say the means or relation was absent.
 */
export function recruitment(v: EligibleVictim): RecruitmentCodes {
  const m = v.recruitmentMethod
  const yes = (methods: readonly string[]) => (methods.includes(m) ? true : null)
  return {
    isAbduction: m === 'UNKNOWN' ? null : m === 'ABDUCTION',
    meansOfControlFalsePromises: yes(['FAKE_JOB_OFFER']),
    meansOfControlDebtBondage: yes(['DEBT_BONDAGE']),
    recruiterRelationFriend: yes(['ACQUAINTANCE']),
    recruiterRelationOther: yes(['ONLINE_CONTACT', 'MARRIAGE_BROKERING']),
  }
}
