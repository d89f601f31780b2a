// The procuracy's writes: accept a file, change its status, indict. Each runs in one
// transaction, is idempotent by the procuracy's own reference, and only the procuracy may run it.
import { badUserInput, idempotencyConflict, illegalTransition, notFound, parseInput, inputDigest, fieldProblem, inTransaction, createOnce } from '@lienthong/kit'
import type { Context } from '../context.ts'
import type { ProcuracyFile, Indictment } from '../db.ts'
import type { Tx } from '../db.ts'
import { assertOwner } from '../office.ts'
import { noteWritten } from './audit.ts'
import { procuracyMachine } from '../transitions.ts'
import { AcceptProcuracyFileSchema, ChangeProcuracyStatusSchema, IndictSchema } from '../validation/procuracyInputs.ts'

/** Decision numbers are unique per office; a file or indictment number doubles as its decision's. */
async function assertDecisionRefFree(tx: Tx, ref: string, field: string): Promise<void> {
  if (await tx.procuracyStatusChange.findUnique({ where: { decisionRef: ref } })) throw idempotencyConflict(field)
}

export async function acceptProcuracyFile(ctx: Context, raw: unknown): Promise<ProcuracyFile> {
  assertOwner(ctx.office, 'PROCURACY', 'acceptProcuracyFile')
  const input = parseInput(AcceptProcuracyFileSchema, raw, ['input'])
  const fp = inputDigest(input)
  let defendantIds: string[] = []
  const { record, created } = await inTransaction(ctx.db, async (tx) => createOnce({
    existing: () => tx.procuracyFile.findUnique({ where: { externalRef: input.externalRef } }),
    sameAs: (f) => f.fingerprint === fp,
    create: async () => {
      if (await tx.procuracyFile.findUnique({ where: { caseId: input.caseId } })) {
        throw badUserInput([{ field: 'input.caseId', reasonVi: 'VKS đã có hồ sơ về vụ án này', reasonEn: 'the procuracy already holds a file on this case' }])
      }
      await assertDecisionRefFree(tx, input.externalRef, 'input.externalRef')
      const file = await tx.procuracyFile.create({ data: {
        externalRef: input.externalRef, office: 'PROCURACY', caseId: input.caseId, acceptedAt: input.acceptedAt,
        status: 'ACCEPTED', statusSince: input.acceptedAt, unitCode: input.unitCode, fingerprint: fp,
      } })
      const defendants = await tx.defendant.createManyAndReturn({ data: input.defendants.map((personRef) => ({ fileId: file.id, personRef, office: 'PROCURACY' as const })), select: { id: true } })
      defendantIds = defendants.map((d) => d.id)
      await tx.procuracyStatusChange.create({ data: { decisionRef: input.externalRef, fileId: file.id, fromStatus: null, toStatus: 'ACCEPTED', at: input.acceptedAt, fingerprint: fp } })
      return file
    },
  }))
  if (created) noteWritten(ctx, 'acceptProcuracyFile', 'Defendant', defendantIds, ['office', 'personRef', 'procuracyFile'])
  return record
}

/** The court holds the current indictment unless it has none or returned it. */
async function courtHolds(tx: Tx, fileId: string): Promise<boolean> {
  const latest = await tx.indictment.findFirst({ where: { fileId }, orderBy: [{ indictedAt: 'desc' }, { id: 'desc' }], include: { courtFile: true } })
  return latest?.courtFile != null && latest.courtFile.status !== 'RETURNED_TO_PROCURACY'
}

