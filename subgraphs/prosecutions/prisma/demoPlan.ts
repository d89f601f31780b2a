// The prosecutions demo data as a plan: every record the Procuracy and the Court hold on the
// demo world's cases, derived deterministically (own seed) from kit's demoWorld. Records carry
// the digest of the mutation input that would have written them, so replays stay idempotent
// (unkeyed SHA-256: the seed has no field key; kit digestMatches accepts that legacy form).
import { demoId, demoWorld, inputDigest, Random, type DemoCase } from '@lienthong/kit'
import { adminUnits } from '@lienthong/schema'
import type { Prisma } from '../src/db.ts'
import type { CourtFileStatus, ProcuracyStatus } from '../src/domain/statuses.ts'

export const PROSECUTIONS_SEED = 150_151
/** No demo event is dated after this day (events past it have not happened yet). */
export const DEMO_CUTOFF = new Date(Date.UTC(2026, 9, 31, 17))
const DAY = 86_400_000

export interface DemoPlan {
  files: Prisma.ProcuracyFileCreateManyInput[]
  procuracyChanges: Prisma.ProcuracyStatusChangeCreateManyInput[]
  defendants: Prisma.DefendantCreateManyInput[]
  indictments: Prisma.IndictmentCreateManyInput[]
  charges: Prisma.ChargeCreateManyInput[]
  courtFiles: Prisma.CourtFileCreateManyInput[]
  courtChanges: Prisma.CourtStatusChangeCreateManyInput[]
  verdicts: Prisma.VerdictCreateManyInput[]
  appeals: Prisma.AppealCreateManyInput[]
}

/** A commune as named on a day: itself while it existed, else the commune it was merged into. */
export function communeOnDay(code: string, at: Date): string {
  const units = adminUnits()
  return units.isValidOn(code, at) ? code : (units.currentCommuneOf(code)?.code ?? code)
}

const after = (d: Date, days: number) => new Date(d.getTime() + days * DAY)

/** What becomes of a file never indicted: its decision, how often, and the reason given (free text, not a label). */
const FATES: readonly (readonly [ProcuracyStatus, number, string])[] = [
  ['RETURNED_FOR_INVESTIGATION', 40, 'Cần điều tra bổ sung chứng cứ / further evidence needed'],
  ['SUSPENDED', 30, 'Bị can bỏ trốn / the accused absconded'],
  ['DROPPED', 30, 'Không đủ căn cứ truy tố / insufficient grounds'],
]

function sentence(r: Random, article: number, clause: number): { sentenceKind: 'IMPRISONMENT' | 'LIFE_IMPRISONMENT'; sentenceMonths: number | null } {
  if (article === 151 && clause === 4 && r.chance(0.3)) return { sentenceKind: 'LIFE_IMPRISONMENT', sentenceMonths: null }
  const years =
    article === 150
      ? [
          [5, 10],
          [8, 15],
          [12, 20],
          [15, 20],
        ][clause - 1]!
      : [
          [7, 12],
          [12, 17],
          [17, 20],
          [18, 20],
        ][clause - 1]!
  return { sentenceKind: 'IMPRISONMENT', sentenceMonths: r.int(years[0]! * 12, years[1]! * 12) }
}

