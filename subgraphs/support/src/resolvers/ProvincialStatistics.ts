// Social Affairs' contribution to the federated statistics entity: every figure is read from
// one statement per request (statistics/section.ts) for the scope rebuilt from the entity key.
import { personsOf, scopeOfKey, type CountByKeyRow, type Figures, type StatisticsScope } from '@lienthong/kit'
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
/** A person count (`@personCount`): its value with its record keys, for the publication (kit statistics/publish.ts). */
const persons = <T extends number | CountByKeyRow[]>(read: (f: Figures) => T) =>
  async (s: unknown, _args: unknown, { db }: { db: Db }) => personsOf(await supportFigures(db, scope(s)), read) as never

export const ProvincialStatistics: ProvincialStatisticsResolvers = {
  socialAffairsReporting: socialAffairsReports.period as never,
  __resolveReference: (key) => scopeOfKey(key) as never,
  supportPersonRefs: figure(supportPersonRefs),
  support: (s) => scope(s),
}

export const SupportStatistics: SupportStatisticsResolvers = {
  casesReceived: persons(cases.casesReceived),
  casesByFacility: persons(cases.casesByFacility),
  casesByArrival: persons(cases.casesByArrival),
  casesByScreeningResult: persons(cases.casesByScreening),
  personsReceived: persons(cases.personsReceived),
  personsSupported: persons(cases.personsSupported),
  victimsByServiceType: persons(cases.victimsByServiceType),
  servicesStarted: figure(cases.servicesStarted),
  servicesByType: figure(cases.servicesByType),
  shelterStaysStarted: figure(cases.shelterStaysStarted),
  shelterStaysOngoingAtPeriodEnd: figure(cases.shelterStaysOngoingAtEnd),
  referralsMade: figure(follow.referralsMade),
  referralsAccepted: figure(follow.referralsAccepted),
  referralsByStatusAtPeriodEnd: figure(follow.referralsByStatusAtEnd),
  reintegrationOutcomes: persons(follow.reintegrationOutcomes),
  hotlineContactsReceived: figure(follow.hotlineContactsReceived),
  hotlineContactsConcerningTrafficking: figure(follow.hotlineContactsAboutTrafficking),
  hotlineContactsForwardedToPolice: figure(follow.hotlineContactsForwarded),
}
