// Social Affairs' statistics of a scope as ONE section (kit defineSection): the entity's own
// contribution (supportPersonRefs) and every figure of SupportStatistics are arms of one UNION ALL,
// counted once per request and scope; each field reads its figure from the answer. Person counts
// are marked `persons(…)` (published with their record keys); every field's definition is its SDL
// description (statistics.graphql).
import { defineSection, persons } from '@lienthong/kit'
import { supportPersonArms, supportPersonRefs, unitRecords } from './supportPersons.ts'
import * as cases from './caseStatistics.ts'
import * as follow from './followStatistics.ts'

export const supportSection = defineSection({
  name: 'support',
  records: unitRecords,
  arms: (s) => [...supportPersonArms(s), ...cases.caseArms(s), ...follow.followArms(s)],
  types: {
    ProvincialStatistics: {
      supportPersonRefs,
    },
    SupportStatistics: {
      casesReceived: persons(cases.casesReceived),
      casesByFacility: persons(cases.casesByFacility),
      casesByArrival: persons(cases.casesByArrival),
      casesByScreeningResult: persons(cases.casesByScreening),
      personsReceived: persons(cases.personsReceived),
      personsSupported: persons(cases.personsSupported),
      victimsByServiceType: persons(cases.victimsByServiceType),
      servicesStarted: cases.servicesStarted,
      servicesByType: cases.servicesByType,
      shelterStaysStarted: cases.shelterStaysStarted,
      shelterStaysOngoingAtPeriodEnd: cases.shelterStaysOngoingAtEnd,
      referralsMade: follow.referralsMade,
      referralsAccepted: follow.referralsAccepted,
      referralsByStatusAtPeriodEnd: follow.referralsByStatusAtEnd,
      reintegrationOutcomes: persons(follow.reintegrationOutcomes),
      hotlineContactsReceived: follow.hotlineContactsReceived,
      hotlineContactsConcerningTrafficking: follow.hotlineContactsAboutTrafficking,
      hotlineContactsForwardedToPolice: follow.hotlineContactsForwarded,
    },
  },
})
