// Breakdown lines (CountByKey): every key in a fixed order, zeros included, so tables have stable rows.
export interface CountByKey { key: string; labelVi: string; count: number }

export function lines<K extends string>(labels: Record<K, string>, counts: ReadonlyMap<string, number>): CountByKey[] {
  return (Object.keys(labels) as K[]).map((key) => ({ key, labelVi: labels[key], count: counts.get(key) ?? 0 }))
}

/** Grouped rows `{ [field]: value, _count: { _all } }` as a map from the value (as text) to the count. */
export function countsOf<F extends string>(rows: readonly ({ [k in F]: unknown } & { _count: { _all: number } })[], field: F): Map<string, number> {
  const m = new Map<string, number>()
  for (const r of rows) { const k = String(r[field]); m.set(k, (m.get(k) ?? 0) + r._count._all) }
  return m
}

export const ARTICLE_LABELS = { 150: 'Điều 150 BLHS (mua bán người)', 151: 'Điều 151 BLHS (mua bán người dưới 16 tuổi)' } as const
export const TRIAL_KIND_LABELS = { REGULAR: 'Phiên tòa thông thường', MODEL_TRIAL: 'Phiên tòa rút kinh nghiệm', MOBILE_TRIAL: 'Xét xử lưu động' } as const
export const APPEAL_OUTCOME_LABELS = { UPHELD: 'Giữ nguyên bản án', AMENDED: 'Sửa bản án', QUASHED: 'Hủy bản án', WITHDRAWN: 'Rút kháng cáo, kháng nghị' } as const

/** Sentence bands of first-instance convictions: [key, label, filter on the verdict]. */
export const SENTENCE_BANDS = [
  ['NON_CUSTODIAL_REFORM', 'Cải tạo không giam giữ', { sentenceKind: 'NON_CUSTODIAL_REFORM' }],
  ['PRISON_UNDER_5_YEARS', 'Tù dưới 5 năm', { sentenceKind: 'IMPRISONMENT', sentenceMonths: { lt: 60 } }],
  ['PRISON_5_TO_10_YEARS', 'Tù từ 5 năm đến dưới 10 năm', { sentenceKind: 'IMPRISONMENT', sentenceMonths: { gte: 60, lt: 120 } }],
  ['PRISON_10_TO_15_YEARS', 'Tù từ 10 năm đến dưới 15 năm', { sentenceKind: 'IMPRISONMENT', sentenceMonths: { gte: 120, lt: 180 } }],
  ['PRISON_15_YEARS_OR_MORE', 'Tù từ 15 năm trở lên', { sentenceKind: 'IMPRISONMENT', sentenceMonths: { gte: 180 } }],
  ['LIFE_IMPRISONMENT', 'Tù chung thân', { sentenceKind: 'LIFE_IMPRISONMENT' }],
] as const
