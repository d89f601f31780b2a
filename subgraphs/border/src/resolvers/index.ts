import type { Resolvers } from './types.ts'
import { ReportingYear } from './Reporting.ts'
import { Query } from './Query.ts'
import { Mutation } from './Mutation.ts'
import { Person } from './Person.ts'
import { BorderIncident, IncidentInvolvement } from './BorderIncident.ts'
import { Repatriation } from './Repatriation.ts'
import { CrossBorderCooperation } from './CrossBorderCooperation.ts'
import { BorderIncidentStatistics, BorderStatistics, CooperationStatistics, ProvincialStatistics, RepatriationStatistics } from './ProvincialStatistics.ts'

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Person,
  BorderIncident,
  IncidentInvolvement,
  Repatriation,
  CrossBorderCooperation,
  ProvincialStatistics,
  BorderStatistics,
  BorderIncidentStatistics,
  RepatriationStatistics,
  CooperationStatistics,
  ReportingYear,
}
