// The records a write refers to by id (NOT_FOUND naming the input field when missing), and the
// date rules every write of a case or contact shares (nothing happens before its reception).
import { fieldProblem, orNotFound } from '@lienthong/kit'
import type { Tx } from '../db.ts'

/** A record found by id through `find`, or NOT_FOUND naming the input field (`field`, by default the one the write names it by). */
const lookup =
  <T>(find: (tx: Tx, id: string) => Promise<T | null>, entity: string, inputField: string) =>
  async (tx: Tx, id: string, field = inputField) =>
    orNotFound(await find(tx, id), entity, field)

export const caseOf = lookup((tx, id) => tx.supportCase.findUnique({ where: { id } }), 'hồ sơ hỗ trợ / support case', 'input.supportCaseId')
export const serviceOf = lookup((tx, id) => tx.supportService.findUnique({ where: { id } }), 'dịch vụ hỗ trợ / support service', 'input.serviceId')
export const referralOf = lookup((tx, id) => tx.supportReferral.findUnique({ where: { id } }), 'chuyển tuyến / referral', 'input.referralId')
export const contactOf = lookup((tx, id) => tx.hotlineContact.findUnique({ where: { id } }), 'cuộc gọi đường dây nóng / hotline contact', 'input.contactId')

/** BAD_USER_INPUT: the event is dated before the person was received. */
export const beforeReception = (field: string) => fieldProblem(field, 'trước ngày tiếp nhận người được hỗ trợ', 'before the person was received')

/** BAD_USER_INPUT: the event is dated before the hotline contact was received. */
export const beforeContact = (field: string) => fieldProblem(field, 'trước thời điểm tiếp nhận cuộc gọi', 'before the contact was received')