export function demoPlan(networkKey: string): DemoPlan {
  const world = demoWorld(networkKey)
  const r = new Random(PROSECUTIONS_SEED)
  const plan: DemoPlan = {
    files: [],
    procuracyChanges: [],
    defendants: [],
    indictments: [],
    charges: [],
    courtFiles: [],
    courtChanges: [],
    verdicts: [],
    appeals: [],
  }
  const caseOf = new Map<string, DemoCase>(world.cases.map((c) => [c.id, c]))

  for (const f of world.procuracyFiles) {
    const c = caseOf.get(f.caseId)!
    const key = f.externalRef.slice('VKS-'.length)
    const accept = {
      externalRef: f.externalRef,
      caseId: c.id,
      acceptedAt: f.acceptedAt,
      unitCode: communeOnDay(c.unitCode, f.acceptedAt),
      defendants: [...c.suspectRefs].sort(),
    }
    const file = {
      id: f.id,
      externalRef: f.externalRef,
      caseId: c.id,
      acceptedAt: f.acceptedAt,
      unitCode: accept.unitCode,
      status: 'ACCEPTED' as ProcuracyStatus,
      statusSince: f.acceptedAt,
      indictedAt: null as Date | null,
      inputDigest: inputDigest(accept),
      office: 'PROCURACY' as const,
    }
    plan.files.push(file)
    plan.procuracyChanges.push({
      id: demoId(`${f.externalRef}#status`),
      decisionRef: f.externalRef,
      fileId: f.id,
      fromStatus: null,
      toStatus: 'ACCEPTED',
      at: f.acceptedAt,
      inputDigest: file.inputDigest,
    })
    const defendantId = new Map(accept.defendants.map((p) => [p, demoId(`${f.externalRef}/${p}`)]))
    for (const [personRef, id] of defendantId) plan.defendants.push({ id, fileId: f.id, personRef })

    const decide = (decisionRef: string, status: ProcuracyStatus, at: Date, reason: string | null = null) => {
      plan.procuracyChanges.push({
        id: demoId(`${decisionRef}#status`),
        decisionRef,
        fileId: f.id,
        fromStatus: file.status,
        toStatus: status,
        at,
        reason,
        inputDigest: inputDigest({ decisionRef, procuracyFileId: f.id, status, at, reason }),
      })
      file.status = status
      file.statusSince = at
    }
    const indictOnce = (ref: string, at: Date) => {
      const charges = accept.defendants.map((personRef) => ({
        personRef,
        article: c.codeArticle,
        clause: r.weighted([
          [1, 55],
          [2, 30],
          [3, 12],
          [4, 3],
        ]),
      }))
      const id = demoId(ref)
      const digest = inputDigest({ externalRef: ref, procuracyFileId: f.id, indictedAt: at, charges })
      plan.indictments.push({ id, externalRef: ref, fileId: f.id, indictedAt: at, inputDigest: digest })
      for (const ch of charges)
        plan.charges.push({
          id: demoId(`${ref}/${ch.personRef}/${ch.article}`),
          indictmentId: id,
          defendantId: defendantId.get(ch.personRef)!,
          article: ch.article,
          clause: ch.clause,
        })
      plan.procuracyChanges.push({
        id: demoId(`${ref}#status`),
        decisionRef: ref,
        fileId: f.id,
        fromStatus: file.status,
        toStatus: 'INDICTED',
        at,
        inputDigest: digest,
      })
      file.status = 'INDICTED'
      file.statusSince = at
      file.indictedAt = at
      return { id, at, charges }
    }

    if (!f.indictedAt) {
      if (f.acceptedAt > after(DEMO_CUTOFF, -120)) continue
      const [fate, reason] = r.weighted<readonly [ProcuracyStatus, string]>(FATES.map(([status, weight, why]) => [[status, why], weight]))
      decide(`QD-${key}-${fate === 'DROPPED' ? 'DC' : fate === 'SUSPENDED' ? 'TDC' : 'TH'}`, fate, after(f.acceptedAt, r.int(15, 60)), reason)
      continue
    }
    const gap = (f.indictedAt.getTime() - f.acceptedAt.getTime()) / DAY
    if (gap >= 20 && r.chance(0.15)) {
      decide(
        `QD-${key}-TH`,
        'RETURNED_FOR_INVESTIGATION',
        after(f.acceptedAt, Math.floor(gap * 0.3)),
        'Cần điều tra bổ sung chứng cứ / further evidence needed',
      )
      decide(`QD-${key}-TLL`, 'ACCEPTED', after(f.acceptedAt, Math.floor(gap * 0.7)))
    }
    let indictment = indictOnce(`CT-${key}`, f.indictedAt)
    if (!r.chance(0.92)) continue
    // the court: accepted a week to six weeks after the indictment, then tried, returned or suspended
    for (let round = 1; round <= 2; round++) {
      const courtRef = round === 1 ? `TA-${key}` : `TA-${key}-2`
      const acceptedAt = after(indictment.at, r.int(7, 40))
      if (acceptedAt > DEMO_CUTOFF) break
      const court = {
        id: demoId(courtRef),
        externalRef: courtRef,
        indictmentId: indictment.id,
        acceptedAt,
        status: 'ACCEPTED' as CourtFileStatus,
        statusSince: acceptedAt,
        judgmentRef: null as string | null,
        triedAt: null as Date | null,
        trialKind: null as 'REGULAR' | 'MODEL_TRIAL' | 'MOBILE_TRIAL' | null,
        venueUnitCode: null as string | null,
        inputDigest: inputDigest({ externalRef: courtRef, indictmentId: indictment.id, acceptedAt }),
        trialInputDigest: null as string | null,
        office: 'COURT' as const,
      }
      plan.courtFiles.push(court)
      plan.courtChanges.push({
        id: demoId(`${courtRef}#status`),
        decisionRef: courtRef,
        courtFileId: court.id,
        fromStatus: null,
        toStatus: 'ACCEPTED',
        at: acceptedAt,
        inputDigest: court.inputDigest,
      })
      const courtDecide = (decisionRef: string, status: CourtFileStatus, at: Date, reason: string | null = null) => {
        plan.courtChanges.push({
          id: demoId(`${decisionRef}#status`),
          decisionRef,
          courtFileId: court.id,
          fromStatus: court.status,
          toStatus: status,
          at,
          reason,
          inputDigest: inputDigest({ decisionRef, courtFileId: court.id, status, at, reason }),
        })
        court.status = status
        court.statusSince = at
      }
      const roll = r.next()
      if (round === 1 && roll < 0.06) {
        const back = after(acceptedAt, r.int(20, 60))
        if (back > DEMO_CUTOFF) break
        courtDecide(`QD-${courtRef}-TH`, 'RETURNED_TO_PROCURACY', back, 'Trả hồ sơ để điều tra bổ sung / returned for further investigation')
        const retaken = after(back, r.int(5, 15))
        const reindicted = after(retaken, r.int(20, 50))
        if (reindicted > DEMO_CUTOFF) break
        decide(`QD-${key}-TLL2`, 'ACCEPTED', retaken)
        indictment = indictOnce(`CT-${key}-2`, reindicted)
        continue
      }
      let trialFrom = acceptedAt
      if (roll > 0.955) {
        const suspended = after(acceptedAt, r.int(30, 90))
        if (suspended > DEMO_CUTOFF) break
        courtDecide(`QD-${courtRef}-TDC`, 'SUSPENDED', suspended, 'Bị cáo bỏ trốn, đã truy nã / the defendant absconded')
        const resumed = after(suspended, r.int(60, 200))
        if (r.chance(0.5) || resumed > DEMO_CUTOFF) break
        courtDecide(`QD-${courtRef}-PH`, 'ACCEPTED', resumed, 'Đã bắt được bị cáo / the defendant was arrested')
        trialFrom = resumed
      }
      const triedAt = after(trialFrom, r.int(30, 150))
      if (triedAt > DEMO_CUTOFF) break
      recordTrialPlan(r, plan, court, `BA-${key}${round === 2 ? '-2' : ''}`, triedAt, indictment.charges, defendantId, c, courtDecide)
      break
    }
  }
  return plan
}

