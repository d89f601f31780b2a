// The records a write refers to by id (NOT_FOUND naming the input field when missing), and the
// date rules every write of a case or contact shares (nothing happens before its reception).
import { fieldProblem, notFound } from '@lienthong/kit'
import type { Tx } from '../db.ts'

export async function caseOf(tx: Tx, id: string, field = 'input.supportCaseId') {
  const found = await tx.supportCase.findUnique({ where: { id } })
  if (!found) throw notFound('hồ sơ hỗ trợ / support case', field)
  return found
}

export async function serviceOf(tx: Tx, id: string, field = 'input.serviceId') {
  const found = await tx.supportService.findUnique({ where: { id } })
  if (!found) throw notFound('dịch vụ hỗ trợ / support service', field)
  return found
}

export async function referralOf(tx: Tx, id: string, field = 'input.referralId') {
  const found = await tx.supportReferral.findUnique({ where: { id } })
  if (!found) throw notFound('chuyển tuyến / referral', field)
  return found
}

export async function contactOf(tx: Tx, id: string, field = 'input.contactId') {
  const found = await tx.hotlineContact.findUnique({ where: { id } })
  if (!found) throw notFound('cuộc gọi đường dây nóng / hotline contact', field)
  return found
}

/** BAD_USER_INPUT: the event is dated before the person was received. */
export const beforeReception = (field: string) => fieldProblem(field, 'trước ngày tiếp nhận người được hỗ trợ', 'before the person was received')

/** BAD_USER_INPUT: the event is dated before the hotline contact was received. */
export const beforeContact = (field: string) => fieldProblem(field, 'trước thời điểm tiếp nhận cuộc gọi', 'before the contact was received')
