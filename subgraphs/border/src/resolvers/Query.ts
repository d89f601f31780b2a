import { auditLogResolvers, listPage } from '@lienthong/kit'
import { agencyIdsOf } from '@lienthong/schema'
import { BORDER_GATES } from '../domain/borderGates.ts'
import type { QueryResolvers } from './types.ts'

const auditLog = auditLogResolvers('borderAuditLog', agencyIdsOf('border'))

export const Query: QueryResolvers = {
  borderIncident: (_, { id }, { loaders }) => loaders.borderIncident.load(id),
  borderIncidents: (_, args, { db }) => listPage(args, db.borderIncident, 'occurredAt', ['status', 'incidentType', 'placeType']) as never,
  repatriation: (_, { id }, { loaders }) => loaders.repatriation.load(id),
  repatriations: (_, args, { db }) => listPage(args, db.repatriation, 'receivedAt', ['status', 'fromCountry']) as never,
  crossBorderCooperation: (_, { id }, { loaders }) => loaders.cooperation.load(id),
  crossBorderCooperations: (_, args, { db }) => listPage(args, db.crossBorderCooperation, 'requestedAt', ['status', 'counterpart', 'direction']) as never,
  borderGates: () => [...BORDER_GATES],
  borderAuditLog: auditLog.borderAuditLog!,
}