type CourtRow = DemoPlan['courtFiles'][number] & { status: CourtFileStatus; id: string }

function recordTrialPlan(
  r: Random,
  plan: DemoPlan,
  court: CourtRow & Record<string, unknown>,
  judgmentRef: string,
  triedAt: Date,
  charges: { personRef: string; article: number; clause: number }[],
  defendantId: Map<string, string>,
  c: DemoCase,
  courtDecide: (ref: string, status: CourtFileStatus, at: Date) => void,
): void {
  const kind = r.weighted<'REGULAR' | 'MODEL_TRIAL' | 'MOBILE_TRIAL'>([
    ['REGULAR', 75],
    ['MODEL_TRIAL', 15],
    ['MOBILE_TRIAL', 10],
  ])
  const venueUnitCode = kind === 'MOBILE_TRIAL' ? communeOnDay(c.unitCode, triedAt) : null
  const verdicts = charges.map((ch) => {
    if (r.chance(0.05)) return { personRef: ch.personRef, outcome: 'ACQUITTED' as const, article: null, clause: null, sentenceKind: null, sentenceMonths: null }
    const clause = r.chance(0.8) ? ch.clause : Math.max(1, ch.clause - 1)
    return { personRef: ch.personRef, outcome: 'CONVICTED' as const, article: ch.article, clause, ...sentence(r, ch.article, clause) }
  })
  const digest = inputDigest({ judgmentRef, courtFileId: court.id, triedAt, kind, venueUnitCode, verdicts })
  courtDecide(judgmentRef, 'TRIED_FIRST_INSTANCE', triedAt)
  plan.courtChanges.at(-1)!.inputDigest = digest
  Object.assign(court, { judgmentRef, triedAt, trialKind: kind, venueUnitCode, trialInputDigest: digest })
  verdicts.forEach((v, i) => {
    const id = demoId(`${judgmentRef}/${v.personRef}`)
    plan.verdicts.push({
      id,
      courtFileId: court.id,
      defendantId: defendantId.get(v.personRef)!,
      outcome: v.outcome,
      article: v.article,
      clause: v.clause,
      sentenceKind: v.sentenceKind,
      sentenceMonths: v.sentenceMonths,
      decidedAt: triedAt,
    })
    const party = v.outcome === 'CONVICTED' && r.chance(0.3) ? ('DEFENDANT' as const) : r.chance(0.04) ? ('PROCURACY' as const) : null
    if (!party) return
    const externalRef = `PT-${judgmentRef.slice(3)}-${i + 1}`
    const filedAt = after(triedAt, r.int(3, 15))
    if (filedAt > DEMO_CUTOFF) return
    const appeal = {
      id: demoId(externalRef),
      externalRef,
      verdictId: id,
      filedAt,
      party,
      status: 'PENDING' as const,
      inputDigest: inputDigest({ externalRef, verdictId: id, filedAt, party }),
      decisionRef: null as string | null,
      decidedAt: null as Date | null,
      amendedSentenceMonths: null as number | null,
      decisionInputDigest: null as string | null,
    }
    const decidedAt = after(filedAt, r.int(60, 150))
    const status = r.weighted<'UPHELD' | 'AMENDED' | 'QUASHED' | 'WITHDRAWN'>([
      ['UPHELD', 60],
      ['AMENDED', 25],
      ['WITHDRAWN', 10],
      ['QUASHED', 5],
    ])
    const amendable = status !== 'AMENDED' || (v.sentenceMonths != null && v.sentenceMonths > 42)
    if (decidedAt <= DEMO_CUTOFF && amendable) {
      const decisionRef = `BAPT-${externalRef.slice(3)}`
      const amendedSentenceMonths = status === 'AMENDED' ? v.sentenceMonths! - r.int(6, 24) : null
      Object.assign(appeal, {
        status,
        decisionRef,
        decidedAt,
        amendedSentenceMonths,
        decisionInputDigest: inputDigest({ decisionRef, appealId: appeal.id, decidedAt, status, amendedSentenceMonths }),
      })
    }
    plan.appeals.push(appeal)
  })
}
