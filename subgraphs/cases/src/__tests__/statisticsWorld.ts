// A statistics test world built in the test: deterministic records around period boundaries
// (Vietnam midnight), in pre-reform communes before 1 July 2025 and post-reform ones after,
// written straight through Prisma. The recount (statisticsRecount.ts) reads only these inputs.
import { createHash } from 'node:crypto'
import { Random } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { caseHistoryOf, reportHistoryOf } from '../domain/statusHistory.ts'

export const H = 3600_000
/** An instant given in Vietnam time (UTC+07:00). */
export const vn = (y: number, m: number, d: number, h = 12, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min) - 7 * H)
export const refOf = (tag: string) => createHash('sha256').update(`stat-test:${tag}`).digest('hex')

/** Communes used, and which were in force when (the reform is on 2025-07-01, Vietnam time). */
export const PRE_REFORM = ['99101', '99102', '99201', '99404'] as const
export const POST_REFORM = ['99801', '99803', '99808'] as const
export const REFORM = vn(2025, 7, 1, 0)

export interface TPerson {
  personRef: string
  sex: 'MALE' | 'FEMALE' | 'UNKNOWN'
  birthYear: number | null
  citizenship: 'VIETNAMESE' | 'FOREIGN' | 'STATELESS' | 'UNDETERMINED'
  citizenshipCountry: string | null
}
export interface TReport {
  id: string
  externalRef: string
  kind: string
  channel: string
  receivedAt: Date
  receivedByUnitCode: string
  unitCode: string
  traffickingRelated: boolean | null
  classifiedAt: Date | null
  status: string
  resolvedAt: Date | null
}
export interface TCase {
  id: string
  externalRef: string
  openedAt: Date
  codeArticle: number
  unitCode: string
  routeKind: 'DOMESTIC' | 'CROSS_BORDER'
  destinationCountry: string | null
  organisedRing: boolean
  onlineRecruitment: boolean
  peakCampaignId: string | null
  status: string
  solvedAt: Date | null
  closedAt: Date | null
  forms: string[]
}
export interface TSuspect {
  id: string
  externalRef: string
  caseId: string
  personRef: string
  role: string
  arrestStatus: string
  wanted: boolean
}
export interface TVictim {
  personRef: string
  externalRef: string
  status: string
  identifiedAt: Date | null
  recordedAt: Date
  consentToCount: string
  rescueOperationId: string | null
  forms: string[]
  caseIds: string[]
}
export interface TRescue {
  id: string
  externalRef: string
  startedAt: Date
  unitCode: string
  caseId: string | null
}
export interface TWorld {
  persons: TPerson[]
  reports: TReport[]
  cases: TCase[]
  suspects: TSuspect[]
  victims: TVictim[]
  rescues: TRescue[]
  campaignId: string
  supportRefs: string[]
  borderRefs: string[]
  indictedRefs: string[]
  convictedRefs: string[]
}

const FORMS = ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'ORGAN_REMOVAL', 'COMMERCIAL_SURROGACY', 'FORCED_MARRIAGE', 'CHILD_ADOPTION', 'OTHER', 'UNKNOWN']
const COUNTRIES = ['CN', 'KH', 'LA']
/** Instants cluster around period boundaries: the last and first hours of months, in Vietnam time. */
const BOUNDARY_DAYS: [number, number, number, number][] = [
  [2024, 6, 30, 23],
  [2024, 7, 1, 0],
  [2024, 9, 30, 23],
  [2024, 10, 1, 0],
  [2024, 12, 31, 23],
  [2025, 1, 1, 0],
  [2025, 6, 30, 23],
  [2025, 7, 1, 0],
]

