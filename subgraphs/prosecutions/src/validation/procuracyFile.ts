// Validated inputs of the procuracy's decisions on its files.
import { z } from 'zod'
import { ExpectedVersionSchema, checkUnitOnDate, ExternalRefSchema, KnownUnitSchema, PastInstantSchema } from '@lienthong/kit'
import { PersonRefSchema } from '@lienthong/schema'
import { $Enums } from '../db.ts'
import { ReasonSchema, RecordIdSchema } from './common.ts'

export const AcceptProcuracyFileSchema = z
  .object({
    externalRef: ExternalRefSchema,
    caseId: z.uuid('mã vụ án không hợp lệ / the police case id is not valid'),
    acceptedAt: PastInstantSchema,
    unitCode: KnownUnitSchema,
    defendants: z
      .array(PersonRefSchema)
      .min(1, 'cần ít nhất một bị can / at least one accused person')
      .max(100, 'tối đa 100 bị can / at most 100 accused')
      .refine((refs) => new Set(refs).size === refs.length, 'bị can bị lặp / an accused person is listed twice')
      .transform((refs) => [...refs].sort()),
  })
  .superRefine((v, ctx) => checkUnitOnDate(ctx, v.unitCode, v.acceptedAt, ['unitCode']))
export type AcceptProcuracyFile = z.output<typeof AcceptProcuracyFileSchema>

/** INDICTED is reached only by an indictment (mutation indict). */
export const ProcuracyTargetSchema = z
  .enum($Enums.ProcuracyStatus)
  .exclude(['INDICTED'], 'truy tố bằng cáo trạng (indict) / INDICTED is reached by the indict mutation')

export const ChangeProcuracyStatusSchema = z.object({
  version: ExpectedVersionSchema,
  decisionRef: ExternalRefSchema,
  procuracyFileId: RecordIdSchema,
  status: ProcuracyTargetSchema,
  at: PastInstantSchema,
  reason: ReasonSchema,
})
export type ChangeProcuracyStatus = z.output<typeof ChangeProcuracyStatusSchema>