export async function changeProcuracyStatus(ctx: Context, raw: unknown): Promise<ProcuracyFile> {
  assertOwner(ctx.office, 'PROCURACY', 'changeProcuracyStatus')
  const input = parseInput(ChangeProcuracyStatusSchema, raw, ['input'])
  const fp = inputDigest(input)
  return inTransaction(ctx.db, async (tx) => {
    const { record } = await createOnce({
      existing: () => tx.procuracyStatusChange.findUnique({ where: { decisionRef: input.decisionRef } }),
      sameAs: (c) => c.fingerprint === fp,
      field: 'input.decisionRef',
      create: async () => {
        const file = await tx.procuracyFile.findUnique({ where: { id: input.procuracyFileId } })
        if (!file) throw notFound('hồ sơ VKS / procuracy file', 'input.procuracyFileId')
        assertOwner(ctx.office, file.office, 'changeProcuracyStatus')
        procuracyMachine.assert(file.status, input.status, 'input.status')
        if (input.at < file.statusSince) throw fieldProblem('input.at', 'trước ngày của trạng thái hiện tại', 'before the date of the current status')
        if (file.status === 'INDICTED' && await courtHolds(tx, file.id)) {
          throw illegalTransition('input.status', 'Tòa án đang thụ lý cáo trạng', 'the court holds the indictment')
        }
        await tx.procuracyFile.update({ where: { id: file.id }, data: { status: input.status, statusSince: input.at } })
        return tx.procuracyStatusChange.create({ data: {
          decisionRef: input.decisionRef, fileId: file.id, fromStatus: file.status, toStatus: input.status, at: input.at, reason: input.reason, fingerprint: fp,
        } })
      },
    })
    return (await tx.procuracyFile.findUnique({ where: { id: record.fileId } }))!
  })
}

export async function indict(ctx: Context, raw: unknown): Promise<Indictment> {
  assertOwner(ctx.office, 'PROCURACY', 'indict')
  const input = parseInput(IndictSchema, raw, ['input'])
  const fp = inputDigest(input)
  let chargedIds: string[] = []
  const { record, created } = await inTransaction(ctx.db, async (tx) => createOnce({
    existing: () => tx.indictment.findUnique({ where: { externalRef: input.externalRef } }),
    sameAs: (i) => i.fingerprint === fp,
    create: async () => {
      const file = await tx.procuracyFile.findUnique({ where: { id: input.procuracyFileId }, include: { defendants: true } })
      if (!file) throw notFound('hồ sơ VKS / procuracy file', 'input.procuracyFileId')
      assertOwner(ctx.office, file.office, 'indict')
      procuracyMachine.assert(file.status, 'INDICTED', 'input.procuracyFileId')
      if (input.indictedAt < file.statusSince) throw fieldProblem('input.indictedAt', 'trước ngày của trạng thái hiện tại', 'before the date of the current status')
      const byRef = new Map(file.defendants.map((d) => [d.personRef, d.id]))
      input.charges.forEach((c, i) => {
        if (!byRef.has(c.personRef)) throw badUserInput([{ field: `input.charges.${i}.personRef`, reasonVi: 'không phải bị can của hồ sơ', reasonEn: 'not an accused person of this file' }])
      })
      await assertDecisionRefFree(tx, input.externalRef, 'input.externalRef')
      const indictment = await tx.indictment.create({ data: { externalRef: input.externalRef, office: 'PROCURACY', fileId: file.id, indictedAt: input.indictedAt, fingerprint: fp } })
      chargedIds = [...new Set(input.charges.map((c) => byRef.get(c.personRef)!))]
      await tx.charge.createMany({ data: input.charges.map((c) => ({ indictmentId: indictment.id, defendantId: byRef.get(c.personRef)!, article: c.article, clause: c.clause, office: 'PROCURACY' as const })) })
      await tx.procuracyFile.update({ where: { id: file.id }, data: { status: 'INDICTED', statusSince: input.indictedAt, indictedAt: input.indictedAt } })
      await tx.procuracyStatusChange.create({ data: { decisionRef: input.externalRef, fileId: file.id, fromStatus: file.status, toStatus: 'INDICTED', at: input.indictedAt, fingerprint: fp } })
      return indictment
    },
  }))
  if (created) noteWritten(ctx, 'indict', 'Defendant', chargedIds, ['charges'])
  return record
}
