// The Mutation type of the `border` subgraph: every write declared in this folder, run by the
// kit's pipeline (mutationResolvers), and the periodic report's submission (kit reporting).
import { mutationResolvers } from '@lienthong/kit'
import type { MutationResolvers } from '../resolvers/types.ts'
import { borderGuardReports } from '../resolvers/Reporting.ts'
import { closeBorderIncident, handOverIncidentToPolice, handOverPersonToSupport, recordBorderIncident } from './borderIncident.ts'
import { recordRepatriation, updateRepatriationStatus } from './repatriation.ts'
import { recordCrossBorderCooperation, updateCooperationStatus } from './cooperation.ts'

const writes = mutationResolvers({
  recordBorderIncident,
  handOverIncidentToPolice,
  handOverPersonToSupport,
  closeBorderIncident,
  recordRepatriation,
  updateRepatriationStatus,
  recordCrossBorderCooperation,
  updateCooperationStatus,
})

export const Mutation: MutationResolvers = {
  submitBorderGuardReport: borderGuardReports.submit as never,
  recordBorderIncident: writes.recordBorderIncident,
  handOverIncidentToPolice: writes.handOverIncidentToPolice,
  handOverPersonToSupport: writes.handOverPersonToSupport,
  closeBorderIncident: writes.closeBorderIncident,
  recordRepatriation: writes.recordRepatriation,
  updateRepatriationStatus: writes.updateRepatriationStatus,
  recordCrossBorderCooperation: writes.recordCrossBorderCooperation,
  updateCooperationStatus: writes.updateCooperationStatus,
}
