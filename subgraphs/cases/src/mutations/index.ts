// The police's Mutation resolvers: every write declared in this folder runs through the kit's
// pipeline (validate, authorise, replay by reference, transition, one transaction, audit once per
// record written); the periodic report's submission is the kit's reporting resolver. Only the
// Provincial Police's officers and supervisors call them (server.ts `ACCESS.writers`).
import { mutationResolvers } from '@lienthong/kit'
import { police as policeReports } from '../resolvers/Reporting.ts'
import type { MutationResolvers } from '../resolvers/types.ts'
import { changeCriminalCaseStatus, openCriminalCase } from './criminalCase.ts'
import { changeIncomingReportStatus, classifyIncomingReport, receiveIncomingReport } from './incomingReport.ts'
import { createPeakCampaign } from './peakCampaign.ts'
import { recordRescueOperation } from './rescueOperation.ts'
import { recordSuspect } from './suspect.ts'
import { addVictimToCase, changeVictimStatus, recordVictim } from './victim.ts'

const writes = mutationResolvers({
  receiveIncomingReport,
  classifyIncomingReport,
  changeIncomingReportStatus,
  openCriminalCase,
  changeCriminalCaseStatus,
  recordSuspect,
  recordVictim,
  addVictimToCase,
  changeVictimStatus,
  recordRescueOperation,
  createPeakCampaign,
})

export const Mutation: MutationResolvers = {
  receiveIncomingReport: writes.receiveIncomingReport,
  classifyIncomingReport: writes.classifyIncomingReport,
  changeIncomingReportStatus: writes.changeIncomingReportStatus,
  openCriminalCase: writes.openCriminalCase,
  changeCriminalCaseStatus: writes.changeCriminalCaseStatus,
  recordSuspect: writes.recordSuspect,
  recordVictim: writes.recordVictim,
  addVictimToCase: writes.addVictimToCase,
  changeVictimStatus: writes.changeVictimStatus,
  recordRescueOperation: writes.recordRescueOperation,
  createPeakCampaign: writes.createPeakCampaign,
  submitPoliceReport: (parent, args, ctx, info) => policeReports.submit(parent, args, ctx, info) as never,
}
