import { auditLogResolvers, listPage, newestPage, periodRange, unitCodesUnder } from '@lienthong/kit'
import { agencyIdsOf } from '@lienthong/schema'
import type { QueryResolvers } from './types.ts'

/** The audit log of this subgraph: auditors of Social Affairs or of the steering committee. */
const auditLog = auditLogResolvers('supportAuditLog', agencyIdsOf('support'))

export const Query: QueryResolvers = {
  supportCase: (_, { id }, { loaders }) => loaders.supportCase.load(id),
  supportCases: (_, args, { db }) => listPage(args, db.supportCase, 'receivedAt', ['facility', 'screeningResult', 'arrival']) as never,
  supportServices: (_, { filter, ...page }, { db }) => {
    const unitCode = unitCodesUnder(filter?.unitCode)
    const where = {
      startedOn: periodRange(filter?.period),
      type: filter?.type ?? undefined,
      endedOn: filter?.ongoing == null ? undefined : filter.ongoing ? null : { not: null },
      supportCase: unitCode ? { unitCode } : undefined,
    }
    return newestPage(page, db.supportService, 'startedOn', where) as never
  },
  supportReferral: (_, { id }, { loaders }) => loaders.referral.load(id),
  supportReferrals: (_, { filter, ...page }, { db }) => {
    const unitCode = unitCodesUnder(filter?.unitCode)
    const where = { referredAt: periodRange(filter?.period), status: filter?.status ?? undefined, supportCase: unitCode ? { unitCode } : undefined }
    return newestPage(page, db.supportReferral, 'referredAt', where) as never
  },
  hotlineContact: (_, { id }, { loaders }) => loaders.hotlineContact.load(id),
  hotlineContacts: (_, args, { db }) => listPage(args, db.hotlineContact, 'receivedAt', ['status', 'concernsTrafficking']) as never,
  supportAuditLog: auditLog.supportAuditLog as never,
}
