import { generateResolverTypes, subgraphCodegen } from '@lienthong/kit/codegen'

/** What `npm run codegen` generates src/resolvers/types.ts from (the kit's own types' mappers added). */
export const codegenOptions = subgraphCodegen(import.meta.url, {
  CriminalCase: '{ id: string }',
  Person: '{ personRef: string }',
  ProcuracyFile: '../db.ts#ProcuracyFile as ProcuracyFileModel',
  ProcuracyStatusChange: '../db.ts#ProcuracyStatusChange as ProcuracyStatusChangeModel',
  Defendant: '../db.ts#Defendant as DefendantModel',
  Indictment: '../db.ts#Indictment as IndictmentModel',
  Charge: '../db.ts#Charge as ChargeModel',
  CourtFile: '../db.ts#CourtFile as CourtFileModel',
  CourtStatusChange: '../db.ts#CourtStatusChange as CourtStatusChangeModel',
  Verdict: '../db.ts#Verdict as VerdictModel',
  Appeal: '../db.ts#Appeal as AppealModel',
  ProcuracyStatistics: '@lienthong/kit#StatisticsScope',
  CourtStatistics: '@lienthong/kit#StatisticsScope',
})

if (import.meta.url === `file://${process.argv[1]}`) await generateResolverTypes(codegenOptions)
