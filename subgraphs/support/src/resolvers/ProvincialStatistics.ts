// Social Affairs' contribution to the federated statistics entity: every figure is read from the
// support section (statistics/section.ts), one statement per request and scope rebuilt from the key.
import { scopeOfKey } from '@lienthong/kit'
import type { ProvincialStatisticsResolvers, SupportStatisticsResolvers } from './types.ts'
import { supportSection } from '../statistics/section.ts'
import { socialAffairsReports } from './Reporting.ts'

const figures = supportSection.resolvers

export const ProvincialStatistics: ProvincialStatisticsResolvers = {
  __resolveReference: (key) => scopeOfKey(key) as never,
  socialAffairsReporting: socialAffairsReports.period as never,
  supportPersonRefs: figures.ProvincialStatistics!.supportPersonRefs as never,
  support: (s) => s,
}

export const SupportStatistics = figures.SupportStatistics as SupportStatisticsResolvers
