// The Mutation resolvers of Social Affairs: every write declared in this folder, run by the kit's
// one pipeline (validate, authorise, replay, transition, one transaction, audit once per record
// written), and the periodic report's submission (kit reporting). Explicit keys: a mutation
// defined twice cannot silently win.
import { mutationResolvers } from '@lienthong/kit'
import type { MutationResolvers } from '../resolvers/types.ts'
import { socialAffairsReports } from '../resolvers/Reporting.ts'
import { assessSupportCase, receiveSupportCase, recordSupportConsent } from './supportCase.ts'
import { endSupportService, recordSupportService } from './supportService.ts'
import { recordReintegrationFollowUp } from './followUp.ts'
import { changeSupportReferralStatus, referSupportCase } from './referral.ts'
import { closeHotlineContact, forwardHotlineContact, recordHotlineContact } from './hotlineContact.ts'

const writes = mutationResolvers({
  receiveSupportCase,
  recordSupportConsent,
  assessSupportCase,
  recordSupportService,
  endSupportService,
  recordReintegrationFollowUp,
  referSupportCase,
  changeSupportReferralStatus,
  recordHotlineContact,
  forwardHotlineContact,
  closeHotlineContact,
})

export const Mutation: MutationResolvers = {
  submitSocialAffairsReport: socialAffairsReports.submit as never,
  receiveSupportCase: writes.receiveSupportCase,
  recordSupportConsent: writes.recordSupportConsent,
  assessSupportCase: writes.assessSupportCase,
  recordSupportService: writes.recordSupportService,
  endSupportService: writes.endSupportService,
  recordReintegrationFollowUp: writes.recordReintegrationFollowUp,
  referSupportCase: writes.referSupportCase,
  changeSupportReferralStatus: writes.changeSupportReferralStatus,
  recordHotlineContact: writes.recordHotlineContact,
  forwardHotlineContact: writes.forwardHotlineContact,
  closeHotlineContact: writes.closeHotlineContact,
}
