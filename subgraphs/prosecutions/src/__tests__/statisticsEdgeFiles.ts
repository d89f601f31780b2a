// Hand-made files of the prosecutions statistics test world, each on a boundary the scopes of the
// tests touch (period ends at Vietnam midnight, the 2025 reform, files returned and accepted again).
import { ref, vn, type TCharge, type TFile, type TStep, type TVerdict } from './statisticsSteps.ts'

const accept = (at: Date): TStep => ({ k: 'accept', at })
const decide = (to: 'RETURNED_FOR_INVESTIGATION' | 'ACCEPTED', at: Date): TStep => ({ k: 'decide', to, at })
const courtDecide = (to: 'RETURNED_TO_PROCURACY' | 'SUSPENDED' | 'ACCEPTED', at: Date): TStep => ({ k: 'courtDecide', to, at })
const charge = (personRef: string, article: number, clause: number): TCharge => ({ personRef, article, clause })
const indict = (at: Date, ...charges: TCharge[]): TStep => ({ k: 'indict', at, charges })
const courtAccept = (at: Date): TStep => ({ k: 'courtAccept', at })
const trial = (at: Date, kind: 'REGULAR' | 'MODEL_TRIAL' | 'MOBILE_TRIAL', verdicts: TVerdict[], venueUnitCode?: string): TStep => ({
  k: 'trial',
  at,
  kind,
  ...(venueUnitCode ? { venueUnitCode } : {}),
  verdicts,
})
/** A conviction on the charge, with its sentence. */
const convicted = ({ personRef, article, clause }: TCharge, sentenceKind: string, sentenceMonths?: number): TVerdict => ({
  personRef,
  outcome: 'CONVICTED',
  article,
  clause,
  sentenceKind,
  ...(sentenceMonths === undefined ? {} : { sentenceMonths }),
})

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
        accept(vn(2024, 6, 30, 23, 40)),
        indict(vn(2024, 7, 1, 0, 10), charge(A, 150, 2), charge(B, 151, 1)),
        courtAccept(vn(2024, 9, 30, 23, 30)),
        trial(vn(2024, 10, 1, 0, 5), 'MOBILE_TRIAL', [convicted(charge(A, 150, 2), 'IMPRISONMENT', 96), { personRef: B, outcome: 'ACQUITTED' }], '99102'),
      ],
    },
    // a pre-reform commune of district 994 that became 99808: accepted before the reform, everything else after
    {
      tag: `${prefix}-e2`,
      unitCode: '99404',
      defendants: [C],
      steps: [
        accept(vn(2025, 6, 20)),
        decide('RETURNED_FOR_INVESTIGATION', vn(2025, 6, 30, 23)),
        decide('ACCEPTED', vn(2025, 7, 15)),
        indict(vn(2025, 8, 1), charge(C, 151, 3)),
        courtAccept(vn(2025, 8, 20)),
        courtDecide('RETURNED_TO_PROCURACY', vn(2025, 9, 10)),
        decide('ACCEPTED', vn(2025, 9, 12)),
        indict(vn(2025, 10, 1), charge(C, 151, 3)),
        courtAccept(vn(2025, 10, 10)),
        trial(vn(2025, 12, 31, 23, 30), 'MODEL_TRIAL', [convicted(charge(C, 151, 3), 'LIFE_IMPRISONMENT')]),
        { k: 'appeal', personRef: C, at: vn(2026, 1, 5), party: 'DEFENDANT', decided: { at: vn(2026, 3, 2), status: 'AMENDED', months: 240 } },
      ],
    },
    // the same person as in e1, in another file of the same year (counted once per period)
    {
      tag: `${prefix}-e3`,
      unitCode: '99103',
      defendants: [A],
      steps: [
        accept(vn(2024, 3, 1)),
        indict(vn(2024, 7, 20), charge(A, 151, 1)),
        courtAccept(vn(2024, 8, 1)),
        trial(vn(2024, 11, 5), 'REGULAR', [convicted(charge(A, 151, 1), 'IMPRISONMENT', 60)]),
      ],
    },
    // a court file suspended after the reform in a merged commune of old district 994
    {
      tag: `${prefix}-e4`,
      unitCode: '99807',
      defendants: [B],
      steps: [
        accept(vn(2025, 8, 1)),
        indict(vn(2025, 9, 1), charge(B, 150, 1)),
        courtAccept(vn(2025, 9, 20)),
        courtDecide('SUSPENDED', vn(2025, 11, 15)),
        courtDecide('ACCEPTED', vn(2026, 1, 20)),
        trial(vn(2026, 3, 10), 'REGULAR', [convicted(charge(B, 150, 1), 'NON_CUSTODIAL_REFORM', 24)]),
      ],
    },
    // returned for investigation and accepted again before Q3 2024, so still pending at its start; indicted in Q3
    {
      tag: `${prefix}-e5`,
      unitCode: '99102',
      defendants: [C],
      steps: [
        accept(vn(2024, 2, 1)),
        decide('RETURNED_FOR_INVESTIGATION', vn(2024, 3, 1)),
        decide('ACCEPTED', vn(2024, 5, 10)),
        indict(vn(2024, 8, 5), charge(C, 150, 1)),
      ],
    },
  ]
}
