// The vocabulary of the prosecutions statistics test world: a file is a list of steps in time
// order (accepted, decided, indicted, at the court, tried, appealed), each at an instant given in
// Vietnam time. statisticsWorld.ts builds files, statisticsRecount.ts recounts from their steps.

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
/** The `i`-th person reference of the world's pool (persons recur across files). */
export const ref = (i: number) => `${i.toString(16).padStart(2, '0')}e7`.repeat(16)
