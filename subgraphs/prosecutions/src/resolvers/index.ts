import type { Resolvers } from './types.ts'
import { ReportingYear } from './Reporting.ts'
import { Query } from './Query.ts'
import { Mutation } from './Mutation.ts'
import { CriminalCase } from './CriminalCase.ts'
import { ProcuracyFile, ProcuracyStatusChange } from './ProcuracyFile.ts'
import { Charge, Defendant } from './Defendant.ts'
import { Indictment } from './Indictment.ts'
import { CourtFile, CourtStatusChange } from './CourtFile.ts'
import { Appeal, Verdict } from './Verdict.ts'
import { CourtStatistics, ProcuracyStatistics, ProvincialStatistics } from './ProvincialStatistics.ts'

export const resolvers: Resolvers = {
  Query,
  Mutation,
  CriminalCase,
  ProcuracyFile,
  ProcuracyStatusChange,
  Defendant,
  Charge,
  Indictment,
  CourtFile,
  CourtStatusChange,
  Verdict,
  Appeal,
  ProvincialStatistics,
  ProcuracyStatistics,
  CourtStatistics,
  ReportingYear,
}
