// The province's named border gates (cửa khẩu). Each sits in a commune of the register tagged
// `checkpoint` (land gates) or `port` (seaports); the 2025 reform merged those communes, so a
// gate names its commune before and after the reform and a record keeps the one valid that day.
import { adminUnits } from '@lienthong/schema'

export type BorderGateKind = 'LAND' | 'SEAPORT'
export interface BorderGate {
  code: string
  name: string
  kind: BorderGateKind
  /** Neighbouring country of a land gate; a seaport receives from any country. */
  neighbourCountry: string | null
  /** Communes of the gate, oldest first (pre-reform commune, then its successor). */
  unitCodes: string[]
}

export const BORDER_GATES: readonly BorderGate[] = [
  { code: 'CK-CUA-KHAU', name: 'Cửa khẩu quốc tế Cửa Khẩu (minh hoạ)', kind: 'LAND', neighbourCountry: 'CN', unitCodes: ['99201', '99803'] },
  { code: 'CK-PA-THOM', name: 'Cửa khẩu chính Pa Thơm (minh hoạ)', kind: 'LAND', neighbourCountry: 'LA', unitCodes: ['99402', '99807'] },
  { code: 'CK-CANG-HAI-BIEN', name: 'Cửa khẩu cảng biển Hải Biên (minh hoạ)', kind: 'SEAPORT', neighbourCountry: null, unitCodes: ['99101', '99801'] },
  { code: 'CK-CANG-VAM-LANG', name: 'Cửa khẩu cảng Vàm Láng (minh hoạ)', kind: 'SEAPORT', neighbourCountry: null, unitCodes: ['99302', '99806'] },
]

const byCode = new Map(BORDER_GATES.map((g) => [g.code, g]))
export const borderGate = (code: string): BorderGate | undefined => byCode.get(code)

/** The gate's commune valid on a day (null if none was, i.e. the gate did not exist then). */
export function gateUnitOn(gate: BorderGate, at: Date): string | null {
  return gate.unitCodes.find((c) => adminUnits().isValidOn(c, at)) ?? null
}

/** Whether a gate may receive persons returned from `country`. */
export const gateReceivesFrom = (gate: BorderGate, country: string): boolean => gate.kind === 'SEAPORT' || gate.neighbourCountry === country
