// Legal status transitions of the procuracy's files, the court's files and appeals.
import { statusMachine } from '@lienthong/kit'

export type ProcuracyStatus = 'ACCEPTED' | 'INDICTED' | 'RETURNED_FOR_INVESTIGATION' | 'SUSPENDED' | 'DROPPED'
export type CourtFileStatus = 'ACCEPTED' | 'TRIED_FIRST_INSTANCE' | 'RETURNED_TO_PROCURACY' | 'SUSPENDED'
export type AppealStatus = 'PENDING' | 'UPHELD' | 'AMENDED' | 'QUASHED' | 'WITHDRAWN'

/**
 * Leaving INDICTED (taking the file back, returning it for investigation, suspending or
 * dropping it) is further guarded: only while the court does not hold the current indictment.
 */
export const procuracyMachine = statusMachine<ProcuracyStatus>({
  ACCEPTED: ['INDICTED', 'RETURNED_FOR_INVESTIGATION', 'SUSPENDED', 'DROPPED'],
  INDICTED: ['ACCEPTED', 'RETURNED_FOR_INVESTIGATION', 'SUSPENDED', 'DROPPED'],
  RETURNED_FOR_INVESTIGATION: ['ACCEPTED'],
  SUSPENDED: ['ACCEPTED', 'DROPPED'],
  DROPPED: [],
}, {
  ACCEPTED: 'đã thụ lý', INDICTED: 'đã truy tố', RETURNED_FOR_INVESTIGATION: 'trả hồ sơ điều tra bổ sung',
  SUSPENDED: 'tạm đình chỉ', DROPPED: 'đình chỉ',
})

export const courtMachine = statusMachine<CourtFileStatus>({
  ACCEPTED: ['TRIED_FIRST_INSTANCE', 'RETURNED_TO_PROCURACY', 'SUSPENDED'],
  SUSPENDED: ['ACCEPTED', 'RETURNED_TO_PROCURACY'],
  TRIED_FIRST_INSTANCE: [],
  RETURNED_TO_PROCURACY: [],
}, {
  ACCEPTED: 'đã thụ lý', TRIED_FIRST_INSTANCE: 'đã xét xử sơ thẩm', RETURNED_TO_PROCURACY: 'trả hồ sơ cho VKS', SUSPENDED: 'tạm đình chỉ',
})

export const appealMachine = statusMachine<AppealStatus>({
  PENDING: ['UPHELD', 'AMENDED', 'QUASHED', 'WITHDRAWN'],
  UPHELD: [], AMENDED: [], QUASHED: [], WITHDRAWN: [],
}, { PENDING: 'chờ phúc thẩm', UPHELD: 'giữ nguyên', AMENDED: 'sửa án', QUASHED: 'hủy án', WITHDRAWN: 'rút kháng cáo' })
