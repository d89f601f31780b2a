// Writes of cross-border cooperation records: record a request (idempotent by externalRef),
// then move its status along the legal transitions.
import { createOnce, fingerprint, notFound, parseInput, inTransaction, fieldProblem } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { cooperationStatus } from '../domain/statuses.ts'
import { RecordCooperationSchema, UpdateCooperationStatusSchema } from '../validation/cooperation.ts'

export async function recordCrossBorderCooperation(db: Db, raw: unknown) {
  const input = parseInput(RecordCooperationSchema, raw, ['input'])
  const fp = fingerprint(input)
  return inTransaction(db, async (tx) => {
    if (input.incidentId && !(await tx.borderIncident.findUnique({ where: { id: input.incidentId }, select: { id: true } }))) {
      throw notFound('vụ việc biên giới / border incident', 'input.incidentId')
    }
    if (input.repatriationId && !(await tx.repatriation.findUnique({ where: { id: input.repatriationId }, select: { id: true } }))) {
      throw notFound('hồ sơ tiếp nhận, hồi hương / repatriation', 'input.repatriationId')
    }
    return (await createOnce({
      existing: () => tx.crossBorderCooperation.findUnique({ where: { externalRef: input.externalRef } }),
      sameAs: (found) => found.fingerprint === fp,
      create: () => tx.crossBorderCooperation.create({
        data: { ...input, status: 'OPEN', statusChangedAt: input.requestedAt, fingerprint: fp, statusChanges: { create: { status: 'OPEN', at: input.requestedAt } } },
      }),
    })).record
  })
}

export async function updateCooperationStatus(db: Db, raw: unknown) {
  const u = parseInput(UpdateCooperationStatusSchema, raw, ['input'])
  return inTransaction(db, async (tx) => {
    const c = await tx.crossBorderCooperation.findUnique({ where: { id: u.cooperationId } })
    if (!c) throw notFound('hồ sơ hợp tác quốc tế / cooperation record', 'input.cooperationId')
    if (c.status === u.status && c.statusChangedAt.getTime() === u.at.getTime()) return c
    cooperationStatus.assert(c.status, u.status, 'input.status')
    if (u.at < c.statusChangedAt) throw fieldProblem('input.at', 'trước lần cập nhật trạng thái trước', 'before the previous status change')
    // the history: the status held so far ends now, the new one begins
    await tx.cooperationStatusChange.updateMany({ where: { cooperationId: c.id, endedAt: null }, data: { endedAt: u.at } })
    await tx.cooperationStatusChange.create({ data: { cooperationId: c.id, status: u.status, at: u.at } })
    return tx.crossBorderCooperation.update({
      where: { id: c.id },
      data: {
        status: u.status, statusChangedAt: u.at,
        ...(u.status === 'ANSWERED' ? { answeredAt: u.at } : {}),
        ...(u.status === 'CLOSED' || u.status === 'DECLINED' ? { closedAt: u.at } : {}),
      },
    })
  })
}
