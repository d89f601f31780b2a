// Vietnamese labels of Social Affairs' enums (the schema's descriptions); the breakdown lines
// are the kit's enumLines (every value in the enum's declared order, zeros included).

export const SUPPORT_LABELS_VI = {
  SupportFacility: { SOCIAL_PROTECTION_CENTRE: 'Cơ sở bảo trợ xã hội', VICTIM_SUPPORT_FACILITY: 'Cơ sở hỗ trợ nạn nhân', OTHER: 'Khác' },
  SupportArrival: {
    SELF_REFERRED: 'Tự tìm đến', RETURNED_FROM_ABROAD: 'Trở về từ nước ngoài', HOTLINE: 'Qua đường dây nóng', POLICE: 'Công an bàn giao',
    BORDER_GUARD: 'Bộ đội Biên phòng bàn giao', COMMUNITY: 'Cộng đồng, chính quyền cơ sở phát hiện', OTHER: 'Khác',
  },
  /** The screening results plus a line for cases not screened. */
  Screening: { PRESUMED_VICTIM: 'Được xác định là nạn nhân', NOT_VICTIM: 'Không phải nạn nhân', UNCLEAR: 'Chưa rõ', NOT_SCREENED: 'Chưa sàng lọc' },
  SupportServiceType: {
    ESSENTIAL_INITIAL_SUPPORT: 'Hỗ trợ nhu cầu thiết yếu ban đầu', SHELTER: 'Bố trí chỗ ở tạm thời', MEDICAL_CARE: 'Hỗ trợ y tế',
    PSYCHOLOGICAL_SUPPORT: 'Hỗ trợ tâm lý', LEGAL_AID: 'Trợ giúp pháp lý', EDUCATION: 'Hỗ trợ học văn hoá', VOCATIONAL_TRAINING: 'Học nghề',
    LOAN: 'Vay vốn', EMPLOYMENT_SUPPORT: 'Hỗ trợ việc làm', COMMUNITY_REINTEGRATION: 'Hỗ trợ tái hoà nhập cộng đồng',
  },
  SupportReferralStatus: { IN_PROGRESS: 'Đang chuyển', ACCEPTED: 'Nơi nhận đã chấp nhận', REJECTED: 'Nơi nhận từ chối', DONE: 'Đã hoàn thành', REVOKED: 'Đã thu hồi' },
  SupportReintegrationOutcome: { REINTEGRATED: 'Đã tái hoà nhập ổn định', IN_PROGRESS: 'Đang tái hoà nhập', AT_RISK: 'Có nguy cơ', RETRAFFICKED: 'Bị mua bán lại', LOST_CONTACT: 'Mất liên lạc' },
} as const

/** The sum of a breakdown's lines. */
export const total = (lines: readonly { count: number }[]) => lines.reduce((n, l) => n + l.count, 0)
