// One HTCDS 2.0 release: the eligible victims in the standard's codes, k-anonymous over the
// quasi-identifiers, each person under a pseudonym keyed by a secret of this release only (the
// caller draws it at random and never stores it: two releases cannot be linked, and the person
// reference never leaves). Pure given the key.
import { createHmac } from 'node:crypto'
import {
  ageBroad,
  citizenship,
  countryOfExploitation,
  exploitation,
  gender,
  homeOrOther,
  majorityStatus,
  recruitment,
  type EligibleVictim,
  type ExploitationCodes,
  type RecruitmentCodes,
} from './codes.ts'
import { kAnonymise, type QuasiIdentifier } from './kAnonymity.ts'

export const HTCDS_STANDARD = 'HTCDS 2.0 (CTDC global dataset codes)'
export const DATASOURCE = 'Case Management'
/** The smallest k a release accepts, and the CTDC's own. */
export const MIN_K = 2
export const DEFAULT_K = 11

const unknown = () => null

/** The quasi-identifiers and their ladders, in the order Datafly prefers on a tie (gender last). The year is one per release. */
export const QUASI_IDENTIFIERS: readonly QuasiIdentifier<EligibleVictim>[] = [
  {
    field: 'ageBroad',
    levels: [ageBroad, majorityStatus, unknown],
    descriptions: ['CTDC age band / nhóm tuổi CTDC', 'majorityStatus only (Minor, Adult) / chỉ trẻ em, người lớn', 'unknown / không xác định'],
  },
  {
    field: 'citizenship',
    levels: [citizenship, (v) => homeOrOther(citizenship(v)), unknown],
    descriptions: ['country (ISO alpha-2) / nước', 'VN or OTHER / Việt Nam hoặc nước khác', 'unknown / không xác định'],
  },
  {
    field: 'CountryOfExploitation',
    levels: [countryOfExploitation, (v) => homeOrOther(countryOfExploitation(v)), unknown],
    descriptions: ['country (ISO alpha-2) / nước', 'VN or OTHER / Việt Nam hoặc nước khác', 'unknown / không xác định'],
  },
  { field: 'gender', levels: [gender, unknown], descriptions: ['Female, Male / nữ, nam', 'unknown / không xác định'] },
]

export interface HtcdsRecord extends ExploitationCodes, RecruitmentCodes {
  victimId: string
  yearOfRegistration: number
  Datasource: string
  gender: string | null
  ageBroad: string | null
  majorityStatus: string | null
  citizenship: string | null
  CountryOfExploitation: string | null
}

export interface HtcdsReleaseReport {
  standard: string
  year: number
  k: number
  quasiIdentifiers: string[]
  generalisation: { field: string; level: number; maxLevel: number; description: string }[]
  eligible: number
  released: number
  suppressed: number
}

export interface Release extends HtcdsReleaseReport {
  records: HtcdsRecord[]
  /** Person references of the records released: for the audit log of the owning subgraph only. */
  releasedRefs: string[]
}

/** The release-specific pseudonym: HMAC-SHA256 of the person reference under the release's key (16 hex digits). */
export const pseudonym = (key: Buffer, personRef: string): string => createHmac('sha256', key).update(personRef).digest('hex').slice(0, 16)

export function buildRelease(victims: readonly EligibleVictim[], o: { year: number; k: number; key: Buffer }): Release {
  const { released, suppressed, levels } = kAnonymise(victims, QUASI_IDENTIFIERS, o.k)
  const records = released
    .map(({ record: v, values }): HtcdsRecord => {
      const value = (field: string) => values[field] ?? null
      const age = value('ageBroad')
      return {
        victimId: pseudonym(o.key, v.personRef),
        yearOfRegistration: v.yearOfRegistration,
        Datasource: DATASOURCE,
        gender: value('gender'),
        // level 0 is the band (majorityStatus follows from it), level 1 majorityStatus alone
        ageBroad: levels.ageBroad === 0 ? age : null,
        majorityStatus: levels.ageBroad === 0 ? majorityStatus(v) : levels.ageBroad === 1 ? age : null,
        citizenship: value('citizenship'),
        CountryOfExploitation: value('CountryOfExploitation'),
        ...exploitation(v),
        ...recruitment(v),
      }
    })
    .sort((a, b) => a.victimId.localeCompare(b.victimId))
  return {
    standard: HTCDS_STANDARD,
    year: o.year,
    k: o.k,
    quasiIdentifiers: ['yearOfRegistration', ...QUASI_IDENTIFIERS.map((q) => q.field)],
    generalisation: QUASI_IDENTIFIERS.map((q) => ({
      field: q.field,
      level: levels[q.field]!,
      maxLevel: q.levels.length - 1,
      description: q.descriptions[levels[q.field]!]!,
    })),
    eligible: victims.length,
    released: released.length,
    suppressed: suppressed.length,
    records,
    releasedRefs: released.map((r) => r.record.personRef),
  }
}
