// The five statutory targets (chỉ tiêu) of the provincial plans as a KPI catalogue, defined once:
// the API (KpiResult), the exports and the READMEs' KPI tables (kpiTableMarkdown, checked by
// __tests__/kpiReadme.test.ts; `npm run kpi:readme -w @lienthong/schema` rewrites them) all read
// these definitions, which say exactly what the subgraphs count (cases: src/statistics/kpiCounts.ts;
// prosecutions: src/statistics/kpiCounts.ts).
// Accounting as the agencies do it (thụ lý cũ + thụ lý mới): the denominator counts the items
// pending at some point in the period — received/accepted during it, plus those received earlier
// and still unresolved at its start; the numerator counts those of them resolved during the
// period. Comparisons are done in integers, so a KPI is never "met" by rounding.
import { AGENCY_REGISTRY, type SubgraphName } from './agencies.ts'

export type KpiCode = 'K1' | 'K2' | 'K3' | 'K4' | 'K5'
export type Comparator = 'AT_LEAST' | 'MORE_THAN'

export interface KpiDefinition {
  code: KpiCode
  nameVi: string
  nameEn: string
  /** Target in percent, and whether the value must reach it or exceed it. */
  targetPercent: number
  comparator: Comparator
  /** Which subgraph owns the items counted (the agency registry's `kpis` say). */
  owner: SubgraphName
  numeratorVi: string
  numeratorEn: string
  denominatorVi: string
  denominatorEn: string
}

const DEFINITIONS: readonly Omit<KpiDefinition, 'owner'>[] = [
  {
    code: 'K1',
    targetPercent: 100,
    comparator: 'AT_LEAST',
    nameVi: 'Tỷ lệ tố giác, tin báo, kiến nghị khởi tố về mua bán người được tiếp nhận, phân loại',
    nameEn: 'Trafficking-related reports received and classified',
    denominatorVi:
      'nguồn tin (tố giác, tin báo, kiến nghị khởi tố) về sự việc xảy ra trong đơn vị, tiếp nhận trước khi hết kỳ, đến đầu kỳ chưa được phân loại và chưa được giải quyết (nguồn tin chuyển đi khi chưa phân loại thì không còn tồn)',
    denominatorEn:
      "incoming reports (denunciations, crime reports, prosecution recommendations) about events in the unit, received before the period's end and, at its start, neither classified nor resolved (a report transferred unclassified stops being pending)",
    numeratorVi: 'số nguồn tin đó được phân loại trong kỳ',
    numeratorEn: 'those of them classified during the period',
  },
  {
    code: 'K2',
    targetPercent: 90,
    comparator: 'MORE_THAN',
    nameVi: 'Tỷ lệ giải quyết tố giác, tin báo, kiến nghị khởi tố về mua bán người',
    nameEn: 'Trafficking-related reports resolved',
    denominatorVi:
      'nguồn tin về sự việc xảy ra trong đơn vị, được phân loại là liên quan mua bán người trước khi hết kỳ, tiếp nhận trước khi hết kỳ và đến đầu kỳ chưa được giải quyết',
    denominatorEn:
      "incoming reports about events in the unit, classified as trafficking-related before the period's end, received before its end and not resolved before its start",
    numeratorVi: 'số nguồn tin đó có kết quả giải quyết trong kỳ (khởi tố, không khởi tố, chuyển, tạm đình chỉ)',
    numeratorEn: 'those of them resolved during the period (case opened, no case opened, transferred, suspended)',
  },
  {
    code: 'K3',
    targetPercent: 90,
    comparator: 'MORE_THAN',
    nameVi: 'Tỷ lệ điều tra, khám phá các vụ án mua bán người trên tổng số án khởi tố',
    nameEn: 'Criminal cases investigated and solved over cases opened',
    denominatorVi: 'vụ án của đơn vị khởi tố trước khi hết kỳ, đến đầu kỳ chưa được khám phá và chưa bị đình chỉ',
    denominatorEn: "criminal cases of the unit opened before the period's end and, at its start, neither solved nor closed (đình chỉ)",
    numeratorVi: 'số vụ án đó được khám phá trong kỳ',
    numeratorEn: 'those of them solved (khám phá) during the period',
  },
  {
    code: 'K4',
    targetPercent: 95,
    comparator: 'AT_LEAST',
    nameVi: 'Tỷ lệ giải quyết, truy tố các vụ án mua bán người',
    nameEn: 'Trafficking cases resolved and indicted by the procuracy',
    denominatorVi:
      'hồ sơ Viện kiểm sát của đơn vị (xã nơi xảy ra ghi trên hồ sơ) thụ lý trong kỳ: đang thụ lý tại đầu kỳ (thụ lý cũ) hoặc được thụ lý trong kỳ, lần đầu hay lại sau khi trả hồ sơ điều tra bổ sung, tạm đình chỉ hoặc cáo trạng được rút lại, bị Tòa án trả lại (thụ lý mới); mỗi hồ sơ tính một lần',
    denominatorEn:
      'procuracy files of the unit (the commune on the file) pending during the period: ACCEPTED at its start (thụ lý cũ) or accepted during it, for the first time or again after a return for investigation, a suspension or the indictment taken back or returned by the court (thụ lý mới); each file once',
    numeratorVi: 'số hồ sơ đó có cáo trạng (quyết định truy tố) trong kỳ',
    numeratorEn: 'those of them indicted (an indictment dated) during the period',
  },
  {
    code: 'K5',
    targetPercent: 90,
    comparator: 'AT_LEAST',
    nameVi: 'Tỷ lệ giải quyết, xét xử các vụ án mua bán người',
    nameEn: 'Trafficking cases resolved and tried by the court',
    denominatorVi:
      'hồ sơ Tòa án của đơn vị (xã trên hồ sơ Viện kiểm sát) thụ lý trong kỳ: đang thụ lý tại đầu kỳ hoặc được thụ lý trong kỳ, lần đầu hay lại sau khi tạm đình chỉ; mỗi hồ sơ tính một lần (sau khi trả hồ sơ cho Viện kiểm sát, cáo trạng mới là một hồ sơ Tòa án mới)',
    denominatorEn:
      'court files of the unit (the commune on the procuracy file) pending during the period: ACCEPTED at its start or accepted during it, for the first time or again after a suspension; each file once (after a return to the procuracy, the new indictment is a new court file)',
    numeratorVi: 'số hồ sơ đó được xét xử sơ thẩm trong kỳ',
    numeratorEn: 'those of them tried at first instance during the period',
  },
]

