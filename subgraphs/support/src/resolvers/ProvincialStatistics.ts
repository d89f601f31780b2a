// Social Affairs' contribution to the federated statistics entity: every figure is read from
// one statement per request (statistics/section.ts) for the scope rebuilt from the entity key.
import { scopeOfKey, type Figures, type StatisticsScope } from '@lienthong/kit'
import type { ProvincialStatisticsResolvers, SupportStatisticsResolvers } from './types.ts'
import type { Db } from '../db.ts'
import { supportFigures } from '../statistics/section.ts'
import { supportPersonRefs } from '../statistics/supportPersons.ts'
import * as cases from '../statistics/caseStatistics.ts'
import * as follow from '../statistics/followStatistics.ts'
import { socialAffairsReports } from './Reporting.ts'

const scope = (s: unknown) => s as StatisticsScope

/** A field resolver reading its figure from the scope's support section. */
const figure = <T>(read: (f: Figures) => T) =>
  async (s: unknown, _args: unknown, { db }: { db: Db }) => read(await supportFigures(db, scope(s)))

export const ProvincialStatistics: ProvincialStatisticsResolvers = {
  socialAffairsReporting: socialAffairsReports.period as never,
  __resolveReference: (key) => scopeOfKey(key) as never,
  supportPersonRefs: figure(supportPersonRefs),
  support: (s) => scope(s),
}

export const SupportStatistics: SupportStatisticsResolvers = {
  casesReceived: figure(cases.casesReceived),
  casesByFacility: figure(cases.casesByFacility),
  casesByArrival: figure(cases.casesByArrival),
  casesByScreeningResult: figure(cases.casesByScreening),
  personsReceived: figure(cases.personsReceived),
  personsSupported: figure(cases.personsSupported),
  victimsByServiceType: figure(cases.victimsByServiceType),
  servicesStarted: figure(cases.servicesStarted),
  servicesByType: figure(cases.servicesByType),
  shelterStaysStarted: figure(cases.shelterStaysStarted),
  shelterStaysOngoingAtPeriodEnd: figure(cases.shelterStaysOngoingAtEnd),
  referralsMade: figure(follow.referralsMade),
  referralsAccepted: figure(follow.referralsAccepted),
  referralsByStatusAtPeriodEnd: figure(follow.referralsByStatusAtEnd),
  reintegrationOutcomes: figure(follow.reintegrationOutcomes),
  hotlineContactsReceived: figure(follow.hotlineContactsReceived),
  hotlineContactsConcerningTrafficking: figure(follow.hotlineContactsAboutTrafficking),
  hotlineContactsForwardedToPolice: figure(follow.hotlineContactsForwarded),
}
