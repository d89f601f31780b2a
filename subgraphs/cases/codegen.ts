import { generateResolverTypes, subgraphCodegen } from '@lienthong/kit/codegen'

/** What `npm run codegen` generates src/resolvers/types.ts from (the kit's own types' mappers added). */
export const codegenOptions = subgraphCodegen(import.meta.url, {
  Person: './Person.ts#PersonParent',
  CriminalCase: '../db.ts#CriminalCase as CriminalCaseModel',
  IncomingReport: '../db.ts#IncomingReport as IncomingReportModel',
  IncomingReportStatusChange: '../db.ts#StatusChange as StatusChangeModel',
  CriminalCaseStatusChange: '../db.ts#StatusChange as StatusChangeModel',
  CaseSuspect: '../db.ts#Suspect as SuspectModel',
  PoliceVictim: '../loaders/victim.ts#VictimRecord',
  RescueOperation: '../db.ts#RescueOperation as RescueOperationModel',
  PeakCampaign: '../db.ts#PeakCampaign as PeakCampaignModel',
  PoliceStatistics: '@lienthong/kit#StatisticsScope',
})

if (import.meta.url === `file://${process.argv[1]}`) await generateResolverTypes(codegenOptions)
