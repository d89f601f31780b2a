// Cross-border cooperation records: a request recorded once per Border Guard reference, then its
// status moved along the legal transitions (domain/statuses.ts), each step kept in its history.
import { byExternalRef, change, fieldProblem, notFound, wrote, versionOf } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { cooperationStatus } from '../domain/statuses.ts'
import { RecordCooperationSchema, UpdateCooperationStatusSchema } from '../validation/cooperation.ts'

const TYPE = 'CrossBorderCooperation'

export const recordCrossBorderCooperation = mutation({
  input: RecordCooperationSchema,
  reference: byExternalRef((tx) => tx.crossBorderCooperation),
  write: async (tx, input, { digest }) => {
    if (input.incidentId && !(await tx.borderIncident.findUnique({ where: { id: input.incidentId }, select: { id: true } }))) {
      throw notFound('vụ việc biên giới / border incident', 'input.incidentId')
    }
    if (input.repatriationId && !(await tx.repatriation.findUnique({ where: { id: input.repatriationId }, select: { id: true } }))) {
      throw notFound('hồ sơ tiếp nhận, hồi hương / repatriation', 'input.repatriationId')
    }
    const record = await tx.crossBorderCooperation.create({
      data: {
        ...input,
        status: 'OPEN',
        statusChangedAt: input.requestedAt,
        inputDigest: digest,
        statusChanges: { create: { status: 'OPEN', at: input.requestedAt } },
      },
    })
    const given = [input.counterpartRef && 'counterpartRef', input.incidentId && 'incident', input.repatriationId && 'repatriation'].filter(
      (f): f is string => !!f,
    )
    return wrote(
      record,
      change(TYPE, record.id, ['externalRef', 'direction', 'counterpart', 'counterpartCountry', 'subject', 'requestedAt', 'status', ...given]),
    )
  },
})

export const updateCooperationStatus = mutation({
  input: UpdateCooperationStatusSchema,
  load: async (tx, input) => {
    const c = await tx.crossBorderCooperation.findUnique({ where: { id: input.cooperationId } })
    if (!c) throw notFound('hồ sơ hợp tác quốc tế / cooperation record', 'input.cooperationId')
    return c
  },
  // the last change sent again: answered as it is
  unchanged: (c, u) => c.status === u.status && c.statusChangedAt.getTime() === u.at.getTime(),
  transition: { machine: cooperationStatus, from: (c) => c.status, to: (u) => u.status },
  version: (tx, c) => versionOf(tx.crossBorderCooperation, { id: c.id }, c.version),
  write: async (tx, u, { current: c }) => {
    if (u.at < c.statusChangedAt) throw fieldProblem('input.at', 'trước lần cập nhật trạng thái trước', 'before the previous status change')
    // the history: the status held so far ends now, the new one begins
    await tx.cooperationStatusChange.updateMany({ where: { cooperationId: c.id, endedAt: null }, data: { endedAt: u.at } })
    await tx.cooperationStatusChange.create({ data: { cooperationId: c.id, status: u.status, at: u.at } })
    const answered = u.status === 'ANSWERED'
    const closed = u.status === 'CLOSED' || u.status === 'DECLINED'
    const record = await tx.crossBorderCooperation.update({
      where: { id: c.id },
      data: { status: u.status, statusChangedAt: u.at, ...(answered ? { answeredAt: u.at } : {}), ...(closed ? { closedAt: u.at } : {}) },
    })
    return wrote(record, change(TYPE, record.id, ['status', ...(answered ? ['answeredAt'] : []), ...(closed ? ['closedAt'] : [])]))
  },
})
