import { auditLogResolvers, connection, periodRange, unitCodesUnder } from '@lienthong/kit'
import { agencyIdsOf } from '@lienthong/schema'
import type { QueryResolvers } from './types.ts'

/** The audit log of this subgraph: auditors of Social Affairs or of the steering committee. */
const auditLog = auditLogResolvers('supportAuditLog', agencyIdsOf('support'))

export const Query: QueryResolvers = {
  supportCase: (_, { id }, { loaders }) => loaders.supportCase.load(id),
  supportCases: async (_, { filter, ...args }, { db }) => {
    const where = {
      receivedAt: periodRange(filter?.period),
      unitCode: unitCodesUnder(filter?.unitCode),
      facility: filter?.facility ?? undefined,
      screeningResult: filter?.screeningResult ?? undefined,
      arrival: filter?.arrival ?? undefined,
    }
    const page = await connection(args,
      (p) => db.supportCase.findMany({ ...p, where, orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }] }),
      () => db.supportCase.count({ where }))
    return { edges: page.edges, pageInfo: page.pageInfo, totalCount: page.totalCount() } as never
  },
  supportServices: async (_, { filter, ...args }, { db }) => {
    const unitCode = unitCodesUnder(filter?.unitCode)
    const where = {
      startedOn: periodRange(filter?.period),
      type: filter?.type ?? undefined,
      endedOn: filter?.ongoing == null ? undefined : filter.ongoing ? null : { not: null },
      supportCase: unitCode ? { unitCode } : undefined,
    }
    const page = await connection(args,
      (p) => db.supportService.findMany({ ...p, where, orderBy: [{ startedOn: 'desc' }, { id: 'desc' }] }),
      () => db.supportService.count({ where }))
    return { edges: page.edges, pageInfo: page.pageInfo, totalCount: page.totalCount() } as never
  },
  supportReferral: (_, { id }, { loaders }) => loaders.referral.load(id),
  supportReferrals: async (_, { filter, ...args }, { db }) => {
    const unitCode = unitCodesUnder(filter?.unitCode)
    const where = {
      referredAt: periodRange(filter?.period),
      status: filter?.status ?? undefined,
      supportCase: unitCode ? { unitCode } : undefined,
    }
    const page = await connection(args,
      (p) => db.supportReferral.findMany({ ...p, where, orderBy: [{ referredAt: 'desc' }, { id: 'desc' }] }),
      () => db.supportReferral.count({ where }))
    return { edges: page.edges, pageInfo: page.pageInfo, totalCount: page.totalCount() } as never
  },
  hotlineContact: (_, { id }, { loaders }) => loaders.hotlineContact.load(id),
  hotlineContacts: async (_, { filter, ...args }, { db }) => {
    const where = {
      receivedAt: periodRange(filter?.period),
      unitCode: unitCodesUnder(filter?.unitCode),
      status: filter?.status ?? undefined,
      concernsTrafficking: filter?.concernsTrafficking ?? undefined,
    }
    const page = await connection(args,
      (p) => db.hotlineContact.findMany({ ...p, where, orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }] }),
      () => db.hotlineContact.count({ where }))
    return { edges: page.edges, pageInfo: page.pageInfo, totalCount: page.totalCount() } as never
  },
  supportAuditLog: auditLog.supportAuditLog as never,
}
