// Social Affairs' contribution to the federated statistics entity: every figure is one count or
// grouped count in this subgraph's database for the scope rebuilt from the entity key.
import { scopeOfKey, type StatisticsScope } from '@lienthong/kit'
import type { ProvincialStatisticsResolvers, SupportStatisticsResolvers } from './types.ts'
import { supportPersonRefs } from '../statistics/supportPersons.ts'
import * as cases from '../statistics/caseStatistics.ts'
import * as follow from '../statistics/followStatistics.ts'
import { socialAffairsReports } from './Reporting.ts'

const scope = (s: unknown) => s as StatisticsScope

export const ProvincialStatistics: ProvincialStatisticsResolvers = {
  socialAffairsReporting: socialAffairsReports.period as never,
  __resolveReference: (key) => scopeOfKey(key) as never,
  supportPersonRefs: (s, _args, { db }) => supportPersonRefs(db, scope(s)),
  support: (s) => scope(s),
}

export const SupportStatistics: SupportStatisticsResolvers = {
  casesReceived: (s, _a, { db }) => cases.casesReceived(db, s),
  casesByFacility: (s, _a, { db }) => cases.casesBy(db, s, 'facility'),
  casesByArrival: (s, _a, { db }) => cases.casesBy(db, s, 'arrival'),
  casesByScreeningResult: (s, _a, { db }) => cases.casesByScreening(db, s),
  personsReceived: (s, _a, { db }) => cases.personsReceived(db, s),
  personsSupported: (s, _a, { db }) => cases.personsSupported(db, s),
  victimsByServiceType: (s, _a, { db }) => cases.victimsByServiceType(db, s),
  servicesStarted: (s, _a, { db }) => cases.servicesStarted(db, s),
  servicesByType: (s, _a, { db }) => cases.servicesByType(db, s),
  shelterStaysStarted: (s, _a, { db }) => cases.shelterStaysStarted(db, s),
  shelterStaysOngoingAtPeriodEnd: (s, _a, { db }) => cases.shelterStaysOngoingAtEnd(db, s),
  referralsMade: (s, _a, { db }) => follow.referralsMade(db, s),
  referralsAccepted: (s, _a, { db }) => follow.referralsAccepted(db, s),
  referralsByStatusAtPeriodEnd: (s, _a, { db }) => follow.referralsByStatusAtEnd(db, s),
  reintegrationOutcomes: (s, _a, { db }) => follow.reintegrationOutcomes(db, s),
  hotlineContactsReceived: (s, _a, { db }) => follow.hotlineContactsReceived(db, s),
  hotlineContactsConcerningTrafficking: (s, _a, { db }) => follow.hotlineContactsAboutTrafficking(db, s),
  hotlineContactsForwardedToPolice: (s, _a, { db }) => follow.hotlineContactsForwarded(db, s),
}
