// A deterministic world of procuracy and court files for the statistics tests, written through
// the subgraph's own mutations (in process or through the gateway). Each file is a list of steps
// in time order; the recount (statisticsRecount.ts) reads the same steps, never the database.
// Files cross month, quarter and year boundaries (Vietnam midnight) and the 2025 reform: before
// 1 July 2025 they sit in pre-reform communes, after it in the merged ones.
import { createHash } from 'node:crypto'

export type Office = 'PROCURACY' | 'COURT'
export interface TCharge {
  personRef: string
  article: number
  clause: number
}
export interface TVerdict {
  personRef: string
  outcome: 'CONVICTED' | 'ACQUITTED'
  article?: number
  clause?: number
  sentenceKind?: string
  sentenceMonths?: number
}
export type TStep =
  | { k: 'accept'; at: Date }
  | { k: 'decide'; to: 'RETURNED_FOR_INVESTIGATION' | 'SUSPENDED' | 'DROPPED' | 'ACCEPTED'; at: Date }
  | { k: 'indict'; at: Date; charges: TCharge[] }
  | { k: 'courtAccept'; at: Date }
  | { k: 'courtDecide'; to: 'RETURNED_TO_PROCURACY' | 'SUSPENDED' | 'ACCEPTED'; at: Date }
  | { k: 'trial'; at: Date; kind: 'REGULAR' | 'MODEL_TRIAL' | 'MOBILE_TRIAL'; venueUnitCode?: string; verdicts: TVerdict[] }
  | {
      k: 'appeal'
      personRef: string
      at: Date
      party: 'DEFENDANT' | 'VICTIM' | 'PROCURACY'
      decided?: { at: Date; status: 'UPHELD' | 'AMENDED' | 'QUASHED' | 'WITHDRAWN'; months?: number }
    }
export interface TFile {
  tag: string
  unitCode: string
  defendants: string[]
  steps: TStep[]
}

/** An instant given in Vietnam time (UTC+7). */
export const vn = (y: number, m: number, d: number, h = 9, min = 0) => new Date(Date.UTC(y, m - 1, d, h - 7, min))
export const REFORM = vn(2025, 7, 1, 0)
const PRE = ['99101', '99102', '99103', '99404', '99501', '99201']
const POST = ['99801', '99802', '99807', '99808', '99803']
const LAST = vn(2026, 10, 1, 0)
const DAY = 86_400_000

function rng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! }
}
const ref = (i: number) => `${i.toString(16).padStart(2, '0')}e7`.repeat(16)

