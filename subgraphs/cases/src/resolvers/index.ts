import type { Resolvers } from './types.ts'
import { Query } from './Query.ts'
import { Mutation } from './Mutation.ts'
import { CriminalCase } from './CriminalCase.ts'
import { IncomingReport } from './IncomingReport.ts'
import { Person } from './Person.ts'
import { CaseSuspect } from './CaseSuspect.ts'
import { PoliceVictim } from './PoliceVictim.ts'
import { RescueOperation } from './RescueOperation.ts'
import { PeakCampaign } from './PeakCampaign.ts'
import { JusticeFunnel, PoliceStatistics, ProvincialStatistics, VictimStatistics } from './ProvincialStatistics.ts'
import { ReportingYear } from './Reporting.ts'

export const resolvers: Resolvers = {
  Query,
  Mutation,
  CriminalCase,
  IncomingReport,
  Person,
  CaseSuspect,
  PoliceVictim,
  RescueOperation,
  PeakCampaign,
  ProvincialStatistics,
  PoliceStatistics,
  VictimStatistics,
  JusticeFunnel,
  ReportingYear,
}
