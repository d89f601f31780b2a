// Rules of the offices' decisions that several writes share.
import { fieldProblem, idempotencyConflict, orNotFound } from '@lienthong/kit'
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
export const courtFileOf = async (tx: Tx, id: string) =>
  orNotFound(await tx.courtFile.findUnique({ where: { id } }), 'hồ sơ Tòa án / court file', 'input.courtFileId')

/** A file an office accepts under its own number: ACCEPTED from the day it is accepted. */
export const acceptedFile = (input: { externalRef: string; acceptedAt: Date }, inputDigest: string) => ({
  externalRef: input.externalRef,
  acceptedAt: input.acceptedAt,
  status: 'ACCEPTED' as const,
  statusSince: input.acceptedAt,
  inputDigest,
})

/** The acceptance as the file's first decision (its number is the file's). */
export const acceptance = (input: { externalRef: string; acceptedAt: Date }, inputDigest: string) => ({
  decisionRef: input.externalRef,
  fromStatus: null,
  toStatus: 'ACCEPTED' as const,
  at: input.acceptedAt,
  inputDigest,
})

/** What a file's status change sets on the file (its status history is the decisions recorded). */
export const STATUS_FIELDS = ['status', 'statusHistory', 'statusSince']

/**
 * A decision changing a file's status (the procuracy's or the court's), as the status change it
 * records under the decision's number: dated no earlier than the file's current status.
 */
export function statusDecision<S extends string>(
  file: { status: S; statusSince: Date },
  input: { decisionRef: string; status: S; at: Date; reason?: string | null },
  inputDigest: string,
) {
  if (input.at < file.statusSince) throw fieldProblem('input.at', 'trước ngày của trạng thái hiện tại', 'before the date of the current status')
  return { decisionRef: input.decisionRef, fromStatus: file.status, toStatus: input.status, at: input.at, reason: input.reason, inputDigest }
}
