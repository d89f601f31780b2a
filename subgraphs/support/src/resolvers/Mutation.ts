import type { MutationResolvers } from './types.ts'
import { supportCaseMutations as c } from './supportCaseMutations.ts'
import { referralMutations as r } from './referralMutations.ts'
import { hotlineMutations as h } from './hotlineMutations.ts'
import { socialAffairsReports } from './Reporting.ts'

// Explicit keys: a mutation defined twice cannot silently win.
export const Mutation: MutationResolvers = {
  submitSocialAffairsReport: socialAffairsReports.submit as never,
  receiveSupportCase: c.receiveSupportCase,
  recordSupportConsent: c.recordSupportConsent,
  assessSupportCase: c.assessSupportCase,
  recordSupportService: c.recordSupportService,
  endSupportService: c.endSupportService,
  recordReintegrationFollowUp: c.recordReintegrationFollowUp,
  referSupportCase: r.referSupportCase,
  changeSupportReferralStatus: r.changeSupportReferralStatus,
  recordHotlineContact: h.recordHotlineContact,
  forwardHotlineContact: h.forwardHotlineContact,
  closeHotlineContact: h.closeHotlineContact,
}
