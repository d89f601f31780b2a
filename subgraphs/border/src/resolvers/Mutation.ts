import { closeBorderIncident, handOverIncidentToPolice, handOverPersonToSupport, recordBorderIncident } from '../mutations/borderIncident.ts'
import { recordRepatriation, updateRepatriationStatus } from '../mutations/repatriation.ts'
import { recordCrossBorderCooperation, updateCooperationStatus } from '../mutations/cooperation.ts'
import type { MutationResolvers } from './types.ts'
import { borderGuardReports } from './Reporting.ts'

export const Mutation: MutationResolvers = {
  submitBorderGuardReport: borderGuardReports.submit as never,
  recordBorderIncident: (_, { input }, { db }) => recordBorderIncident(db, input),
  handOverIncidentToPolice: (_, { input }, { db }) => handOverIncidentToPolice(db, input),
  handOverPersonToSupport: (_, { input }, { db }) => handOverPersonToSupport(db, input),
  closeBorderIncident: (_, { input }, { db }) => closeBorderIncident(db, input),
  recordRepatriation: (_, { input }, { db }) => recordRepatriation(db, input),
  updateRepatriationStatus: (_, { input }, { db }) => updateRepatriationStatus(db, input),
  recordCrossBorderCooperation: (_, { input }, { db }) => recordCrossBorderCooperation(db, input),
  updateCooperationStatus: (_, { input }, { db }) => updateCooperationStatus(db, input),
}
