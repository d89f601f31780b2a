import { generateResolverTypes, subgraphCodegen } from '@lienthong/kit/codegen'

/** What `npm run codegen` generates src/resolvers/types.ts from (the kit's own types' mappers added). */
export const codegenOptions = subgraphCodegen(import.meta.url, {
  Person: '{ personRef: string }',
  IncomingReport: '{ id: string }',
  SupportCase: '../db.ts#SupportCase as SupportCaseModel',
  SupportService: '../db.ts#SupportService as SupportServiceModel',
  SupportReferral: '../db.ts#SupportReferral as SupportReferralModel',
  ReintegrationFollowUp: '../db.ts#ReintegrationFollowUp as ReintegrationFollowUpModel',
  HotlineContact: '../db.ts#HotlineContact as HotlineContactModel',
  SupportStatistics: '@lienthong/kit#StatisticsScope',
})

if (import.meta.url === `file://${process.argv[1]}`) await generateResolverTypes(codegenOptions)
