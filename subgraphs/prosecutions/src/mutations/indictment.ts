// The procuracy indicts: an indictment with its charges on an accepted file, which becomes
// INDICTED. Only the procuracy writes it; idempotent by the indictment number.
import { byExternalRef, badUserInput, change, fieldProblem, notFound, wrote, versionOf } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { assertProcuracyDecisionRefFree } from '../domain/decisions.ts'
import { assertOwner, onlyBy } from '../domain/office.ts'
import { procuracyStatus } from '../domain/statuses.ts'
import { IndictSchema } from '../validation/indictment.ts'

export const indict = mutation({
  input: IndictSchema,
  authorise: onlyBy('PROCURACY', 'indict'),
  reference: byExternalRef((tx) => tx.indictment),
  load: async (tx, input) => {
    const file = await tx.procuracyFile.findUnique({ where: { id: input.procuracyFileId }, include: { defendants: true } })
    if (!file) throw notFound('hồ sơ VKS / procuracy file', 'input.procuracyFileId')
    return file
  },
  transition: { machine: procuracyStatus, from: (file) => file.status, to: () => 'INDICTED', field: 'input.procuracyFileId' },
  version: (tx, f) => versionOf(tx.procuracyFile, { id: f.id }, f.version),
  write: async (tx, input, { current: file, digest, ctx }) => {
    assertOwner(ctx.office, file.office, 'indict')
    if (input.indictedAt < file.statusSince)
      throw fieldProblem('input.indictedAt', 'trước ngày của trạng thái hiện tại', 'before the date of the current status')
    const byRef = new Map(file.defendants.map((d) => [d.personRef, d.id]))
    input.charges.forEach((c, i) => {
      if (!byRef.has(c.personRef))
        throw badUserInput([{ field: `input.charges.${i}.personRef`, reasonVi: 'không phải bị can của hồ sơ', reasonEn: 'not an accused person of this file' }])
    })
    await assertProcuracyDecisionRefFree(tx, input.externalRef, 'input.externalRef')
    const indictment = await tx.indictment.create({
      data: { externalRef: input.externalRef, office: 'PROCURACY', fileId: file.id, indictedAt: input.indictedAt, inputDigest: digest },
    })
    await tx.charge.createMany({
      data: input.charges.map((c) => ({
        indictmentId: indictment.id,
        defendantId: byRef.get(c.personRef)!,
        article: c.article,
        clause: c.clause,
        office: 'PROCURACY' as const,
      })),
    })
    await tx.procuracyFile.update({ where: { id: file.id }, data: { status: 'INDICTED', statusSince: input.indictedAt, indictedAt: input.indictedAt } })
    await tx.procuracyStatusChange.create({
      data: { decisionRef: input.externalRef, fileId: file.id, fromStatus: file.status, toStatus: 'INDICTED', at: input.indictedAt, inputDigest: digest },
    })
    const charged = [...new Set(input.charges.map((c) => byRef.get(c.personRef)!))]
    return wrote(
      indictment,
      change('Indictment', indictment.id, ['charges', 'externalRef', 'indictedAt', 'office', 'procuracyFile']),
      change('ProcuracyFile', file.id, ['indictedAt', 'status', 'statusHistory', 'statusSince']),
      change('Defendant', charged, ['charges']),
    )
  },
})
