import { auditLogResolvers, connection, periodRange, unitCodesUnder, definedOnly } from '@lienthong/kit'
import { agencyIdsOf } from '@lienthong/schema'
import { BORDER_GATES } from '../domain/borderGates.ts'
import type { QueryResolvers } from './types.ts'

const page = <T extends { id: string }>(p: Awaited<ReturnType<typeof connection<T>>>) =>
  ({ edges: p.edges, pageInfo: p.pageInfo, totalCount: p.totalCount() }) as never

const auditLog = auditLogResolvers('borderAuditLog', agencyIdsOf('border'))

export const Query: QueryResolvers = {
  borderIncident: (_, { id }, { loaders }) => loaders.borderIncident.load(id),
  borderIncidents: async (_, { first, after, filter }, { db }) => {
    const w = definedOnly({
      occurredAt: periodRange(filter?.period),
      unitCode: unitCodesUnder(filter?.unitCode),
      status: filter?.status,
      incidentType: filter?.incidentType,
      placeType: filter?.placeType,
    })
    return page(
      await connection(
        { first, after },
        (p) => db.borderIncident.findMany({ ...p, where: w, orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }] }),
        () => db.borderIncident.count({ where: w }),
      ),
    )
  },
  repatriation: (_, { id }, { loaders }) => loaders.repatriation.load(id),
  repatriations: async (_, { first, after, filter }, { db }) => {
    const w = definedOnly({
      receivedAt: periodRange(filter?.period),
      unitCode: unitCodesUnder(filter?.unitCode),
      status: filter?.status,
      fromCountry: filter?.fromCountry,
    })
    return page(
      await connection(
        { first, after },
        (p) => db.repatriation.findMany({ ...p, where: w, orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }] }),
        () => db.repatriation.count({ where: w }),
      ),
    )
  },
  crossBorderCooperation: (_, { id }, { loaders }) => loaders.cooperation.load(id),
  crossBorderCooperations: async (_, { first, after, filter }, { db }) => {
    const w = definedOnly({ requestedAt: periodRange(filter?.period), status: filter?.status, counterpart: filter?.counterpart, direction: filter?.direction })
    return page(
      await connection(
        { first, after },
        (p) => db.crossBorderCooperation.findMany({ ...p, where: w, orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }] }),
        () => db.crossBorderCooperation.count({ where: w }),
      ),
    )
  },
  borderGates: () => [...BORDER_GATES],
  borderAuditLog: auditLog.borderAuditLog!,
}
