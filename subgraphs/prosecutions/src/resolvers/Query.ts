// Root queries: one record by id, or a page of records under a filter. Filters become Prisma
// conditions here: periods use the network's shared boundaries (Vietnam time, half-open); a unit
// includes the files placed at it and at every unit under it, before and after the 2025 reform
// (kit `unitCodesUnder`, the network's one roll-up rule).
import { auditLogResolvers, externalRefsIn, modelConnection, parseInput, periodRange, unitCodesUnder } from '@lienthong/kit'
import { agencyIdsOf } from '@lienthong/schema'
import { PersonRefSchema } from '@lienthong/schema'
import type { Prisma } from '../db.ts'
import type { CourtFileFilter, IndictmentFilter, ProcuracyFileFilter, QueryResolvers, VerdictFilter } from './types.ts'
import { ArticleSchema } from '../validation/common.ts'

const inPeriod = (p: unknown, field: string) => periodRange(p, ['filter', field])
const unitsUnder = (code: string | null | undefined) => unitCodesUnder(code, ['filter', 'unitCode'])

function procuracyFileWhere(f: ProcuracyFileFilter | null | undefined): Prisma.ProcuracyFileWhereInput {
  if (!f) return {}
  return {
    acceptedAt: inPeriod(f.acceptedIn, 'acceptedIn'),
    indictedAt: inPeriod(f.indictedIn, 'indictedIn'),
    unitCode: unitsUnder(f.unitCode),
    status: f.status ?? undefined,
    externalRef: externalRefsIn(f.externalRefs),
  }
}

function indictmentWhere(f: IndictmentFilter | null | undefined): Prisma.IndictmentWhereInput {
  if (!f) return {}
  const unit = unitsUnder(f.unitCode)
  return {
    indictedAt: inPeriod(f.indictedIn, 'indictedIn'),
    fileId: f.procuracyFileId ?? undefined,
    externalRef: externalRefsIn(f.externalRefs),
    file: unit ? { unitCode: unit } : undefined,
  }
}

function courtFileWhere(f: CourtFileFilter | null | undefined): Prisma.CourtFileWhereInput {
  if (!f) return {}
  const unit = unitsUnder(f.unitCode)
  return {
    acceptedAt: inPeriod(f.acceptedIn, 'acceptedIn'),
    triedAt: inPeriod(f.triedIn, 'triedIn'),
    status: f.status ?? undefined,
    trialKind: f.trialKind ?? undefined,
    externalRef: externalRefsIn(f.externalRefs),
    indictment: unit ? { file: { unitCode: unit } } : undefined,
  }
}

function verdictWhere(f: VerdictFilter | null | undefined): Prisma.VerdictWhereInput {
  if (!f) return {}
  const unit = unitsUnder(f.unitCode)
  return {
    decidedAt: inPeriod(f.decidedIn, 'decidedIn'),
    outcome: f.outcome ?? undefined,
    article: f.article == null ? undefined : parseInput(ArticleSchema, f.article, ['filter', 'article']),
    defendant: unit ? { file: { unitCode: unit } } : undefined,
  }
}

/** The audit log, for auditors of the Procuracy, the Court and the steering committee. */
const auditLog = auditLogResolvers('prosecutionsAuditLog', agencyIdsOf('prosecutions'))

export const Query: QueryResolvers = {
  prosecutionsAuditLog: auditLog.prosecutionsAuditLog!,
  procuracyFile: (_, { id }, { loaders }) => loaders.procuracyFile.load(id),
  procuracyFiles: async (_, args, { db }) => {
    const where = procuracyFileWhere(args.filter)
    return modelConnection(args, db.procuracyFile, where, [{ acceptedAt: 'desc' }, { id: 'desc' }]) as never
  },
  indictment: (_, { id }, { loaders }) => loaders.indictment.load(id),
  indictments: async (_, args, { db }) => {
    const where = indictmentWhere(args.filter)
    return modelConnection(args, db.indictment, where, [{ indictedAt: 'desc' }, { id: 'desc' }]) as never
  },
  courtFile: (_, { id }, { loaders }) => loaders.courtFile.load(id),
  courtFiles: async (_, args, { db }) => {
    const where = courtFileWhere(args.filter)
    return modelConnection(args, db.courtFile, where, [{ acceptedAt: 'desc' }, { id: 'desc' }]) as never
  },
  verdicts: async (_, args, { db }) => {
    const where = verdictWhere(args.filter)
    return modelConnection(args, db.verdict, where, [{ decidedAt: 'desc' }, { id: 'desc' }]) as never
  },
  defendantsOf: async (_, { personRef }, { loaders }) => loaders.defendantsByPerson.load(parseInput(PersonRefSchema, personRef, ['personRef'])),
}
