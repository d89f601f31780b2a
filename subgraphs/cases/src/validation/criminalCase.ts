// Inputs of the criminal-case mutations.
import { z } from 'zod'
import {
  ExpectedVersionSchema,
  checkUnitOnDate,
  distinctSorted,
  ExternalRefSchema,
  FlagSchema,
  KnownUnitSchema,
  OptionalIdSchema,
  orNull,
  PastInstantSchema,
} from '@lienthong/kit'
import { RouteKindSchema } from '@lienthong/schema'
import { CaseInvestigationStatus } from '../generated/sqlite/enums.ts'
import { FormsSchema } from './common.ts'

export const OpenCriminalCaseSchema = z
  .object({
    externalRef: ExternalRefSchema,
    openedAt: PastInstantSchema,
    codeArticle: z
      .number()
      .int()
      .refine((a) => a === 150 || a === 151, 'điều luật phải là 150 hoặc 151 BLHS / the article must be 150 or 151 of the Criminal Code'),
    unitCode: KnownUnitSchema,
    routeKind: RouteKindSchema,
    destinationCountry: orNull(z.string()),
    forms: FormsSchema,
    organisedRing: FlagSchema,
    onlineRecruitment: FlagSchema,
    peakCampaignId: OptionalIdSchema,
    reportIds: distinctSorted(z.string().min(1)),
  })
  .superRefine((c, ctx) => {
    checkUnitOnDate(ctx, c.unitCode, c.openedAt, ['unitCode'])
    if (c.routeKind === 'CROSS_BORDER' && !c.destinationCountry) {
      ctx.addIssue({
        code: 'custom',
        path: ['destinationCountry'],
        message: 'tuyến xuyên biên giới cần nước đến / a cross-border route needs the destination country',
      })
    }
    if (c.routeKind === 'DOMESTIC' && c.destinationCountry) {
      ctx.addIssue({
        code: 'custom',
        path: ['destinationCountry'],
        message: 'tuyến trong nước không có nước đến / a domestic route has no destination country',
      })
    }
    if (c.destinationCountry === 'VN') {
      ctx.addIssue({ code: 'custom', path: ['destinationCountry'], message: 'nước đến không thể là VN / the destination cannot be VN' })
    }
  })
export type OpenCriminalCase = z.output<typeof OpenCriminalCaseSchema>

export const ChangeCriminalCaseStatusSchema = z.object({ version: ExpectedVersionSchema, status: z.enum(CaseInvestigationStatus), at: PastInstantSchema })
export type ChangeCriminalCaseStatus = z.output<typeof ChangeCriminalCaseStatusSchema>
