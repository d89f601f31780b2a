// The keys and Vietnamese labels of the procuracy's and the court's breakdowns (lines: kit's enumLines).
import { sql, type Sql } from '@lienthong/kit'

export const ARTICLE_LABELS = { 150: 'Điều 150 BLHS (mua bán người)', 151: 'Điều 151 BLHS (mua bán người dưới 16 tuổi)' } as const
export const TRIAL_KIND_LABELS = { REGULAR: 'Phiên tòa thông thường', MODEL_TRIAL: 'Phiên tòa rút kinh nghiệm', MOBILE_TRIAL: 'Xét xử lưu động' } as const
export const APPEAL_OUTCOME_LABELS = { UPHELD: 'Giữ nguyên bản án', AMENDED: 'Sửa bản án', QUASHED: 'Hủy bản án', WITHDRAWN: 'Rút kháng cáo, kháng nghị' } as const

/** Sentence bands of first-instance convictions: [key, label, condition on the verdict `v`]. */
export const SENTENCE_BANDS: readonly (readonly [string, string, Sql])[] = [
  ['NON_CUSTODIAL_REFORM', 'Cải tạo không giam giữ', sql`v."sentenceKind" = 'NON_CUSTODIAL_REFORM'`],
  ['PRISON_UNDER_5_YEARS', 'Tù dưới 5 năm', sql`v."sentenceKind" = 'IMPRISONMENT' AND v."sentenceMonths" < 60`],
  ['PRISON_5_TO_10_YEARS', 'Tù từ 5 năm đến dưới 10 năm', sql`v."sentenceKind" = 'IMPRISONMENT' AND v."sentenceMonths" >= 60 AND v."sentenceMonths" < 120`],
  ['PRISON_10_TO_15_YEARS', 'Tù từ 10 năm đến dưới 15 năm', sql`v."sentenceKind" = 'IMPRISONMENT' AND v."sentenceMonths" >= 120 AND v."sentenceMonths" < 180`],
  ['PRISON_15_YEARS_OR_MORE', 'Tù từ 15 năm trở lên', sql`v."sentenceKind" = 'IMPRISONMENT' AND v."sentenceMonths" >= 180`],
  ['LIFE_IMPRISONMENT', 'Tù chung thân', sql`v."sentenceKind" = 'LIFE_IMPRISONMENT'`],
]
