// The Mutation resolvers of Social Affairs: every write declared in this folder, run by the kit's
// one pipeline (validate, authorise, replay, transition, one transaction, audit once per record
// written), and the periodic report's submission (kit reporting). A mutation defined twice is an
// error at start-up (kit mutationResolvers): it cannot silently win.
import { mutationResolvers } from '@lienthong/kit'
import type { MutationResolvers } from '../resolvers/types.ts'
import { socialAffairsReports } from '../resolvers/Reporting.ts'
import * as supportCase from './supportCase.ts'
import * as supportService from './supportService.ts'
import * as followUp from './followUp.ts'
import * as referral from './referral.ts'
import * as hotlineContact from './hotlineContact.ts'

export const Mutation: MutationResolvers = mutationResolvers([supportCase, supportService, followUp, referral, hotlineContact], {
  submitSocialAffairsReport: socialAffairsReports.submit as never,
})
