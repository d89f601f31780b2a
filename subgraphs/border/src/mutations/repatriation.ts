// Repatriations: a reception through a border gate recorded once per Border Guard reference, then
// its verification moved along the legal transitions, with the embassy reference set once.
import { byExternalRef, change, fieldProblem, illegalTransition, notFound, wrote, versionOf } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { borderGate, gateUnitOn } from '../domain/borderGates.ts'
import { repatriationStatus } from '../domain/statuses.ts'
import { RecordRepatriationSchema, UpdateRepatriationStatusSchema } from '../validation/repatriation.ts'

const TYPE = 'Repatriation'

export const recordRepatriation = mutation({
  input: RecordRepatriationSchema,
  reference: byExternalRef((tx) => tx.repatriation),
  write: async (tx, { personRefs, ...data }, { digest }) => {
    const unitCode = gateUnitOn(borderGate(data.gateCode)!, data.receivedAt)!
    const record = await tx.repatriation.create({
      data: {
        ...data,
        unitCode,
        status: 'PENDING',
        statusChangedAt: data.receivedAt,
        embassyRefAt: data.embassyRef ? data.receivedAt : null,
        inputDigest: digest,
        persons: { createMany: { data: personRefs.map((personRef) => ({ personRef })) } },
      },
    })
    return wrote(
      record,
      change(TYPE, record.id, [
        'externalRef',
        'fromCountry',
        'gate',
        'unitCode',
        'receivedAt',
        'status',
        'statusChangedAt',
        'persons',
        ...(data.embassyRef ? ['embassyRef'] : []),
      ]),
      // the persons received: each person now has this repatriation (Person.repatriations)
      change('Person', personRefs, ['repatriations']),
    )
  },
})

export const updateRepatriationStatus = mutation({
  input: UpdateRepatriationStatusSchema,
  load: async (tx, u) => {
    const r = await tx.repatriation.findUnique({ where: { id: u.repatriationId } })
    if (!r) throw notFound('hồ sơ tiếp nhận, hồi hương / repatriation', 'input.repatriationId')
    if (u.embassyRef && r.embassyRef && u.embassyRef !== r.embassyRef) {
      throw illegalTransition('input.embassyRef', 'đã có số hồ sơ Đại sứ quán khác', 'another embassy reference is already recorded')
    }
    return r
  },
  // the last change sent again: answered as it is
  unchanged: (r, u) => r.status === u.status && r.statusChangedAt.getTime() === u.at.getTime() && (u.embassyRef ?? r.embassyRef) === r.embassyRef,
  transition: { machine: repatriationStatus, from: (r) => r.status, to: (u) => u.status },
  version: (tx, r) => versionOf(tx.repatriation, { id: r.id }, r.version),
  write: async (tx, u, { current: r }) => {
    if (u.at < r.statusChangedAt) throw fieldProblem('input.at', 'trước lần cập nhật trạng thái trước', 'before the previous status change')
    const embassyRef = r.embassyRef ?? u.embassyRef ?? null
    if (u.status === 'VERIFIED' && !embassyRef) {
      throw fieldProblem(
        'input.embassyRef',
        'xác minh xong cần số hồ sơ Đại sứ quán (phối hợp qua Sở Ngoại vụ)',
        'verification needs the embassy reference (coordinated through Foreign Affairs)',
      )
    }
    const times = u.status === 'IN_PROGRESS' ? { verificationStartedAt: u.at } : { verificationEndedAt: u.at }
    const record = await tx.repatriation.update({
      where: { id: r.id },
      data: { status: u.status, statusChangedAt: u.at, ...times, embassyRef, embassyRefAt: r.embassyRefAt ?? (embassyRef ? u.at : null) },
    })
    return wrote(record, change(TYPE, r.id, ['status', 'statusChangedAt', ...(embassyRef !== r.embassyRef ? ['embassyRef'] : [])]))
  },
})
