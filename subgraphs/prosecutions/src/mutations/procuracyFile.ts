// The procuracy's decisions on its files: accept a file from the investigation, change its
// status. Only the procuracy writes them (domain/office.ts); each is idempotent by the
// procuracy's own number (the file number, the decision number).
import { byExternalRef, badUserInput, change, illegalTransition, orNotFound, wrote, referencedBy, versionOf } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { acceptance, acceptedFile, assertProcuracyDecisionRefFree, courtHolds, STATUS_FIELDS, statusDecision } from '../domain/decisions.ts'
import { assertOwner, onlyBy } from '../domain/office.ts'
import { procuracyStatus } from '../domain/statuses.ts'
import { AcceptProcuracyFileSchema, ChangeProcuracyStatusSchema } from '../validation/procuracyFile.ts'

export const acceptProcuracyFile = mutation({
  input: AcceptProcuracyFileSchema,
  authorise: onlyBy('PROCURACY', 'acceptProcuracyFile'),
  reference: byExternalRef((tx) => tx.procuracyFile),
  write: async (tx, input, { digest }) => {
    if (await tx.procuracyFile.findUnique({ where: { caseId: input.caseId }, select: { id: true } })) {
      throw badUserInput([{ field: 'input.caseId', reasonVi: 'VKS đã có hồ sơ về vụ án này', reasonEn: 'the procuracy already holds a file on this case' }])
    }
    await assertProcuracyDecisionRefFree(tx, input.externalRef, 'input.externalRef')
    const file = await tx.procuracyFile.create({
      data: { ...acceptedFile(input, digest), office: 'PROCURACY', caseId: input.caseId, unitCode: input.unitCode },
    })
    const defendants = await tx.defendant.createManyAndReturn({
      data: input.defendants.map((personRef) => ({ fileId: file.id, personRef, office: 'PROCURACY' as const })),
      select: { id: true },
    })
    await tx.procuracyStatusChange.create({ data: { fileId: file.id, ...acceptance(input, digest) } })
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
  reference: async (tx, input) =>
    referencedBy(await tx.procuracyStatusChange.findUnique({ where: { decisionRef: input.decisionRef }, include: { file: true } }), { answer: (d) => d.file }),
  load: async (tx, input) =>
    orNotFound(await tx.procuracyFile.findUnique({ where: { id: input.procuracyFileId } }), 'hồ sơ VKS / procuracy file', 'input.procuracyFileId'),
  transition: { machine: procuracyStatus, from: (file) => file.status, to: (input) => input.status },
  version: (tx, f) => versionOf(tx.procuracyFile, { id: f.id }, f.version),
  write: async (tx, input, { current: file, digest, ctx }) => {
    assertOwner(ctx.office, file.office, 'changeProcuracyStatus')
    const decision = statusDecision(file, input, digest)
    if (file.status === 'INDICTED' && (await courtHolds(tx, file.id))) {
      throw illegalTransition('input.status', 'Tòa án đang thụ lý cáo trạng', 'the court holds the indictment')
    }
    await tx.procuracyStatusChange.create({ data: { fileId: file.id, ...decision } })
    const record = await tx.procuracyFile.update({ where: { id: file.id }, data: { status: input.status, statusSince: input.at } })
    return wrote(record, change('ProcuracyFile', record.id, STATUS_FIELDS))
  },
})
