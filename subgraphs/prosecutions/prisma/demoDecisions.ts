// The records of the prosecutions demo plan (demoPlan.ts) and the decisions it writes: the status
// changes of the demo files (procuracy and court alike), the first-instance trial of a court file
// with its verdicts and sentences, and the appeals against them (same random sequence as the plan).
import { demoId, inputDigest, type DemoCase, type Random } from '@lienthong/kit'
import { adminUnits } from '@lienthong/schema'
import type { Prisma } from '../src/db.ts'
import type { CourtFileStatus } from '../src/domain/statuses.ts'

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

/** The status-change row of a decision on a demo file (its id derived from the decision's reference). */
export function statusChange<S extends string>(decisionRef: string, fromStatus: S | null, toStatus: S, at: Date, digest: string, reason?: string | null) {
  return { id: demoId(`${decisionRef}#status`), decisionRef, fromStatus, toStatus, at, ...(reason === undefined ? {} : { reason }), inputDigest: digest }
}

/**
 * The decisions on a file: each records its status change (with the digest of the decision's
 * input, which names the file as `fileKey`) and moves the file's status on.
 */
export function decisionsOn<S extends string>(
  file: { id: string; status: S; statusSince: Date },
  fileKey: 'procuracyFileId' | 'courtFileId',
  record: (change: ReturnType<typeof statusChange<S>>) => void,
) {
  return (decisionRef: string, status: S, at: Date, reason: string | null = null) => {
    record(statusChange(decisionRef, file.status, status, at, inputDigest({ decisionRef, [fileKey]: file.id, status, at, reason }), reason))
    file.status = status
    file.statusSince = at
  }
}

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

type CourtRow = DemoPlan['courtFiles'][number] & { status: CourtFileStatus; id: string }

export function recordTrialPlan(
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
