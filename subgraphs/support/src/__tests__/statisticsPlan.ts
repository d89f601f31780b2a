// Social Affairs records built for the statistics tests (NOT the demo seed), written through the
// subgraph's own mutations; statisticsFixture.ts recounts every figure from them. Dates straddle
// quarter, half-year, year and 2025-reform boundaries (1 July 2025, communes merged); persons are
// received more than once.
import { Random } from '@lienthong/kit'
import { BOUNDARY_INSTANTS, DAY_MS, FOLLOW_UP_DAYS, LATEST_WRITE, REFORM_AT, mutate, mutationText, type DataExec } from '@lienthong/kit/testing'

/** The Vietnam calendar day of an instant (UTC+7, no daylight saving). */
const vnDay = (t: Date) => new Date(t.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)

/** Communes valid before and after the reform (99201 and 99202 merged into 99803; 99401 into 99807). */
export const COMMUNES = { pre: ['99201', '99202', '99203', '99401'], post: ['99803', '99804', '99807'] }

export const FACILITIES = ['SOCIAL_PROTECTION_CENTRE', 'VICTIM_SUPPORT_FACILITY', 'OTHER'] as const
export const ARRIVALS = ['SELF_REFERRED', 'RETURNED_FROM_ABROAD', 'HOTLINE', 'POLICE', 'BORDER_GUARD', 'COMMUNITY', 'OTHER'] as const
export const SCREENING = ['PRESUMED_VICTIM', 'NOT_VICTIM', 'UNCLEAR', 'NOT_SCREENED'] as const
export const SERVICE_TYPES = [
  'ESSENTIAL_INITIAL_SUPPORT',
  'SHELTER',
  'MEDICAL_CARE',
  'PSYCHOLOGICAL_SUPPORT',
  'LEGAL_AID',
  'EDUCATION',
  'VOCATIONAL_TRAINING',
  'LOAN',
  'EMPLOYMENT_SUPPORT',
  'COMMUNITY_REINTEGRATION',
] as const
export const REFERRAL_STATUSES = ['IN_PROGRESS', 'ACCEPTED', 'REJECTED', 'DONE', 'REVOKED'] as const
export const OUTCOMES = ['REINTEGRATED', 'IN_PROGRESS', 'AT_RISK', 'RETRAFFICKED', 'LOST_CONTACT'] as const
const PATHS = [[], ['ACCEPTED'], ['REJECTED'], ['REVOKED'], ['ACCEPTED', 'DONE'], ['ACCEPTED', 'REVOKED']] as const

export interface CasePlan {
  externalRef: string
  personRef: string
  receivedAt: Date
  unitCode: string
  facility: string
  arrival: string
  consent: 'GIVEN' | 'REFUSED' | 'NOT_ASKED'
  screening: { result: string; at: Date } | null
  services: { externalRef: string; type: string; startedOn: string; endedOn: string | null }[]
  referrals: { externalRef: string; referredAt: Date; steps: { status: string; at: Date }[] }[]
  followUps: { externalRef: string; at: Date; outcome: string }[]
}
interface ContactPlan {
  externalRef: string
  receivedAt: Date
  unitCode: string
  trafficking: boolean
  forwardedAt: Date | null
  reportId: string
}
export interface Plan {
  cases: CasePlan[]
  contacts: ContactPlan[]
}

const later = (r: Random, t: Date) => new Date(t.getTime() + r.pick(FOLLOW_UP_DAYS) * DAY_MS)
const inPast = (t: Date) => t.getTime() <= LATEST_WRITE

