import type { Resolvers } from './types.ts'
import { ReportingYear } from './Reporting.ts'
import { Query } from './Query.ts'
import { Mutation } from './Mutation.ts'
import { Person } from './Person.ts'
import { IncomingReport } from './IncomingReport.ts'
import { SupportCase } from './SupportCase.ts'
import { SupportService } from './SupportService.ts'
import { SupportReferral } from './SupportReferral.ts'
import { HotlineContact } from './HotlineContact.ts'
import { ProvincialStatistics, SupportStatistics } from './ProvincialStatistics.ts'

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Person,
  IncomingReport,
  SupportCase,
  SupportService,
  SupportReferral,
  HotlineContact,
  ProvincialStatistics,
  SupportStatistics,
  ReportingYear,
}
