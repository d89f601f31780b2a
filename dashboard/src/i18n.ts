// The dashboard's words, Vietnamese first (the committee's language) and English. Figures'
// names and definitions come from the API schema's field descriptions, not from here.
export type Lang = 'vi' | 'en'

const WORDS = {
  title: { vi: 'Ban Chỉ đạo 138 — Thống kê phòng, chống mua bán người', en: 'Steering Committee 138 — Anti-trafficking statistics' },
  brand: { vi: 'Liên Thông', en: 'Liên Thông' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  month: { vi: 'Tháng', en: 'Month' },
  quarter: { vi: 'Quý', en: 'Quarter' },
  half: { vi: '6 tháng', en: 'Half-year' },
  year: { vi: 'Năm', en: 'Year' },
  custom: { vi: 'Tuỳ chọn', en: 'Custom' },
  campaign: { vi: 'Đợt cao điểm', en: 'Peak campaign' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  apply: { vi: 'Áp dụng', en: 'Apply' },
  overview: { vi: 'Chỉ tiêu', en: 'Targets' },
  trends: { vi: 'Xu hướng', en: 'Trends' },
  funnel: { vi: 'Chuỗi tư pháp', en: 'Justice funnel' },
  victims: { vi: 'Nạn nhân', en: 'Victims' },
  units: { vi: 'Theo đơn vị', en: 'By unit' },
  compliance: { vi: 'Chế độ báo cáo', en: 'Reporting' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  met: { vi: 'Đạt', en: 'Met' },
  notMet: { vi: 'Không đạt', en: 'Not met' },
  nothingPending: { vi: 'Không phát sinh', en: 'Nothing pending' },
  last12: { vi: '12 tháng gần nhất', en: 'Last 12 months' },
  hidden: { vi: 'ẩn', en: 'hidden' },
  hiddenWhy: { vi: 'Ô bị ẩn để bảo vệ người có số nhỏ (không phải số 0)', en: 'Protected: a small person count is withheld (not a zero)' },
  total: { vi: 'Tổng', en: 'Total' },
  excludedForConsent: { vi: 'Không thống kê vì không đồng ý', en: 'Left out for consent' },
  byForm: { vi: 'Theo hình thức bóc lột', en: 'By form of exploitation' },
  byRoute: { vi: 'Theo tuyến', en: 'By route' },
  byDestination: { vi: 'Theo nước đến', en: 'By destination' },
  bySex: { vi: 'Theo giới tính', en: 'By sex' },
  byAgeBand: { vi: 'Theo nhóm tuổi', en: 'By age band' },
  byCitizenship: { vi: 'Theo quốc tịch', en: 'By citizenship' },
  export: { vi: 'Xuất báo cáo', en: 'Export report' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  agency: { vi: 'Cơ quan', en: 'Agency' },
  role: { vi: 'Vai trò', en: 'Role' },
  devSignIn: { vi: 'Đăng nhập thử nghiệm (chỉ môi trường phát triển)', en: 'Development sign-in (development only)' },
  idpSignIn: { vi: 'Đăng nhập qua hệ thống định danh của tỉnh', en: "Sign in with the province's identity provider" },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  error: { vi: 'Không tải được số liệu', en: 'Could not load the figures' },
  noReport: { vi: 'Đợt tuỳ chọn không có báo cáo định kỳ', en: 'A custom window has no periodic report' },
  onTime: { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Trễ hạn', en: 'Late' },
  missing: { vi: 'Chưa gửi', en: 'Missing' },
  notDue: { vi: 'Chưa đến hạn', en: 'Not due' },
  revisions: { vi: 'Lần gửi', en: 'Revisions' },
  reportingRate: { vi: 'Tỷ lệ báo cáo', en: 'Reporting rate' },
  onTimeRate: { vi: 'Tỷ lệ đúng hạn', en: 'On-time rate' },
  changes: { vi: 'Số liệu thay đổi', en: 'Figures changed' },
  noChanges: { vi: 'Lần gửi đầu tiên', en: 'First submission' },
  close: { vi: 'Đóng', en: 'Close' },
  figure: { vi: 'Chỉ tiêu thống kê', en: 'Figure' },
  before: { vi: 'Trước', en: 'Before' },
  after: { vi: 'Sau', en: 'After' },
  reportsReceived: { vi: 'Nguồn tin', en: 'Reports' },
  casesOpened: { vi: 'Vụ khởi tố', en: 'Cases opened' },
  victimsTotal: { vi: 'Nạn nhân', en: 'Victims' },
  beforeReform: { vi: 'đến 30/6/2025', en: 'until 30 Jun 2025' },
  afterReform: { vi: 'từ 1/7/2025', en: 'from 1 Jul 2025' },
  signedInAs: { vi: 'Đăng nhập với', en: 'Signed in as' },
  missingOf: { vi: 'Thiếu số liệu của', en: 'No figures from' },
  missingSome: { vi: 'Thiếu một phần số liệu', en: 'Some figures are missing' },
  unavailable: { vi: 'không kết nối được', en: 'could not be reached' },
  timeout: { vi: 'không trả lời kịp', en: 'did not answer in time' },
  unreadable: { vi: 'không đọc được', en: 'could not be read' },
  missingHint: {
    vi: 'Ô thiếu ghi “không có số liệu”, không phải 0; các số liệu đã nhận vẫn hiển thị. Tải lại trang sau ít phút.',
    en: 'Missing figures read “no figures”, never 0; the figures received are shown. Reload the page in a few minutes.',
  },
  noFigures: { vi: 'không có số liệu', en: 'no figures' },
  noFiguresWhy: {
    vi: 'Cơ quan cung cấp số liệu này không trả lời: chưa có số liệu (không phải số 0)',
    en: 'The agency that gives this figure did not answer: no figures (not a zero)',
  },
  bySexAndAgeGroup: { vi: 'Theo giới tính và nhóm tuổi', en: 'By sex and age group' },
} as const satisfies Record<string, Record<Lang, string>>

export type Word = keyof typeof WORDS

export const t = (lang: Lang, word: Word): string => WORDS[word][lang]

/** "Nguồn tin tiếp nhận — incoming reports received" → the part in the language (the schema's convention). */
export function describedIn(lang: Lang, description: string | undefined): string {
  if (!description) return ''
  const d = description.replace(/\s+/g, ' ').trim()
  const i = d.indexOf(' — ')
  if (i < 0) return d
  return lang === 'vi' ? d.slice(0, i).trim() : d.slice(i + 3).trim()
}

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n)
}

export function formatPercent(lang: Lang, ratio: number | null | undefined): string {
  if (ratio == null) return t(lang, 'nothingPending')
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(ratio)
}
