import { fileURLToPath } from 'node:url'
import { generateResolverTypes, type CodegenOptions } from '@lienthong/kit/codegen'

/** What `npm run codegen` generates src/resolvers/types.ts from. */
export const codegenOptions: CodegenOptions = {
  dir: fileURLToPath(new URL('.', import.meta.url)),
  mappers: {
    ReportingYear: '@lienthong/kit/reporting#ReportingYearKey',
    Person: '{ personRef: string }',
    IncomingReport: '{ id: string }',
    SupportCase: '../db.ts#SupportCase as SupportCaseModel',
    SupportService: '../db.ts#SupportService as SupportServiceModel',
    SupportReferral: '../db.ts#SupportReferral as SupportReferralModel',
    ReintegrationFollowUp: '../db.ts#ReintegrationFollowUp as ReintegrationFollowUpModel',
    HotlineContact: '../db.ts#HotlineContact as HotlineContactModel',
    ProvincialStatistics: '@lienthong/kit#StatisticsScope',
    SupportStatistics: '@lienthong/kit#StatisticsScope',
    // `suppressed` (and `count` for published roles) is resolved by the kit (statistics/publish.ts)
    CountByKey: '@lienthong/kit#CountByKeyRow',
  },
}

if (import.meta.url === `file://${process.argv[1]}`) await generateResolverTypes(codegenOptions)
