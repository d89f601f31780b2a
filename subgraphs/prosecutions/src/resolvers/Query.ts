import { auditLogResolvers, connection, parseInput } from '@lienthong/kit'
import { agencyIdsOf } from '@lienthong/schema'
import { PersonRefSchema } from '@lienthong/schema'
import type { QueryResolvers } from './types.ts'
import { courtFileWhere, procuracyFileWhere, verdictWhere } from '../filters.ts'

/** The audit log, for auditors of the Procuracy, the Court and the steering committee. */
const auditLog = auditLogResolvers('prosecutionsAuditLog', agencyIdsOf('prosecutions'))

export const Query: QueryResolvers = {
  prosecutionsAuditLog: auditLog.prosecutionsAuditLog!,
  procuracyFile: (_, { id }, { loaders }) => loaders.procuracyFile.load(id),
  procuracyFiles: async (_, args, { db }) => {
    const where = procuracyFileWhere(args.filter)
    const page = await connection(
      args,
      (p) => db.procuracyFile.findMany({ ...p, where, orderBy: [{ acceptedAt: 'desc' }, { id: 'desc' }] }),
      () => db.procuracyFile.count({ where }),
    )
    return { edges: page.edges, pageInfo: page.pageInfo, totalCount: await page.totalCount() }
  },
  indictment: (_, { id }, { loaders }) => loaders.indictment.load(id),
  courtFile: (_, { id }, { loaders }) => loaders.courtFile.load(id),
  courtFiles: async (_, args, { db }) => {
    const where = courtFileWhere(args.filter)
    const page = await connection(
      args,
      (p) => db.courtFile.findMany({ ...p, where, orderBy: [{ acceptedAt: 'desc' }, { id: 'desc' }] }),
      () => db.courtFile.count({ where }),
    )
    return { edges: page.edges, pageInfo: page.pageInfo, totalCount: await page.totalCount() }
  },
  verdicts: async (_, args, { db }) => {
    const where = verdictWhere(args.filter)
    const page = await connection(
      args,
      (p) => db.verdict.findMany({ ...p, where, orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }] }),
      () => db.verdict.count({ where }),
    )
    return { edges: page.edges, pageInfo: page.pageInfo, totalCount: await page.totalCount() }
  },
  defendantsOf: async (_, { personRef }, { loaders }) =>
    loaders.defendantsByPerson.load(parseInput(PersonRefSchema, personRef, ['personRef'])),
}
