// Inputs of the incoming-report mutations.
import { z } from 'zod'
import { ExpectedVersionSchema, checkUnitOnDate, ExternalRefSchema, KnownUnitSchema, OptionalIdSchema, PastInstantSchema } from '@lienthong/kit'
import { IncomingReportChannel, IncomingReportKind, IncomingReportStatus } from '../generated/sqlite/enums.ts'

export const ReceiveIncomingReportSchema = z
  .object({
    externalRef: ExternalRefSchema,
    kind: z.enum(IncomingReportKind),
    channel: z.enum(IncomingReportChannel),
    receivedAt: PastInstantSchema,
    receivedByUnitCode: KnownUnitSchema,
    unitCode: KnownUnitSchema,
  })
  .superRefine((r, ctx) => {
    checkUnitOnDate(ctx, r.receivedByUnitCode, r.receivedAt, ['receivedByUnitCode'])
    checkUnitOnDate(ctx, r.unitCode, r.receivedAt, ['unitCode'])
  })
export type ReceiveIncomingReport = z.output<typeof ReceiveIncomingReportSchema>

export const ClassifyIncomingReportSchema = z.object({ version: ExpectedVersionSchema, traffickingRelated: z.boolean(), classifiedAt: PastInstantSchema })

export const ChangeIncomingReportStatusSchema = z
  .object({ version: ExpectedVersionSchema, status: z.enum(IncomingReportStatus), at: PastInstantSchema, caseId: OptionalIdSchema })
  .superRefine((c, ctx) => {
    if (c.status === 'CASE_OPENED' && !c.caseId) {
      ctx.addIssue({
        code: 'custom',
        path: ['caseId'],
        message: 'cần vụ án đã khởi tố, hoặc khởi tố bằng openCriminalCase / give the opened case, or open one with openCriminalCase',
      })
    }
    if (c.status !== 'CASE_OPENED' && c.caseId) {
      ctx.addIssue({ code: 'custom', path: ['caseId'], message: 'chỉ dùng với CASE_OPENED / only with CASE_OPENED' })
    }
  })
export type ChangeIncomingReportStatus = z.output<typeof ChangeIncomingReportStatusSchema>
