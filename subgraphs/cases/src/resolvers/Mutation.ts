import { forbidden } from '@lienthong/kit'
import type { Context } from '../context.ts'
import { changeCriminalCaseStatus, openCriminalCase } from '../mutations/criminalCase.ts'
import { changeIncomingReportStatus, classifyIncomingReport, receiveIncomingReport } from '../mutations/incomingReport.ts'
import { createPeakCampaign, recordRescueOperation } from '../mutations/rescue.ts'
import { recordSuspect } from '../mutations/suspect.ts'
import { addVictimToCase, changeVictimStatus, recordVictim } from '../mutations/victim.ts'
import type { MutationResolvers } from './types.ts'
import { police as policeReports } from './Reporting.ts'

/**
 * Police records are written by the police only; every other agency reads them through the
 * network. Finer rules (role, unit scope, who may read personal fields) are NET-7's.
 */
function police(ctx: Context): Context {
  if (ctx.identity.agency !== 'police') throw forbidden('(mutation)', 'chỉ Công an tỉnh được ghi hồ sơ của công an', 'only the Provincial Police may write police records')
  return ctx
}

export const Mutation: MutationResolvers = {
  receiveIncomingReport: (_, { input }, ctx) => receiveIncomingReport(input, police(ctx)),
  classifyIncomingReport: (_, { id, input }, ctx) => classifyIncomingReport(id, input, police(ctx)),
  changeIncomingReportStatus: (_, { id, input }, ctx) => changeIncomingReportStatus(id, input, police(ctx)),
  openCriminalCase: (_, { input }, ctx) => openCriminalCase(input, police(ctx)),
  changeCriminalCaseStatus: (_, { id, input }, ctx) => changeCriminalCaseStatus(id, input, police(ctx)),
  recordSuspect: (_, { input }, ctx) => recordSuspect(input, police(ctx)),
  recordVictim: (_, { input }, ctx) => recordVictim(input, police(ctx)),
  addVictimToCase: (_, { caseId, personRef }, ctx) => addVictimToCase(caseId, personRef, police(ctx)),
  changeVictimStatus: (_, { personRef, input }, ctx) => changeVictimStatus(personRef, input, police(ctx)),
  recordRescueOperation: (_, { input }, ctx) => recordRescueOperation(input, police(ctx)),
  createPeakCampaign: (_, { input }, ctx) => createPeakCampaign(input, police(ctx)),
  submitPoliceReport: (parent, args, ctx, info) => policeReports.submit(parent, args, ctx, info) as never,
}
