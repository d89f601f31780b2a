import { generateResolverTypes, subgraphCodegen } from '@lienthong/kit/codegen'

/** What `npm run codegen` generates src/resolvers/types.ts from (the kit's own types' mappers added). */
export const codegenOptions = subgraphCodegen(import.meta.url, {
  Person: '{ personRef: string }',
  BorderIncident: '../db.ts#BorderIncident as BorderIncidentModel',
  IncidentInvolvement: '../db.ts#IncidentPerson as IncidentPersonModel',
  Repatriation: '../db.ts#Repatriation as RepatriationModel',
  CrossBorderCooperation: '../db.ts#CrossBorderCooperation as CrossBorderCooperationModel',
  BorderGate: '../domain/borderGates.ts#BorderGate as BorderGateModel',
  BorderStatistics: '@lienthong/kit#StatisticsScope',
  BorderIncidentStatistics: '@lienthong/kit#StatisticsScope',
  RepatriationStatistics: '@lienthong/kit#StatisticsScope',
  CooperationStatistics: '@lienthong/kit#StatisticsScope',
})

if (import.meta.url === `file://${process.argv[1]}`) await generateResolverTypes(codegenOptions)