/** `n` support cases (persons drawn from a pool of n/2, so some are received twice) and `n` hotline contacts. */
export function buildPlan(prefix: string, n: number, seed: number): Plan {
  const r = new Random(seed)
  const hex = prefix.toLowerCase().replace(/[^0-9a-f]/g, 'a')
  const pool = Array.from({ length: Math.max(2, Math.floor(n / 2)) }, (_, k) => `${hex}${String(k).padStart(3, '0')}`.padEnd(64, 'c'))
  const cases: CasePlan[] = []
  for (let k = 0; k < n; k++) {
    const receivedAt = r.pick(BOUNDARY_INSTANTS)
    const unitCode = r.pick(receivedAt < REFORM_AT ? COMMUNES.pre : COMMUNES.post)
    const screenedAt = later(r, receivedAt)
    const screening = r.chance(0.8) ? { result: r.pick(SCREENING.slice(0, 3)), at: screenedAt } : null
    const c: CasePlan = {
      externalRef: `${prefix}-SC-${k}`,
      personRef: r.pick(pool),
      receivedAt,
      unitCode,
      facility: r.pick(FACILITIES),
      arrival: r.pick(ARRIVALS),
      consent: r.pick(['GIVEN', 'REFUSED', 'NOT_ASKED'] as const),
      screening,
      services: [],
      referrals: [],
      followUps: [],
    }
    for (let j = r.int(0, 3); j > 0; j--) {
      const start = later(r, receivedAt)
      const end = r.chance(0.5) ? later(r, new Date(start.getTime() + DAY_MS)) : null
      if (!inPast(start)) continue
      const type = r.chance(0.35) ? 'SHELTER' : r.pick(SERVICE_TYPES)
      c.services.push({ externalRef: `${c.externalRef}-DV${j}`, type, startedOn: vnDay(start), endedOn: end && inPast(end) ? vnDay(end) : null })
    }
    for (let j = r.int(0, 2); j > 0; j--) {
      const referredAt = later(r, receivedAt)
      if (!inPast(referredAt)) continue
      const steps: { status: string; at: Date }[] = []
      let t = referredAt
      for (const status of r.pick(PATHS)) {
        t = later(r, t)
        if (!inPast(t)) break
        steps.push({ status, at: t })
      }
      c.referrals.push({ externalRef: `${c.externalRef}-CT${j}`, referredAt, steps })
    }
    let t = receivedAt
    for (let j = 0, m = r.int(0, 3); j < m; j++) {
      t = later(r, t)
      if (!inPast(t)) break
      c.followUps.push({ externalRef: `${c.externalRef}-TD${j}`, at: t, outcome: r.pick(OUTCOMES) })
    }
    cases.push(c)
  }
  const contacts: ContactPlan[] = []
  for (let k = 0; k < n; k++) {
    const receivedAt = r.pick(BOUNDARY_INSTANTS)
    const trafficking = r.chance(0.6)
    const forwardedAt = trafficking && r.chance(0.6) ? later(r, receivedAt) : null
    contacts.push({
      externalRef: `${prefix}-DD-${k}`,
      receivedAt,
      unitCode: r.pick(receivedAt < REFORM_AT ? COMMUNES.pre : COMMUNES.post),
      trafficking,
      forwardedAt: forwardedAt && inPast(forwardedAt) ? forwardedAt : null,
      reportId: `${prefix}-NT-${k}`,
    })
  }
  return { cases, contacts }
}

const centre = { name: 'Trung tâm Công tác xã hội tỉnh Hải Biên', type: 'SOCIAL_PROTECTION_CENTRE' }
const other = { name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Hải Biên', type: 'LEGAL_AID_CENTRE' }
/** A referral of the case to legal aid, made at `referredAt`. */
const legalAidReferral = (externalRef: string, supportCaseId: string, sharesPersonData: boolean, referredAt: Date) => ({
  externalRef,
  supportCaseId,
  from: centre,
  to: other,
  reason: 'LEGAL_PROCEEDINGS',
  forService: 'LEGAL_AID',
  sharesPersonData,
  referredAt: referredAt.toISOString(),
})

/** Writes the plan through the mutations (a referral sharing data is tried on every case whose consent is REFUSED: refused, nothing written). */
export async function applyPlan(exec: DataExec, plan: Plan, refused: (query: string, variables: Record<string, unknown>) => Promise<string | undefined>) {
  const write = (name: string, input: Record<string, unknown>) => mutate(exec, name, input)
  for (const c of plan.cases) {
    const { externalRef, personRef, facility, unitCode, arrival, consent: consentToShare, screening } = c
    const screened = screening ? { screening: { result: screening.result, screenedAt: screening.at.toISOString() } } : {}
    const received = { externalRef, personRef, receivedAt: c.receivedAt.toISOString(), facility, unitCode, arrival, consentToShare }
    const { id } = await write('receiveSupportCase', { ...received, ...screened })
    for (const s of c.services)
      await write('recordSupportService', {
        externalRef: s.externalRef,
        supportCaseId: id,
        type: s.type,
        provider: centre,
        startedOn: s.startedOn,
        endedOn: s.endedOn,
      })
    for (const f of c.referrals) {
      const { id: referralId } = await write('referSupportCase', legalAidReferral(f.externalRef, id, false, f.referredAt))
      for (const st of f.steps) await write('changeSupportReferralStatus', { referralId, status: st.status, at: st.at.toISOString() })
    }
    if (c.consent === 'REFUSED') {
      const code = await refused(mutationText('referSupportCase'), { input: legalAidReferral(`${c.externalRef}-CT-X`, id, true, c.receivedAt) })
      if (code !== 'CONSENT_REQUIRED') throw new Error(`a data-sharing referral without consent answered ${code}`)
    }
    for (const f of c.followUps)
      await write('recordReintegrationFollowUp', { externalRef: f.externalRef, supportCaseId: id, followedUpAt: f.at.toISOString(), outcome: f.outcome })
  }
  for (const h of plan.contacts) {
    const { id } = await write('recordHotlineContact', {
      externalRef: h.externalRef,
      receivedAt: h.receivedAt.toISOString(),
      unitCode: h.unitCode,
      channel: 'PHONE',
      concernsTrafficking: h.trafficking,
    })
    if (h.forwardedAt) await write('forwardHotlineContact', { contactId: id, reportId: h.reportId, forwardedAt: h.forwardedAt.toISOString(), version: 1 })
  }
}
