// The prosecutions demo data as a plan: every record the Procuracy and the Court hold on the
// demo world's cases, derived deterministically (own seed) from kit's demoWorld. Records carry
// the digest of the mutation input that would have written them, so replays stay idempotent
// (unkeyed SHA-256: the seed has no field key; kit digestMatches accepts that legacy form).
import { demoId, demoWorld, inputDigest, Random, type DemoCase } from '@lienthong/kit'
import type { CourtFileStatus, ProcuracyStatus } from '../src/domain/statuses.ts'
import { communeOnDay, decisionsOn, DEMO_CUTOFF, recordTrialPlan, statusChange, type DemoPlan } from './demoDecisions.ts'

export const PROSECUTIONS_SEED = 150_151
const DAY = 86_400_000
const after = (d: Date, days: number) => new Date(d.getTime() + days * DAY)

/** What becomes of a file never indicted: its decision, how often, and the reason given (free text, not a label). */
const FATES: readonly (readonly [ProcuracyStatus, number, string])[] = [
  ['RETURNED_FOR_INVESTIGATION', 40, 'Cần điều tra bổ sung chứng cứ / further evidence needed'],
  ['SUSPENDED', 30, 'Bị can bỏ trốn / the accused absconded'],
  ['DROPPED', 30, 'Không đủ căn cứ truy tố / insufficient grounds'],
]

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
    const onFile = (change: ReturnType<typeof statusChange<ProcuracyStatus>>) => plan.procuracyChanges.push({ ...change, fileId: f.id })
    onFile(statusChange<ProcuracyStatus>(f.externalRef, null, 'ACCEPTED', f.acceptedAt, file.inputDigest))
    const defendantId = new Map(accept.defendants.map((p) => [p, demoId(`${f.externalRef}/${p}`)]))
    for (const [personRef, id] of defendantId) plan.defendants.push({ id, fileId: f.id, personRef })

    const decide = decisionsOn(file, 'procuracyFileId', onFile)
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
      onFile(statusChange(ref, file.status, 'INDICTED', at, digest))
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
      const onCourtFile = (change: ReturnType<typeof statusChange<CourtFileStatus>>) => plan.courtChanges.push({ ...change, courtFileId: court.id })
      onCourtFile(statusChange<CourtFileStatus>(courtRef, null, 'ACCEPTED', acceptedAt, court.inputDigest))
      const courtDecide = decisionsOn(court, 'courtFileId', onCourtFile)
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
