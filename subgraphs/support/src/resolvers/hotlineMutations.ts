// Hotline contacts: recorded here; those about possible trafficking are forwarded to the police,
// who register them as incoming reports (the report id is kept, so the link holds both ways).
import { createOnce, illegalTransition, notFound, parseInput, inTransaction, fieldProblem } from '@lienthong/kit'
import type { MutationResolvers } from './types.ts'
import type { Tx } from '../db.ts'
import { hotlineStatus } from '../statuses.ts'
import { hotlineContactRow } from '../payload.ts'
import { noted } from './written.ts'
import { CloseHotlineContactSchema, ForwardHotlineContactSchema, RecordHotlineContactSchema } from '../validation/hotlineInputs.ts'

async function contactOf(tx: Tx, id: string) {
  const found = await tx.hotlineContact.findUnique({ where: { id } })
  if (!found) throw notFound('HotlineContact', 'input.contactId')
  return found
}

const beforeContact = (field: string) => fieldProblem(field, 'trước thời điểm tiếp nhận cuộc gọi', 'before the contact was received')

export const hotlineMutations: Pick<MutationResolvers, 'recordHotlineContact' | 'forwardHotlineContact' | 'closeHotlineContact'> = {
  recordHotlineContact: async (_, { input }, ctx, info) => {
    const row = hotlineContactRow(parseInput(RecordHotlineContactSchema, input, ['input']))
    return noted(ctx, info, 'HotlineContact', input, await inTransaction(ctx.db, (tx) => createOnce({
      existing: () => tx.hotlineContact.findUnique({ where: { externalRef: row.externalRef } }),
      sameAs: (found) => found.payloadHash === row.payloadHash,
      create: () => tx.hotlineContact.create({ data: row }),
    })))
  },

  forwardHotlineContact: async (_, { input }, ctx, info) => {
    const v = parseInput(ForwardHotlineContactSchema, input, ['input'])
    return noted(ctx, info, 'HotlineContact', input, await inTransaction(ctx.db, async (tx) => {
      const h = await contactOf(tx, v.contactId)
      if (h.status === 'FORWARDED' && h.forwardedReportId === v.reportId && h.forwardedAt?.getTime() === v.forwardedAt.getTime()) return { record: h }
      hotlineStatus.assert(h.status, 'FORWARDED', 'input.contactId')
      if (!h.concernsTrafficking) throw illegalTransition('input.contactId', 'cuộc gọi không liên quan mua bán người, không chuyển Công an', 'only a contact about possible trafficking is forwarded to the police')
      if (v.forwardedAt < h.receivedAt) throw beforeContact('input.forwardedAt')
      const other = await tx.hotlineContact.findUnique({ where: { forwardedReportId: v.reportId } })
      if (other) throw fieldProblem('input.reportId', 'tin báo đã gắn với một cuộc gọi khác', 'the report is already linked to another hotline contact')
      const { count } = await tx.hotlineContact.updateMany({ where: { id: h.id, status: 'RECEIVED' }, data: { status: 'FORWARDED', forwardedReportId: v.reportId, forwardedAt: v.forwardedAt } })
      if (count !== 1) throw illegalTransition('input.contactId', 'trạng thái vừa được thay đổi bởi yêu cầu khác', 'the status was changed concurrently')
      return { record: await contactOf(tx, h.id), changed: true }
    }))
  },

  closeHotlineContact: async (_, { input }, ctx, info) => {
    const v = parseInput(CloseHotlineContactSchema, input, ['input'])
    return noted(ctx, info, 'HotlineContact', input, await inTransaction(ctx.db, async (tx) => {
      const h = await contactOf(tx, v.contactId)
      if (h.status === 'CLOSED' && h.closedAt?.getTime() === v.closedAt.getTime()) return { record: h }
      hotlineStatus.assert(h.status, 'CLOSED', 'input.contactId')
      if (v.closedAt < h.receivedAt) throw beforeContact('input.closedAt')
      const { count } = await tx.hotlineContact.updateMany({ where: { id: h.id, status: 'RECEIVED' }, data: { status: 'CLOSED', closedAt: v.closedAt } })
      if (count !== 1) throw illegalTransition('input.contactId', 'trạng thái vừa được thay đổi bởi yêu cầu khác', 'the status was changed concurrently')
      return { record: await contactOf(tx, h.id), changed: true }
    }))
  },
}