/** The subgraph whose agency counts the KPI (agency registry). */
function ownerOf(code: KpiCode): SubgraphName {
  const agency = AGENCY_REGISTRY.find((a) => (a.kpis as readonly KpiCode[]).includes(code))
  if (!agency) throw new Error(`no agency of the registry counts ${code}`)
  return agency.subgraph
}

export const KPI_CATALOGUE: readonly KpiDefinition[] = DEFINITIONS.map((k) => ({ ...k, owner: ownerOf(k.code) }))

const COMPARATOR_SIGN: Record<Comparator, string> = { AT_LEAST: '≥', MORE_THAN: '>' }
/** The target as the plans state it: "≥ 95%", "> 90%". */
export const targetLabel = (k: Pick<KpiDefinition, 'comparator' | 'targetPercent'>) => `${COMPARATOR_SIGN[k.comparator]} ${k.targetPercent}%`

/** The KPI's definition as one sentence per part, in Vietnamese or English (served as KpiResult.definitionVi / definitionEn). */
export function kpiDefinitionText(k: KpiDefinition, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? `Tử số: ${k.numeratorVi}. Mẫu số: ${k.denominatorVi}.` : `Numerator: ${k.numeratorEn}. Denominator: ${k.denominatorEn}.`
}

/** The KPI table of the READMEs (the root README: every KPI; a subgraph's README: those it counts). */
export function kpiTableMarkdown(owner?: KpiDefinition['owner']): string {
  const rows = KPI_CATALOGUE.filter((k) => !owner || k.owner === owner).map(
    (k) => `| ${k.code} ${k.nameEn} | ${targetLabel(k)} | ${k.numeratorEn} | ${k.denominatorEn} |`,
  )
  return ['| code | target | numerator | denominator |', '|---|---|---|---|', ...rows].join('\n')
}

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
  return {
    code,
    numerator,
    denominator,
    value: numerator / denominator,
    targetPercent: k.targetPercent,
    met: k.comparator === 'AT_LEAST' ? left >= right : left > right,
  }
}
