// Writes of repatriations: record a reception (idempotent by externalRef), then move its
// verification along the legal transitions, with the embassy reference set once.
import { createOnce, fingerprint, illegalTransition, notFound, parseInput, inTransaction, fieldProblem } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { borderGate, gateUnitOn } from '../domain/borderGates.ts'
import { repatriationStatus } from '../domain/statuses.ts'
import { RecordRepatriationSchema, UpdateRepatriationStatusSchema, type RecordRepatriation } from '../validation/repatriation.ts'

export const repatriationFingerprint = (r: RecordRepatriation) => fingerprint({ ...r, personRefs: [...r.personRefs].sort() })

/** `created` is false for a replay (nothing written). */
export async function recordRepatriation(db: Db, raw: unknown) {
  const input = parseInput(RecordRepatriationSchema, raw, ['input'])
  const fp = repatriationFingerprint(input)
  const unitCode = gateUnitOn(borderGate(input.gateCode)!, input.receivedAt)!
  const { personRefs, ...data } = input
  return inTransaction(db, (tx) => createOnce({
    existing: () => tx.repatriation.findUnique({ where: { externalRef: input.externalRef } }),
    sameAs: (found) => found.fingerprint === fp,
    create: () => tx.repatriation.create({
      data: { ...data, unitCode, status: 'PENDING', statusChangedAt: input.receivedAt, embassyRefAt: data.embassyRef ? input.receivedAt : null, fingerprint: fp, persons: { createMany: { data: personRefs.map((personRef) => ({ personRef })) } } },
    }),
  }))
}

/** `changed` is false when the repatriation already had this status, date and embassy reference (a replay). */
export async function updateRepatriationStatus(db: Db, raw: unknown) {
  const u = parseInput(UpdateRepatriationStatusSchema, raw, ['input'])
  return inTransaction(db, async (tx) => {
    const r = await tx.repatriation.findUnique({ where: { id: u.repatriationId } })
    if (!r) throw notFound('hồ sơ tiếp nhận, hồi hương / repatriation', 'input.repatriationId')
    if (u.embassyRef && r.embassyRef && u.embassyRef !== r.embassyRef) {
      throw illegalTransition('input.embassyRef', 'đã có số hồ sơ Đại sứ quán khác', 'another embassy reference is already recorded')
    }
    const embassyRef = r.embassyRef ?? u.embassyRef ?? null
    // a replay of the last change returns the record as it is
    if (r.status === u.status && r.statusChangedAt.getTime() === u.at.getTime() && embassyRef === r.embassyRef) return { record: r, changed: false }
    repatriationStatus.assert(r.status, u.status, 'input.status')
    if (u.at < r.statusChangedAt) throw fieldProblem('input.at', 'trước lần cập nhật trạng thái trước', 'before the previous status change')
    if (u.status === 'VERIFIED' && !embassyRef) {
      throw fieldProblem('input.embassyRef', 'xác minh xong cần số hồ sơ Đại sứ quán (phối hợp qua Sở Ngoại vụ)', 'verification needs the embassy reference (coordinated through Foreign Affairs)')
    }
    const times = u.status === 'IN_PROGRESS' ? { verificationStartedAt: u.at } : { verificationEndedAt: u.at }
    return { record: await tx.repatriation.update({ where: { id: r.id }, data: { status: u.status, statusChangedAt: u.at, ...times, embassyRef, embassyRefAt: r.embassyRefAt ?? (embassyRef ? u.at : null) } }), changed: true }
  })
}
