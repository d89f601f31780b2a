// The five statutory targets (chỉ tiêu) of the provincial plans as a KPI catalogue, defined once.
// Accounting as the agencies do it (thụ lý cũ + thụ lý mới): the denominator counts the items
// pending at some point in the period — received/accepted during it, plus those received
// earlier and still unresolved at its start; the numerator counts those of them resolved by the
// period's end. Comparisons are done in integers, so a KPI is never "met" by rounding.

export type KpiCode = 'K1' | 'K2' | 'K3' | 'K4' | 'K5'
export type Comparator = 'AT_LEAST' | 'MORE_THAN'

export interface KpiDefinition {
  code: KpiCode
  nameVi: string
  nameEn: string
  /** Target in percent, and whether the value must reach it or exceed it. */
  targetPercent: number
  comparator: Comparator
  /** Which subgraph owns the items counted. */
  owner: 'cases' | 'prosecutions'
  numeratorVi: string; numeratorEn: string
  denominatorVi: string; denominatorEn: string
}

const pending = {
  vi: 'thụ lý trong kỳ cộng số còn tồn (chưa giải quyết) tại đầu kỳ',
  en: 'received during the period plus those received earlier and still unresolved at its start',
}

export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  {
    code: 'K1', owner: 'cases', targetPercent: 100, comparator: 'AT_LEAST',
    nameVi: 'Tỷ lệ tố giác, tin báo, kiến nghị khởi tố về mua bán người được tiếp nhận, phân loại',
    nameEn: 'Trafficking-related reports received and classified',
    numeratorVi: 'số đã được phân loại trước khi kết thúc kỳ', numeratorEn: 'those classified by the end of the period',
    denominatorVi: `số tố giác, tin báo, kiến nghị khởi tố ${pending.vi}`, denominatorEn: `reports ${pending.en}`,
  },
  {
    code: 'K2', owner: 'cases', targetPercent: 90, comparator: 'MORE_THAN',
    nameVi: 'Tỷ lệ giải quyết tố giác, tin báo, kiến nghị khởi tố về mua bán người',
    nameEn: 'Trafficking-related reports resolved',
    numeratorVi: 'số đã có kết quả giải quyết (khởi tố, không khởi tố, chuyển, tạm đình chỉ) trước khi kết thúc kỳ',
    numeratorEn: 'those with a final outcome (case opened, no case, transferred, suspended) by the end of the period',
    denominatorVi: `số tố giác, tin báo, kiến nghị khởi tố liên quan mua bán người ${pending.vi}`, denominatorEn: `trafficking-related reports ${pending.en}`,
  },
  {
    code: 'K3', owner: 'cases', targetPercent: 90, comparator: 'MORE_THAN',
    nameVi: 'Tỷ lệ điều tra, khám phá các vụ án mua bán người trên tổng số án khởi tố',
    nameEn: 'Criminal cases investigated and solved over cases opened',
    numeratorVi: 'số vụ đã khám phá trước khi kết thúc kỳ', numeratorEn: 'cases solved by the end of the period',
    denominatorVi: `số vụ án khởi tố ${pending.vi}`, denominatorEn: `cases opened ${pending.en}`,
  },
  {
    code: 'K4', owner: 'prosecutions', targetPercent: 95, comparator: 'AT_LEAST',
    nameVi: 'Tỷ lệ giải quyết, truy tố các vụ án mua bán người',
    nameEn: 'Trafficking cases resolved and indicted by the procuracy',
    numeratorVi: 'số vụ đã truy tố trước khi kết thúc kỳ', numeratorEn: 'cases indicted by the end of the period',
    denominatorVi: `số vụ Viện kiểm sát thụ lý ${pending.vi}`, denominatorEn: `cases accepted by the procuracy ${pending.en}`,
  },
  {
    code: 'K5', owner: 'prosecutions', targetPercent: 90, comparator: 'AT_LEAST',
    nameVi: 'Tỷ lệ giải quyết, xét xử các vụ án mua bán người',
    nameEn: 'Trafficking cases resolved and tried by the court',
    numeratorVi: 'số vụ đã xét xử sơ thẩm trước khi kết thúc kỳ', numeratorEn: 'cases tried at first instance by the end of the period',
    denominatorVi: `số vụ Tòa án thụ lý ${pending.vi}`, denominatorEn: `cases accepted by the court ${pending.en}`,
  },
]

export interface KpiResult {
  code: KpiCode
  numerator: number
  denominator: number
  /** numerator / denominator, or null when nothing was pending (không phát sinh). */
  value: number | null
  targetPercent: number
  /** Whether the target is met; null when nothing was pending. */
  met: boolean | null
}

export function kpiDefinition(code: KpiCode): KpiDefinition {
  return KPI_CATALOGUE.find((k) => k.code === code)!
}

/** Evaluates a KPI exactly: the comparison is 100·numerator against target·denominator in integers. */
export function evaluateKpi(code: KpiCode, numerator: number, denominator: number): KpiResult {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator < 0 || numerator > denominator) {
    throw new RangeError(`${code}: numerator and denominator must be whole counts with 0 ≤ numerator ≤ denominator`)
  }
  const k = kpiDefinition(code)
  if (denominator === 0) return { code, numerator, denominator, value: null, targetPercent: k.targetPercent, met: null }
  const left = 100 * numerator
  const right = k.targetPercent * denominator
  return { code, numerator, denominator, value: numerator / denominator, targetPercent: k.targetPercent, met: k.comparator === 'AT_LEAST' ? left >= right : left > right }
}
