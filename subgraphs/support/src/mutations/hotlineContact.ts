// Hotline contacts: recorded here; those about possible trafficking are forwarded to the police,
// who register them as incoming reports (the report id is kept, so the link holds both ways); the
// others are closed.
import { change, closing, createFromRow, fieldProblem, illegalTransition, wrote, versionOf } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { beforeContact, contactOf } from '../domain/records.ts'
import { hotlineContactRow } from '../domain/rows.ts'
import { hotlineStatus } from '../domain/statuses.ts'
import { CloseHotlineContactSchema, ForwardHotlineContactSchema, RecordHotlineContactSchema } from '../validation/hotlineContact.ts'

/** The fields of a HotlineContact set when it is recorded. */
const RECORDED_FIELDS = ['externalRef', 'receivedAt', 'unitCode', 'channel', 'concernsTrafficking', 'status']

const concurrently = () => illegalTransition('input.contactId', 'trạng thái vừa được thay đổi bởi yêu cầu khác', 'the status was changed concurrently')

export const recordHotlineContact = mutation(
  createFromRow(RecordHotlineContactSchema, (tx) => tx.hotlineContact, hotlineContactRow, 'HotlineContact', RECORDED_FIELDS),
)

export const forwardHotlineContact = mutation({
  input: ForwardHotlineContactSchema,
  load: (tx, v) => contactOf(tx, v.contactId),
  unchanged: (h, v) => h.status === 'FORWARDED' && h.forwardedReportId === v.reportId && h.forwardedAt?.getTime() === v.forwardedAt.getTime(),
  transition: { machine: hotlineStatus, from: (h) => h.status, to: () => 'FORWARDED', field: 'input.contactId' },
  version: (tx, h) => versionOf(tx.hotlineContact, { id: h.id }, h.version),
  write: async (tx, v, { current: h }) => {
    if (!h.concernsTrafficking)
      throw illegalTransition(
        'input.contactId',
        'cuộc gọi không liên quan mua bán người, không chuyển Công an',
        'only a contact about possible trafficking is forwarded to the police',
      )
    if (v.forwardedAt < h.receivedAt) throw beforeContact('input.forwardedAt')
    const other = await tx.hotlineContact.findUnique({ where: { forwardedReportId: v.reportId } })
    if (other) throw fieldProblem('input.reportId', 'tin báo đã gắn với một cuộc gọi khác', 'the report is already linked to another hotline contact')
    const { count } = await tx.hotlineContact.updateMany({
      where: { id: h.id, status: 'RECEIVED' },
      data: { status: 'FORWARDED', forwardedReportId: v.reportId, forwardedAt: v.forwardedAt },
    })
    if (count !== 1) throw concurrently()
    return wrote(await contactOf(tx, h.id), change('HotlineContact', h.id, ['status', 'forwardedReport', 'forwardedAt']))
  },
})

export const closeHotlineContact = mutation({
  input: CloseHotlineContactSchema,
  load: (tx, v) => contactOf(tx, v.contactId),
  ...closing(hotlineStatus, 'input.contactId'),
  version: (tx, h) => versionOf(tx.hotlineContact, { id: h.id }, h.version),
  write: async (tx, v, { current: h }) => {
    if (v.closedAt < h.receivedAt) throw beforeContact('input.closedAt')
    const { count } = await tx.hotlineContact.updateMany({ where: { id: h.id, status: 'RECEIVED' }, data: { status: 'CLOSED', closedAt: v.closedAt } })
    if (count !== 1) throw concurrently()
    return wrote(await contactOf(tx, h.id), change('HotlineContact', h.id, ['status', 'closedAt']))
  },
})
