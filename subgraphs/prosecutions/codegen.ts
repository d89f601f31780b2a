import { fileURLToPath } from 'node:url'
import { generateResolverTypes, type CodegenOptions } from '@lienthong/kit/codegen'

/** What `npm run codegen` generates src/resolvers/types.ts from. */
export const codegenOptions: CodegenOptions = {
  dir: fileURLToPath(new URL('.', import.meta.url)),
  mappers: {
    ReportingYear: '@lienthong/kit/reporting#ReportingYearKey',
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
    ProvincialStatistics: '@lienthong/kit#StatisticsScope',
    ProcuracyStatistics: '@lienthong/kit#StatisticsScope',
    CourtStatistics: '@lienthong/kit#StatisticsScope',
    CountByKey: '@lienthong/kit#CountByKeyRow',
  },
}

if (import.meta.url === `file://${process.argv[1]}`) await generateResolverTypes(codegenOptions)
