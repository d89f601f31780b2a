// A deterministic world of procuracy and court files for the statistics tests, written through
// the subgraph's own mutations (in process or through the gateway). Each file is a list of steps
// in time order; the recount (statisticsRecount.ts) reads the same steps, never the database.
// Files cross month, quarter and year boundaries (Vietnam midnight) and the 2025 reform: before
// 1 July 2025 they sit in pre-reform communes, after it in the merged ones.
import { Random } from '@lienthong/kit'
import { REFORM, ref, vn, type TFile, type TStep, type TVerdict } from './statisticsSteps.ts'

export * from './statisticsSteps.ts'
export { edgeFiles } from './statisticsEdgeFiles.ts'
export { caseIdOf, writeFiles } from './statisticsWrites.ts'

const PRE = ['99101', '99102', '99103', '99404', '99501', '99201']
const POST = ['99801', '99802', '99807', '99808', '99803']
const LAST = vn(2026, 10, 1, 0)
const DAY = 86_400_000

/** `count` random files (tag prefix `prefix`) with persons drawn from a pool shared across files. */
export function buildFiles(prefix: string, count: number, seed: number): TFile[] {
  const r = new Random(seed)
  const later = (t: Date, lo: number, hi: number) => new Date(t.getTime() + r.int(lo, hi) * DAY + r.int(0, 23) * 3_600_000)
  const files: TFile[] = []
  for (let i = 0; i < count; i++) {
    const acceptedAt = new Date(vn(2023, 9, 1, 0).getTime() + r.int(0, 850) * DAY + r.int(0, 23) * 3_600_000 + r.int(0, 59) * 60_000)
    const unitCode = acceptedAt < REFORM ? r.pick(PRE) : r.pick(POST)
    const defendants = [...new Set(Array.from({ length: r.int(1, 3) }, () => ref(r.int(1, 24))))]
    const articleOf = new Map(defendants.map((d) => [d, r.next() < 0.7 ? 150 : 151]))
    const steps: TStep[] = [{ k: 'accept', at: acceptedAt }]
    let t = acceptedAt
    for (let round = 0; round < 3; round++) {
      const x = r.next()
      t = later(t, 5, 70)
      if (t > LAST) break
      if (x < 0.12) {
        steps.push({ k: 'decide', to: 'RETURNED_FOR_INVESTIGATION', at: t })
        if (r.next() < 0.6) {
          t = later(t, 10, 80)
          if (t > LAST) break
          steps.push({ k: 'decide', to: 'ACCEPTED', at: t })
          continue
        }
        break
      }
      if (x < 0.19) {
        steps.push({ k: 'decide', to: 'SUSPENDED', at: t })
        if (r.next() < 0.4) {
          t = later(t, 10, 80)
          if (t > LAST) break
          steps.push({ k: 'decide', to: r.next() < 0.7 ? 'ACCEPTED' : 'DROPPED', at: t })
          continue
        }
        break
      }
      if (x < 0.25) {
        steps.push({ k: 'decide', to: 'DROPPED', at: t })
        break
      }
      if (x < 0.32) break // still pending at the procuracy
      const charges = defendants.map((personRef) => ({ personRef, article: articleOf.get(personRef)!, clause: r.int(1, 3) }))
      steps.push({ k: 'indict', at: t, charges })
      if (r.next() < 0.12) break // not yet at the court
      t = later(t, 7, 42)
      if (t > LAST) break
      steps.push({ k: 'courtAccept', at: t })
      const y = r.next()
      t = later(t, 20, 150)
      if (t > LAST || y < 0.1) break // pending at the court
      if (y < 0.2) {
        steps.push({ k: 'courtDecide', to: 'RETURNED_TO_PROCURACY', at: t })
        t = later(t, 1, 20)
        if (t > LAST) break
        steps.push({ k: 'decide', to: 'ACCEPTED', at: t })
        continue
      }
      if (y < 0.26) {
        steps.push({ k: 'courtDecide', to: 'SUSPENDED', at: t })
        t = later(t, 10, 60)
        if (r.next() < 0.5 || t > LAST) break
        steps.push({ k: 'courtDecide', to: 'ACCEPTED', at: t })
        t = later(t, 10, 60)
        if (t > LAST) break
      }
      if (y < 0.26 && r.next() < 0.3) break // resumed, still pending at the court
      const kind = r.pick(['REGULAR', 'REGULAR', 'MODEL_TRIAL', 'MOBILE_TRIAL'] as const)
      const verdicts: TVerdict[] = charges.map((c) => {
        if (r.next() < 0.12) return { personRef: c.personRef, outcome: 'ACQUITTED' }
        const s = r.next()
        const sentence =
          s < 0.1
            ? { sentenceKind: 'NON_CUSTODIAL_REFORM', sentenceMonths: r.int(6, 36) }
            : s < 0.16
              ? { sentenceKind: 'LIFE_IMPRISONMENT' }
              : { sentenceKind: 'IMPRISONMENT', sentenceMonths: r.pick([24, 59, 60, 84, 119, 120, 150, 179, 180, 240]) }
        return { personRef: c.personRef, outcome: 'CONVICTED', article: c.article, clause: c.clause, ...sentence }
      })
      steps.push({ k: 'trial', at: t, kind, venueUnitCode: kind === 'MOBILE_TRIAL' ? (t < REFORM ? r.pick(PRE) : r.pick(POST)) : undefined, verdicts })
      for (const v of verdicts) {
        if (v.outcome !== 'CONVICTED' || r.next() > 0.35) continue
        const filed = later(t, 3, 14)
        if (filed > LAST) continue
        const decidedAt = later(filed, 30, 120)
        const status = r.pick(['UPHELD', 'AMENDED', 'QUASHED', 'WITHDRAWN'] as const)
        const decided = r.next() < 0.6 && decidedAt < LAST ? { at: decidedAt, status, ...(status === 'AMENDED' ? { months: 36 } : {}) } : undefined
        steps.push({ k: 'appeal', personRef: v.personRef, at: filed, party: r.pick(['DEFENDANT', 'VICTIM', 'PROCURACY'] as const), decided })
      }
      break
    }
    files.push({ tag: `${prefix}-${i}`, unitCode, defendants, steps })
  }
  return files
}
