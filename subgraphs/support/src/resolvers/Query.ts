import { auditLogResolvers, modelConnection, periodRange, unitCodesUnder } from '@lienthong/kit'
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
    return modelConnection(args, db.supportCase, where, [{ receivedAt: 'desc' }, { id: 'desc' }]) as never
  },
  supportServices: async (_, { filter, ...args }, { db }) => {
    const unitCode = unitCodesUnder(filter?.unitCode)
    const where = {
      startedOn: periodRange(filter?.period),
      type: filter?.type ?? undefined,
      endedOn: filter?.ongoing == null ? undefined : filter.ongoing ? null : { not: null },
      supportCase: unitCode ? { unitCode } : undefined,
    }
    return modelConnection(args, db.supportService, where, [{ startedOn: 'desc' }, { id: 'desc' }]) as never
  },
  supportReferral: (_, { id }, { loaders }) => loaders.referral.load(id),
  supportReferrals: async (_, { filter, ...args }, { db }) => {
    const unitCode = unitCodesUnder(filter?.unitCode)
    const where = {
      referredAt: periodRange(filter?.period),
      status: filter?.status ?? undefined,
      supportCase: unitCode ? { unitCode } : undefined,
    }
    return modelConnection(args, db.supportReferral, where, [{ referredAt: 'desc' }, { id: 'desc' }]) as never
  },
  hotlineContact: (_, { id }, { loaders }) => loaders.hotlineContact.load(id),
  hotlineContacts: async (_, { filter, ...args }, { db }) => {
    const where = {
      receivedAt: periodRange(filter?.period),
      unitCode: unitCodesUnder(filter?.unitCode),
      status: filter?.status ?? undefined,
      concernsTrafficking: filter?.concernsTrafficking ?? undefined,
    }
    return modelConnection(args, db.hotlineContact, where, [{ receivedAt: 'desc' }, { id: 'desc' }]) as never
  },
  supportAuditLog: auditLog.supportAuditLog as never,
}
