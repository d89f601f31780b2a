import { fileURLToPath } from 'node:url'
import { generateResolverTypes, type CodegenOptions } from '@lienthong/kit/codegen'

/** What `npm run codegen` generates src/resolvers/types.ts from. */
export const codegenOptions: CodegenOptions = {
  dir: fileURLToPath(new URL('.', import.meta.url)),
  mappers: {
    Person: './Person.ts#PersonParent',
    CriminalCase: '../db.ts#CriminalCase as CriminalCaseModel',
    IncomingReport: '../db.ts#IncomingReport as IncomingReportModel',
    IncomingReportStatusChange: '../db.ts#StatusChange as StatusChangeModel',
    CriminalCaseStatusChange: '../db.ts#StatusChange as StatusChangeModel',
    CaseSuspect: '../db.ts#Suspect as SuspectModel',
    PoliceVictim: '../loaders/victim.ts#VictimRecord',
    RescueOperation: '../db.ts#RescueOperation as RescueOperationModel',
    PeakCampaign: '../db.ts#PeakCampaign as PeakCampaignModel',
    ProvincialStatistics: '@lienthong/kit#StatisticsScope',
    PoliceStatistics: '@lienthong/kit#StatisticsScope',
    ReportingYear: '@lienthong/kit/reporting#ReportingYearKey',
    CountByKey: '@lienthong/kit#CountByKeyRow',
  },
}

if (import.meta.url === `file://${process.argv[1]}`) await generateResolverTypes(codegenOptions)
