// The police's Mutation resolvers: every write declared in this folder runs through the kit's
// pipeline (validate, authorise, replay by reference, transition, one transaction, audit once per
// record written); the periodic report's submission is the kit's reporting resolver. Only the
// Provincial Police's officers and supervisors call them (server.ts: the writers of its access policy).
import { mutationResolvers } from '@lienthong/kit'
import { police as policeReports } from '../resolvers/Reporting.ts'
import type { MutationResolvers } from '../resolvers/types.ts'
import * as criminalCase from './criminalCase.ts'
import * as incomingReport from './incomingReport.ts'
import * as peakCampaign from './peakCampaign.ts'
import * as rescueOperation from './rescueOperation.ts'
import * as suspect from './suspect.ts'
import * as victim from './victim.ts'

export const Mutation: MutationResolvers = mutationResolvers([incomingReport, criminalCase, suspect, victim, rescueOperation, peakCampaign], {
  submitPoliceReport: (parent, args, ctx, info) => policeReports.submit(parent, args, ctx, info) as never,
})
