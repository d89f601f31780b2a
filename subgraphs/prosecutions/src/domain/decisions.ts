// Rules of the offices' decisions that several writes share.
import { idempotencyConflict, notFound } from '@lienthong/kit'
import type { Tx } from '../db.ts'

/**
 * Decision numbers are unique per office, and a file, indictment or judgment number doubles as its
 * decision's (the status change it records): a number already used by another decision is refused.
 */
export async function assertProcuracyDecisionRefFree(tx: Tx, ref: string, field: string): Promise<void> {
  if (await tx.procuracyStatusChange.findUnique({ where: { decisionRef: ref }, select: { id: true } })) throw idempotencyConflict(field)
}

export async function assertCourtDecisionRefFree(tx: Tx, ref: string, field: string): Promise<void> {
  if (await tx.courtStatusChange.findUnique({ where: { decisionRef: ref }, select: { id: true } })) throw idempotencyConflict(field)
}

/** The court holds a file's current indictment unless it has none or returned it. */
export async function courtHolds(tx: Tx, fileId: string): Promise<boolean> {
  const latest = await tx.indictment.findFirst({ where: { fileId }, orderBy: [{ indictedAt: 'desc' }, { id: 'desc' }], include: { courtFile: true } })
  return latest?.courtFile != null && latest.courtFile.status !== 'RETURNED_TO_PROCURACY'
}

/** The latest indictment of a procuracy file (the one in force while the file is INDICTED). */
export const latestIndictment = (tx: Tx, fileId: string) => tx.indictment.findFirst({ where: { fileId }, orderBy: [{ indictedAt: 'desc' }, { id: 'desc' }] })

/** The court file a decision applies to (NOT_FOUND naming `input.courtFileId`). */
export async function courtFileOf(tx: Tx, id: string) {
  const file = await tx.courtFile.findUnique({ where: { id } })
  if (!file) throw notFound('hồ sơ Tòa án / court file', 'input.courtFileId')
  return file
}