/** `count` random files (tag prefix `prefix`) with persons drawn from a pool shared across files. */
export function buildFiles(prefix: string, count: number, seed: number): TFile[] {
  const r = rng(seed)
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

/** Hand-made files on the boundaries every scope of the tests touches. */
export function edgeFiles(prefix: string): TFile[] {
  const A = ref(31),
    B = ref(32),
    C = ref(33)
  return [
    // accepted in the last minutes of June 2024 (Vietnam), indicted in the first minutes of July, accepted by the
    // court in the last hour of Q3 and tried in Q4: one file, four periods
    {
      tag: `${prefix}-e1`,
      unitCode: '99101',
      defendants: [A, B],
      steps: [
        { k: 'accept', at: vn(2024, 6, 30, 23, 40) },
        {
          k: 'indict',
          at: vn(2024, 7, 1, 0, 10),
          charges: [
            { personRef: A, article: 150, clause: 2 },
            { personRef: B, article: 151, clause: 1 },
          ],
        },
        { k: 'courtAccept', at: vn(2024, 9, 30, 23, 30) },
        {
          k: 'trial',
          at: vn(2024, 10, 1, 0, 5),
          kind: 'MOBILE_TRIAL',
          venueUnitCode: '99102',
          verdicts: [
            { personRef: A, outcome: 'CONVICTED', article: 150, clause: 2, sentenceKind: 'IMPRISONMENT', sentenceMonths: 96 },
            { personRef: B, outcome: 'ACQUITTED' },
          ],
        },
      ],
    },
    // a pre-reform commune of district 994 that became 99808: accepted before the reform, everything else after
    {
      tag: `${prefix}-e2`,
      unitCode: '99404',
      defendants: [C],
      steps: [
        { k: 'accept', at: vn(2025, 6, 20) },
        { k: 'decide', to: 'RETURNED_FOR_INVESTIGATION', at: vn(2025, 6, 30, 23) },
        { k: 'decide', to: 'ACCEPTED', at: vn(2025, 7, 15) },
        { k: 'indict', at: vn(2025, 8, 1), charges: [{ personRef: C, article: 151, clause: 3 }] },
        { k: 'courtAccept', at: vn(2025, 8, 20) },
        { k: 'courtDecide', to: 'RETURNED_TO_PROCURACY', at: vn(2025, 9, 10) },
        { k: 'decide', to: 'ACCEPTED', at: vn(2025, 9, 12) },
        { k: 'indict', at: vn(2025, 10, 1), charges: [{ personRef: C, article: 151, clause: 3 }] },
        { k: 'courtAccept', at: vn(2025, 10, 10) },
        {
          k: 'trial',
          at: vn(2025, 12, 31, 23, 30),
          kind: 'MODEL_TRIAL',
          verdicts: [{ personRef: C, outcome: 'CONVICTED', article: 151, clause: 3, sentenceKind: 'LIFE_IMPRISONMENT' }],
        },
        { k: 'appeal', personRef: C, at: vn(2026, 1, 5), party: 'DEFENDANT', decided: { at: vn(2026, 3, 2), status: 'AMENDED', months: 240 } },
      ],
    },
    // the same person as in e1, in another file of the same year (counted once per period)
    {
      tag: `${prefix}-e3`,
      unitCode: '99103',
      defendants: [A],
      steps: [
        { k: 'accept', at: vn(2024, 3, 1) },
        { k: 'indict', at: vn(2024, 7, 20), charges: [{ personRef: A, article: 151, clause: 1 }] },
        { k: 'courtAccept', at: vn(2024, 8, 1) },
        {
          k: 'trial',
          at: vn(2024, 11, 5),
          kind: 'REGULAR',
          verdicts: [{ personRef: A, outcome: 'CONVICTED', article: 151, clause: 1, sentenceKind: 'IMPRISONMENT', sentenceMonths: 60 }],
        },
      ],
    },
    // a court file suspended after the reform in a merged commune of old district 994
    {
      tag: `${prefix}-e4`,
      unitCode: '99807',
      defendants: [B],
      steps: [
        { k: 'accept', at: vn(2025, 8, 1) },
        { k: 'indict', at: vn(2025, 9, 1), charges: [{ personRef: B, article: 150, clause: 1 }] },
        { k: 'courtAccept', at: vn(2025, 9, 20) },
        { k: 'courtDecide', to: 'SUSPENDED', at: vn(2025, 11, 15) },
        { k: 'courtDecide', to: 'ACCEPTED', at: vn(2026, 1, 20) },
        {
          k: 'trial',
          at: vn(2026, 3, 10),
          kind: 'REGULAR',
          verdicts: [{ personRef: B, outcome: 'CONVICTED', article: 150, clause: 1, sentenceKind: 'NON_CUSTODIAL_REFORM', sentenceMonths: 24 }],
        },
      ],
    },
    // returned for investigation and accepted again before Q3 2024, so still pending at its start; indicted in Q3
    {
      tag: `${prefix}-e5`,
      unitCode: '99102',
      defendants: [C],
      steps: [
        { k: 'accept', at: vn(2024, 2, 1) },
        { k: 'decide', to: 'RETURNED_FOR_INVESTIGATION', at: vn(2024, 3, 1) },
        { k: 'decide', to: 'ACCEPTED', at: vn(2024, 5, 10) },
        { k: 'indict', at: vn(2024, 8, 5), charges: [{ personRef: C, article: 150, clause: 1 }] },
      ],
    },
  ]
}

/** A police case id (UUID) derived from the file's tag. */
export function caseIdOf(tag: string): string {
  const h = createHash('sha256').update(`statistics-case:${tag}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

type Exec = (office: Office, query: string, input: Record<string, unknown>) => Promise<any>

const M = {
  accept: 'mutation($input: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $input) { id } }',
  decide: 'mutation($input: ChangeProcuracyStatusInput!) { changeProcuracyStatus(input: $input) { id } }',
  indict: 'mutation($input: IndictInput!) { indict(input: $input) { id } }',
  courtAccept: 'mutation($input: AcceptCourtFileInput!) { acceptCourtFile(input: $input) { id } }',
  courtDecide: 'mutation($input: ChangeCourtFileStatusInput!) { changeCourtFileStatus(input: $input) { id } }',
  trial: 'mutation($input: RecordTrialInput!) { recordTrial(input: $input) { id verdicts { id defendant { personRef } } } }',
  appeal: 'mutation($input: FileAppealInput!) { fileAppeal(input: $input) { id } }',
  decideAppeal: 'mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { id } }',
}

/** Writes the files through the mutations, step by step; `exec` returns `data` (and fails on errors). */
export async function writeFiles(exec: Exec, files: readonly TFile[]): Promise<void> {
  for (const f of files) {
    let fileId = '',
      indictmentId = '',
      courtFileId = ''
    let verdictOf = new Map<string, string>()
    for (const [n, s] of f.steps.entries()) {
      const ref = `${f.tag}-${n}`
      const at = s.at.toISOString()
      if (s.k === 'accept')
        fileId = (
          await exec('PROCURACY', M.accept, {
            externalRef: `VKS-${ref}`,
            caseId: caseIdOf(f.tag),
            acceptedAt: at,
            unitCode: f.unitCode,
            defendants: f.defendants,
          })
        ).acceptProcuracyFile.id
      if (s.k === 'decide') await exec('PROCURACY', M.decide, { decisionRef: `QD-${ref}`, procuracyFileId: fileId, status: s.to, at })
      if (s.k === 'indict')
        indictmentId = (await exec('PROCURACY', M.indict, { externalRef: `CT-${ref}`, procuracyFileId: fileId, indictedAt: at, charges: s.charges })).indict.id
      if (s.k === 'courtAccept')
        courtFileId = (await exec('COURT', M.courtAccept, { externalRef: `TA-${ref}`, indictmentId, acceptedAt: at })).acceptCourtFile.id
      if (s.k === 'courtDecide') await exec('COURT', M.courtDecide, { decisionRef: `QDTA-${ref}`, courtFileId, status: s.to, at })
      if (s.k === 'trial') {
        const tried = (
          await exec('COURT', M.trial, {
            judgmentRef: `BA-${ref}`,
            courtFileId,
            triedAt: at,
            kind: s.kind,
            venueUnitCode: s.venueUnitCode,
            verdicts: s.verdicts,
          })
        ).recordTrial
        verdictOf = new Map(tried.verdicts.map((v: any) => [v.defendant.personRef, v.id]))
      }
      if (s.k === 'appeal') {
        const appealId = (await exec('COURT', M.appeal, { externalRef: `KC-${ref}`, verdictId: verdictOf.get(s.personRef), filedAt: at, party: s.party }))
          .fileAppeal.id
        if (s.decided)
          await exec('COURT', M.decideAppeal, {
            decisionRef: `PT-${ref}`,
            appealId,
            decidedAt: s.decided.at.toISOString(),
            status: s.decided.status,
            amendedSentenceMonths: s.decided.months,
          })
      }
    }
  }
}
