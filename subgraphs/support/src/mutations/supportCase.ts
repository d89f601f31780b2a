// A support case: reception (once per file number), the consent to share (legal transitions only;
// a withdrawal ends the sharing of every open data-sharing referral of the case, for good), and
// screening and needs assessment after reception.
import { change, createFromRow, fieldProblem, illegalTransition, wrote, versionOf } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { beforeReception, caseOf } from '../domain/records.ts'
import { consentStatus } from '../domain/statuses.ts'
import { supportCaseRow } from '../domain/rows.ts'
import { AssessSupportCaseSchema, ReceiveSupportCaseSchema, RecordSupportConsentSchema } from '../validation/supportCase.ts'

/** The fields of a SupportCase set at reception. */
const RECEIVED_FIELDS = [
  'externalRef',
  'person',
  'receivedAt',
  'facility',
  'unitCode',
  'arrival',
  'consentToShare',
  'consentRecordedAt',
  'screening',
  'needsAssessment',
]

export const receiveSupportCase = mutation(createFromRow(ReceiveSupportCaseSchema, (tx) => tx.supportCase, supportCaseRow, 'SupportCase', RECEIVED_FIELDS))

export const recordSupportConsent = mutation({
  input: RecordSupportConsentSchema,
  load: (tx, v) => caseOf(tx, v.supportCaseId),
  // the consent already on record: a replay changes nothing
  unchanged: (c, v) => c.consentToShare === v.consentToShare,
  transition: { machine: consentStatus, from: (c) => c.consentToShare, to: (v) => v.consentToShare, field: 'input.consentToShare' },
  version: (tx, c) => versionOf(tx.supportCase, { id: c.id }, c.version),
  write: async (tx, v, { current: c }) => {
    if (v.recordedAt < c.receivedAt) throw beforeReception('input.recordedAt')
    if (c.consentRecordedAt && v.recordedAt < c.consentRecordedAt)
      throw fieldProblem('input.recordedAt', 'trước lần ghi nhận sự đồng ý trước', 'before the consent on record')
    const { count } = await tx.supportCase.updateMany({
      where: { id: c.id, consentToShare: c.consentToShare },
      data: { consentToShare: v.consentToShare, consentRecordedAt: v.recordedAt },
    })
    if (count !== 1) throw illegalTransition('input.consentToShare', 'sự đồng ý vừa được thay đổi bởi yêu cầu khác', 'the consent was changed concurrently')
    const record = await caseOf(tx, c.id)
    const changed = change('SupportCase', c.id, ['consentToShare', 'consentRecordedAt'])
    if (c.consentToShare !== 'GIVEN') return wrote(record, changed)
    // consent withdrawn: sharing through every referral of the case not yet finished ends for good
    // (a consent given again later does not revive it: a new referral is needed)
    const open = { supportCaseId: c.id, sharesPersonData: true, sharingEndedAt: null, status: { in: ['IN_PROGRESS' as const, 'ACCEPTED' as const] } }
    const ended = (await tx.supportReferral.findMany({ where: open, select: { id: true } })).map((r) => r.id)
    await tx.supportReferral.updateMany({ where: { ...open, id: { in: ended } }, data: { sharingEndedAt: v.recordedAt } })
    return wrote(record, changed, change('SupportReferral', ended, ['sharingEndedAt']))
  },
})

export const assessSupportCase = mutation({
  input: AssessSupportCaseSchema,
  load: (tx, v) => caseOf(tx, v.supportCaseId),
  // the same assessment sent again changes nothing
  unchanged: (c, v) =>
    (!v.screening || (c.screeningResult === v.screening.result && c.screenedAt?.getTime() === v.screening.screenedAt.getTime())) &&
    (!v.needsAssessment || (c.needs === v.needsAssessment.needs.join(',') && c.needsAssessedAt?.getTime() === v.needsAssessment.assessedAt.getTime())),
  version: (tx, c) => versionOf(tx.supportCase, { id: c.id }, c.version),
  write: async (tx, v, { current: c }) => {
    if (v.screening && v.screening.screenedAt < c.receivedAt) throw beforeReception('input.screening.screenedAt')
    if (v.needsAssessment && v.needsAssessment.assessedAt < c.receivedAt) throw beforeReception('input.needsAssessment.assessedAt')
    const record = await tx.supportCase.update({
      where: { id: c.id },
      data: {
        ...(v.screening ? { screeningResult: v.screening.result, screenedAt: v.screening.screenedAt } : {}),
        ...(v.needsAssessment ? { needs: v.needsAssessment.needs.join(','), needsAssessedAt: v.needsAssessment.assessedAt } : {}),
      },
    })
    return wrote(record, change('SupportCase', c.id, [...(v.screening ? ['screening'] : []), ...(v.needsAssessment ? ['needsAssessment'] : [])]))
  },
})