/** `scale` multiplies every volume (the statement-count test compares 1 and many). */
export function buildWorld(seed: number, scale = 1, tag = 'w'): TWorld {
  const r = new Random(seed)
  const instant = (): Date => {
    if (r.chance(0.3)) {
      const [y, m, d, h] = r.pick(BOUNDARY_DAYS)
      return vn(y, m, d, h, r.int(0, 59))
    }
    return new Date(vn(2023, 11, 1).getTime() + r.int(0, 790) * 24 * H + r.int(0, 23) * H)
  }
  const unitOn = (at: Date) => r.pick(at < REFORM ? PRE_REFORM : POST_REFORM)
  const later = (at: Date, maxDays: number) => new Date(at.getTime() + r.int(1, maxDays * 24) * H)
  const persons: TPerson[] = Array.from({ length: 30 * scale }, (_, i) => {
    const citizenship = r.pick(['VIETNAMESE', 'VIETNAMESE', 'FOREIGN', 'STATELESS', 'UNDETERMINED'] as const)
    return {
      personRef: refOf(`${tag}-p${i}`),
      sex: r.pick(['MALE', 'FEMALE', 'FEMALE', 'UNKNOWN'] as const),
      birthYear: r.chance(0.15) ? null : r.int(1960, 2015),
      citizenship,
      citizenshipCountry: citizenship === 'FOREIGN' ? 'CN' : null,
    }
  })
  const campaignId = `${tag}-campaign`
  const cases: TCase[] = Array.from({ length: 24 * scale }, (_, i) => {
    const openedAt = instant()
    const routeKind = r.chance(0.6) ? 'CROSS_BORDER' : 'DOMESTIC'
    const solvedAt = r.chance(0.6) ? later(openedAt, 120) : null
    const closedAt = r.chance(0.25) ? later(solvedAt ?? openedAt, 150) : null
    const inCampaign = openedAt >= vn(2024, 7, 1, 0) && openedAt < vn(2024, 10, 1, 0) && r.chance(0.7)
    const forms = [...new Set([r.pick(FORMS), ...(r.chance(0.4) ? [r.pick(FORMS)] : [])])]
    return {
      id: `${tag}-case-${i}`,
      externalRef: `${tag}-CA-${i}`,
      openedAt,
      codeArticle: r.chance(0.7) ? 150 : 151,
      unitCode: unitOn(openedAt),
      routeKind,
      destinationCountry: routeKind === 'CROSS_BORDER' ? r.pick(COUNTRIES) : null,
      organisedRing: r.chance(0.3),
      onlineRecruitment: r.chance(0.4),
      peakCampaignId: inCampaign ? campaignId : null,
      status: closedAt ? 'CLOSED' : solvedAt ? 'SOLVED' : 'INVESTIGATING',
      solvedAt,
      closedAt,
      forms,
    }
  })
  const reports: TReport[] = Array.from({ length: 60 * scale }, (_, i) => {
    const receivedAt = instant()
    const classified = r.chance(0.8)
    const classifiedAt = classified ? later(receivedAt, 40) : null
    const traffickingRelated = classified ? r.chance(0.7) : null
    let status = 'RECEIVED'
    let resolvedAt: Date | null = null
    if (classified && r.chance(0.7)) {
      status = r.pick(traffickingRelated ? ['CASE_OPENED', 'NO_CASE_OPENED', 'TRANSFERRED', 'SUSPENDED'] : ['NO_CASE_OPENED', 'TRANSFERRED'])
      resolvedAt = later(classifiedAt!, 60)
    } else if (classified) status = 'VERIFYING'
    else if (r.chance(0.4)) {
      status = 'TRANSFERRED'
      resolvedAt = later(receivedAt, 20)
    }
    return {
      id: `${tag}-rep-${i}`,
      externalRef: `${tag}-TB-${i}`,
      kind: r.pick(['DENUNCIATION', 'CRIME_REPORT', 'PROSECUTION_RECOMMENDATION']),
      channel: r.pick(['IN_PERSON', 'POLICE_HOTLINE', 'ONLINE', 'HOTLINE_TRANSFER', 'AGENCY_TRANSFER', 'PROVINCE_TRANSFER']),
      receivedAt,
      receivedByUnitCode: '99',
      unitCode: unitOn(receivedAt),
      traffickingRelated,
      classifiedAt,
      status,
      resolvedAt,
    }
  })
  const suspects: TSuspect[] = []
  for (const c of cases) {
    const chosen = new Set(Array.from({ length: r.int(0, 3) }, () => r.pick(persons.slice(0, 15 * scale)).personRef))
    for (const personRef of chosen) {
      const arrestStatus = r.pick(['AT_LARGE', 'ARRESTED', 'DETAINED', 'SURRENDERED', 'RELEASED'])
      suspects.push({
        id: `${c.id}-s-${suspects.length}`,
        externalRef: `${c.externalRef}-DT-${suspects.length}`,
        caseId: c.id,
        personRef,
        role: 'RECRUITER',
        arrestStatus,
        wanted: arrestStatus === 'AT_LARGE' && r.chance(0.5),
      })
    }
  }
  const rescues: TRescue[] = Array.from({ length: 8 * scale }, (_, i) => {
    const startedAt = instant()
    return { id: `${tag}-gc-${i}`, externalRef: `${tag}-GC-${i}`, startedAt, unitCode: unitOn(startedAt), caseId: r.chance(0.5) ? r.pick(cases).id : null }
  })
  // victims: persons 10.. (some of them also suspects); consent refusals and withdrawals included
  const victims: TVictim[] = persons.slice(10 * scale).map((p, i) => {
    const recordedAt = instant()
    const status = r.pick(['IDENTIFIED', 'IDENTIFIED', 'IDENTIFIED', 'PRESUMED', 'NOT_A_VICTIM'])
    const caseIds = [...new Set(Array.from({ length: r.int(0, 2) }, () => r.pick(cases).id))]
    return {
      personRef: p.personRef,
      externalRef: `${tag}-NN-${i}`,
      status,
      identifiedAt: status === 'PRESUMED' ? null : later(recordedAt, 30),
      recordedAt,
      consentToCount: r.pick(['GIVEN', 'GIVEN', 'GIVEN', 'NOT_ASKED', 'REFUSED', 'WITHDRAWN']),
      rescueOperationId: r.chance(0.4) ? r.pick(rescues).id : null,
      forms: [...new Set(Array.from({ length: r.int(0, 2) }, () => r.pick(FORMS)))],
      caseIds,
    }
  })
  // other agencies: some police victims, some persons unknown to the police, overlaps between them
  const unknown = Array.from({ length: 6 * scale }, (_, i) => refOf(`${tag}-unknown-${i}`))
  const someOf = (xs: readonly string[], p: number) => xs.filter(() => r.chance(p))
  const victimRefs = victims.map((v) => v.personRef)
  const supportRefs = [...someOf(victimRefs, 0.4), ...someOf(unknown, 0.6)]
  const borderRefs = [...someOf(victimRefs, 0.3), ...someOf(unknown, 0.6), ...someOf(supportRefs, 0.3)]
  const suspectRefs = [...new Set(suspects.map((s) => s.personRef))]
  const indictedRefs = [...someOf(suspectRefs, 0.6), refOf(`${tag}-not-police`)]
  const convictedRefs = someOf(indictedRefs, 0.6)
  return { persons, reports, cases, suspects, victims, rescues, campaignId, supportRefs, borderRefs, indictedRefs, convictedRefs }
}

