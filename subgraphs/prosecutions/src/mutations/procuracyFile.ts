// The procuracy's decisions on its files: accept a file from the investigation, change its
// status. Only the procuracy writes them (domain/office.ts); each is idempotent by the
// procuracy's own number (the file number, the decision number).
import { badUserInput, change, fieldProblem, illegalTransition, notFound, wrote, referencedBy } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { assertProcuracyDecisionRefFree, courtHolds } from '../domain/decisions.ts'
import { assertOwner, onlyBy } from '../domain/office.ts'
import { procuracyStatus } from '../domain/statuses.ts'
import { AcceptProcuracyFileSchema, ChangeProcuracyStatusSchema } from '../validation/procuracyFile.ts'

export const acceptProcuracyFile = mutation({
  input: AcceptProcuracyFileSchema,
  authorise: onlyBy('PROCURACY', 'acceptProcuracyFile'),
  reference: async (tx, input) => referencedBy(await tx.procuracyFile.findUnique({ where: { externalRef: input.externalRef } })),
  write: async (tx, input, { digest }) => {
    if (await tx.procuracyFile.findUnique({ where: { caseId: input.caseId }, select: { id: true } })) {
      throw badUserInput([{ field: 'input.caseId', reasonVi: 'VKS đã có hồ sơ về vụ án này', reasonEn: 'the procuracy already holds a file on this case' }])
    }
    await assertProcuracyDecisionRefFree(tx, input.externalRef, 'input.externalRef')
    const file = await tx.procuracyFile.create({
      data: {
        externalRef: input.externalRef,
        office: 'PROCURACY',
        caseId: input.caseId,
        acceptedAt: input.acceptedAt,
        status: 'ACCEPTED',
        statusSince: input.acceptedAt,
        unitCode: input.unitCode,
        inputDigest: digest,
      },
    })
    const defendants = await tx.defendant.createManyAndReturn({
      data: input.defendants.map((personRef) => ({ fileId: file.id, personRef, office: 'PROCURACY' as const })),
      select: { id: true },
    })
    await tx.procuracyStatusChange.create({
      data: { decisionRef: input.externalRef, fileId: file.id, fromStatus: null, toStatus: 'ACCEPTED', at: input.acceptedAt, inputDigest: digest },
    })
    return wrote(
      file,
      change('ProcuracyFile', file.id, [
        'acceptedAt',
        'criminalCase',
        'defendants',
        'externalRef',
        'office',
        'status',
        'statusHistory',
        'statusSince',
        'unitCode',
      ]),
      change(
        'Defendant',
        defendants.map((d) => d.id),
        ['office', 'personRef', 'procuracyFile'],
      ),
    )
  },
})

export const changeProcuracyStatus = mutation({
  input: ChangeProcuracyStatusSchema,
  authorise: onlyBy('PROCURACY', 'changeProcuracyStatus'),
  referenceField: 'input.decisionRef',
  reference: async (tx, input) => {
    const decision = await tx.procuracyStatusChange.findUnique({ where: { decisionRef: input.decisionRef }, include: { file: true } })
    return decision && { inputDigest: decision.inputDigest, answer: decision.file }
  },
  load: async (tx, input) => {
    const file = await tx.procuracyFile.findUnique({ where: { id: input.procuracyFileId } })
    if (!file) throw notFound('hồ sơ VKS / procuracy file', 'input.procuracyFileId')
    return file
  },
  transition: { machine: procuracyStatus, from: (file) => file.status, to: (input) => input.status },
  write: async (tx, input, { current: file, digest, ctx }) => {
    assertOwner(ctx.office, file.office, 'changeProcuracyStatus')
    if (input.at < file.statusSince) throw fieldProblem('input.at', 'trước ngày của trạng thái hiện tại', 'before the date of the current status')
    if (file.status === 'INDICTED' && (await courtHolds(tx, file.id))) {
      throw illegalTransition('input.status', 'Tòa án đang thụ lý cáo trạng', 'the court holds the indictment')
    }
    await tx.procuracyStatusChange.create({
      data: {
        decisionRef: input.decisionRef,
        fileId: file.id,
        fromStatus: file.status,
        toStatus: input.status,
        at: input.at,
        reason: input.reason,
        inputDigest: digest,
      },
    })
    const record = await tx.procuracyFile.update({ where: { id: file.id }, data: { status: input.status, statusSince: input.at } })
    return wrote(record, change('ProcuracyFile', record.id, ['status', 'statusHistory', 'statusSince']))
  },
})
