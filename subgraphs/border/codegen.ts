import { fileURLToPath } from 'node:url'
import { generateResolverTypes, type CodegenOptions } from '@lienthong/kit/codegen'

/** What `npm run codegen` generates src/resolvers/types.ts from. */
export const codegenOptions: CodegenOptions = {
  dir: fileURLToPath(new URL('.', import.meta.url)),
  mappers: {
    ReportingYear: '@lienthong/kit/reporting#ReportingYearKey',
    Person: '{ personRef: string }',
    BorderIncident: '../db.ts#BorderIncident as BorderIncidentModel',
    IncidentInvolvement: '../db.ts#IncidentPerson as IncidentPersonModel',
    Repatriation: '../db.ts#Repatriation as RepatriationModel',
    CrossBorderCooperation: '../db.ts#CrossBorderCooperation as CrossBorderCooperationModel',
    BorderGate: '../domain/borderGates.ts#BorderGate as BorderGateModel',
    ProvincialStatistics: '@lienthong/kit#StatisticsScope',
    BorderStatistics: '@lienthong/kit#StatisticsScope',
    BorderIncidentStatistics: '@lienthong/kit#StatisticsScope',
    RepatriationStatistics: '@lienthong/kit#StatisticsScope',
    CooperationStatistics: '@lienthong/kit#StatisticsScope',
    CountByKey: '@lienthong/kit#CountByKeyRow',
  },
}

if (import.meta.url === `file://${process.argv[1]}`) await generateResolverTypes(codegenOptions)