export async function writeWorld(db: Db, w: TWorld): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.person.createMany({ data: w.persons })
      await tx.peakCampaign.create({
        data: { id: w.campaignId, externalRef: w.campaignId, name: 'Cao điểm kiểm thử', startsOn: '2024-07-01', endsOn: '2024-09-30' },
      })
      await tx.criminalCase.createMany({ data: w.cases.map(({ forms: _, ...c }) => c) as never })
      await tx.caseExploitationForm.createMany({ data: w.cases.flatMap((c) => c.forms.map((form) => ({ caseId: c.id, form }))) as never })
      await tx.incomingReport.createMany({ data: w.reports as never })
      // the history of records written without one, as the migration backfills it
      await tx.statusChange.createMany({
        data: [
          ...w.cases.flatMap((c) => caseHistoryOf({ ...c, suspendedAt: null, transferredAt: null } as never)),
          ...w.reports.flatMap((r) => reportHistoryOf(r as never)),
        ],
      })
      await tx.suspect.createMany({ data: w.suspects as never })
      await tx.rescueOperation.createMany({ data: w.rescues.map((x) => ({ ...x, name: 'Giải cứu kiểm thử' })) })
      await tx.victim.createMany({
        data: w.victims.map(({ forms: _f, caseIds: _c, ...v }) => ({ ...v, recruitmentMethod: 'UNKNOWN', consentToShare: 'NOT_ASKED' })) as never,
      })
      await tx.victimExploitationForm.createMany({ data: w.victims.flatMap((v) => v.forms.map((form) => ({ personRef: v.personRef, form }))) as never })
      await tx.caseVictim.createMany({ data: w.victims.flatMap((v) => v.caseIds.map((caseId) => ({ caseId, personRef: v.personRef }))) })
    },
    { timeout: 60_000 },
  )
}
