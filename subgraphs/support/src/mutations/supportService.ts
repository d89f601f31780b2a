// Services delivered to a supported person: recorded once per reference, from the day of
// reception on; an ongoing service (e.g. a shelter stay) ended once.
import { byExternalRef, change, fieldProblem, illegalTransition, wrote, versionOf } from '@lienthong/kit'
import { vietnamDay } from '@lienthong/schema'
import { mutation } from '../context.ts'
import { dayStart, serviceRow } from '../domain/rows.ts'
import { EndSupportServiceSchema, RecordSupportServiceSchema } from '../validation/supportService.ts'
import { beforeReception, caseOf, serviceOf } from '../domain/records.ts'

/** The fields of a SupportService set when it is recorded. */
const RECORDED_FIELDS = ['externalRef', 'supportCase', 'type', 'provider', 'startedOn', 'endedOn']

export const recordSupportService = mutation({
  input: RecordSupportServiceSchema,
  reference: byExternalRef((tx) => tx.supportService),
  write: async (tx, v, { digest }) => {
    const c = await caseOf(tx, v.supportCaseId)
    if (v.startedOn < vietnamDay(c.receivedAt)) throw beforeReception('input.startedOn')
    const record = await tx.supportService.create({ data: serviceRow(v, digest) })
    return wrote(record, change('SupportService', record.id, RECORDED_FIELDS))
  },
})

export const endSupportService = mutation({
  input: EndSupportServiceSchema,
  load: (tx, v) => serviceOf(tx, v.serviceId),
  // ended on that day already: a replay
  unchanged: (s, v) => s.endedOn != null && vietnamDay(s.endedOn) === v.endedOn,
  version: (tx, s) => versionOf(tx.supportService, { id: s.id }, s.version),
  write: async (tx, v, { current: s }) => {
    // ended on another day already (or meanwhile): an ended service does not end again
    const ended = () => illegalTransition('input.endedOn', 'dịch vụ đã kết thúc', 'the service has already ended')
    if (s.endedOn) throw ended()
    if (v.endedOn < vietnamDay(s.startedOn)) throw fieldProblem('input.endedOn', 'ngày kết thúc trước ngày bắt đầu', 'ends before it starts')
    const { count } = await tx.supportService.updateMany({ where: { id: s.id, endedOn: null }, data: { endedOn: dayStart(v.endedOn) } })
    if (count !== 1) throw ended()
    const record = await tx.supportService.findUniqueOrThrow({ where: { id: s.id } })
    return wrote(record, change('SupportService', s.id, ['endedOn']))
  },
})
