// The record types an agency imports (`lienthong import <record-type> …`): the CLI's name, the
// names in Vietnamese and English, the agency that writes them, the gateway mutation and the key.
// Kept apart from ./columns.ts so that the CLI lists them without loading the API schema.
import type { Purpose } from '@lienthong/kit/identity'
import type { AgencyId } from '@lienthong/schema'

/** Aliased mutations per request: the gateway's maxAliases (gateway/src/plugins/queryLimits.ts). */
export const MAX_BATCH = 30

export interface RecordType {
  /** The CLI's name: `lienthong import incoming-reports …`. */
  name: string
  nameVi: string
  nameEn: string
  /** The agency whose officers write it (the development identity). */
  agency: AgencyId
  /** The purpose of use declared by default (X-Purpose-Of-Use). */
  purpose: Purpose
  /** The gateway mutation writing one record (its `input` argument). */
  mutation: string
  /** The agency's own reference: rows with the same value form one record; a replay of it writes nothing. */
  key: string
}

/** The purpose of use an agency's import declares unless --purpose says otherwise (its lookups of parents are victim-level reads for some). */
const PURPOSE_OF: Record<AgencyId, Purpose> = {
  police: 'investigation',
  procuracy: 'prosecution',
  court: 'adjudication',
  social_affairs: 'victim_support',
  border_guard: 'repatriation',
}

const t = (name: string, nameVi: string, nameEn: string, agency: AgencyId, mutation: string, key = 'externalRef'): RecordType => ({
  name,
  nameVi,
  nameEn,
  agency,
  mutation,
  key,
  purpose: PURPOSE_OF[agency],
})

export const RECORD_TYPES: readonly RecordType[] = [
  t('incoming-reports', 'Nguồn tin về tội phạm', 'incoming reports', 'police', 'receiveIncomingReport'),
  t('cases', 'Vụ án', 'criminal cases', 'police', 'openCriminalCase'),
  t('suspects', 'Đối tượng', 'suspects', 'police', 'recordSuspect'),
  t('victims', 'Nạn nhân', 'victims', 'police', 'recordVictim'),
  t('rescues', 'Cuộc giải cứu', 'rescue operations', 'police', 'recordRescueOperation'),
  t('procuracy-files', 'Hồ sơ thụ lý của Viện kiểm sát', 'procuracy files', 'procuracy', 'acceptProcuracyFile'),
  t('indictments', 'Cáo trạng', 'indictments', 'procuracy', 'indict'),
  t('court-files', 'Hồ sơ thụ lý của Tòa án', 'court files', 'court', 'acceptCourtFile'),
  t('trials', 'Phiên tòa và phán quyết', 'trials and their verdicts', 'court', 'recordTrial', 'judgmentRef'),
  t('support-cases', 'Hồ sơ hỗ trợ', 'support cases', 'social_affairs', 'receiveSupportCase'),
  t('support-services', 'Dịch vụ hỗ trợ', 'support services', 'social_affairs', 'recordSupportService'),
  t('referrals', 'Chuyển tuyến', 'referrals', 'social_affairs', 'referSupportCase'),
  t('hotline-contacts', 'Cuộc gọi đường dây nóng', 'hotline contacts', 'social_affairs', 'recordHotlineContact'),
  t('border-incidents', 'Vụ việc biên giới', 'border incidents', 'border_guard', 'recordBorderIncident'),
  t('repatriations', 'Tiếp nhận người trở về', 'repatriations', 'border_guard', 'recordRepatriation'),
  t('cooperation', 'Hợp tác quốc tế', 'cross-border cooperation', 'border_guard', 'recordCrossBorderCooperation'),
]

export function recordType(name: string): RecordType | undefined {
  return RECORD_TYPES.find((r) => r.name === name)
}
