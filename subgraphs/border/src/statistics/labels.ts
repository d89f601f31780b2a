// Vietnamese labels of the Border Guard's enums and of countries (breakdown lines: kit's enumLines / occurringLines).
import { countryName } from '@lienthong/schema'

export const BORDER_LABELS_VI = {
  IncidentType: {
    ILLEGAL_EXIT: 'Xuất cảnh trái phép', ILLEGAL_ENTRY: 'Nhập cảnh trái phép', INTERCEPTION: 'Ngăn chặn',
    SUSPECTED_TRAFFICKING: 'Nghi mua bán người', RESCUE: 'Giải cứu', FORCED_LABOUR_AT_SEA: 'Cưỡng bức lao động trên biển',
  },
  PlaceType: { LAND_BORDER: 'Biên giới đất liền', SEA: 'Trên biển', PORT: 'Cảng', CHECKPOINT: 'Cửa khẩu', ISLANDS: 'Hải đảo' },
  InvolvementRole: { PRESUMED_VICTIM: 'Người nghi là nạn nhân', SUSPECT: 'Đối tượng nghi vấn', OTHER: 'Khác' },
  RepatriationStatus: { PENDING: 'Chờ xác minh', IN_PROGRESS: 'Đang xác minh', VERIFIED: 'Đã xác minh', NOT_CONFIRMED: 'Không xác minh được' },
  CooperationDirection: { OUTGOING: 'Gửi đi', INCOMING: 'Nhận về' },
  CooperationCounterpart: { INTERPOL: 'INTERPOL', ASEANAPOL: 'ASEANAPOL', NEIGHBOURING_BORDER_POST: 'Đồn biên phòng nước láng giềng', OTHER_FOREIGN_AUTHORITY: 'Cơ quan khác của nước ngoài' },
  CooperationStatus: { OPEN: 'Chưa xử lý', IN_PROGRESS: 'Đang xử lý', ANSWERED: 'Đã có trả lời', DECLINED: 'Bị từ chối', CLOSED: 'Đã kết thúc' },
} as const

export const countryLabel = (code: string) => countryName(code, 'vi')
