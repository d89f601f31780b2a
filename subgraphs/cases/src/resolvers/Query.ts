import { auditLogResolvers, connection, definedOnly, listPage, modelConnection, periodRange, unitCodesUnder } from '@lienthong/kit'
import { agencyIdsOf } from '@lienthong/schema'
import { htcdsRelease } from './HtcdsRelease.ts'
import { personByRef } from './Person.ts'
import { provincialStatistics } from './ProvincialStatistics.ts'
import { reportingCompliance } from './Reporting.ts'
import type { Context } from '../context.ts'
import { VICTIM_PUBLIC_FIELDS } from '../loaders/victim.ts'
import type { CaseSuspectFilter, InputMaybe, PoliceVictimFilter, QueryResolvers } from './types.ts'

/** The audit log of this subgraph: auditors of the police or of the steering committee. */
const auditLog = auditLogResolvers('policeAuditLog', agencyIdsOf('cases'))

// List queries over persons the police record: victim records (their personal fields are
// resolved apart, under the access rule of PoliceVictim.ts) and suspects. Cursors are sealed by
// the kit (a victim record's person reference never shows in one).
interface PageArgs {
  first?: InputMaybe<number>
  after?: InputMaybe<string>
}

async function policeVictims({ first, after, filter }: PageArgs & { filter?: InputMaybe<PoliceVictimFilter> }, { db }: Context) {
  const units = unitCodesUnder(filter?.unitCode, 'filter.unitCode')
  const w = definedOnly({
    recordedAt: periodRange(filter?.period, 'filter.period'),
    status: filter?.status ?? undefined,
    consentToCount: filter?.consentToCount ?? undefined,
    forms: filter?.form ? { some: { form: filter.form } } : undefined,
    rescueOperationId: filter?.rescued == null ? undefined : filter.rescued ? { not: null } : null,
    person: units ? { victimIn: { some: { case: { unitCode: units } } } } : undefined,
  })
  const page = await connection(
    { first, after },
    async (p) =>
      (
        await db.victim.findMany({
          take: p.take,
          skip: p.skip,
          cursor: p.cursor ? { personRef: p.cursor.id } : undefined,
          where: w,
          select: VICTIM_PUBLIC_FIELDS,
          orderBy: [{ recordedAt: 'desc' }, { personRef: 'desc' }],
        })
      ).map((v) => ({ ...v, id: v.personRef })),
    () => db.victim.count({ where: w }),
  )
  return { edges: page.edges, pageInfo: page.pageInfo, totalCount: page.totalCount() }
}

async function caseSuspects({ first, after, filter }: PageArgs & { filter?: InputMaybe<CaseSuspectFilter> }, { db }: Context) {
  const units = unitCodesUnder(filter?.unitCode, 'filter.unitCode')
  const w = definedOnly({
    role: filter?.role ?? undefined,
    arrestStatus: filter?.arrestStatus ?? undefined,
    wanted: filter?.wanted ?? undefined,
    case: units ? { unitCode: units } : undefined,
  })
  return modelConnection({ first, after }, db.suspect, w, [{ externalRef: 'asc' }, { id: 'asc' }])
}

export const Query: QueryResolvers = {
  criminalCase: (_, { id }, { loaders }) => loaders.criminalCase.load(id),
  incomingReport: (_, { id }, { loaders }) => loaders.incomingReport.load(id),
  rescueOperation: (_, { id }, { loaders }) => loaders.rescueOperation.load(id),
  person: (_, { personRef }, ctx) => personByRef(personRef, ctx),
  provincialStatistics,
  reportingCompliance: reportingCompliance as never,
  policeAuditLog: auditLog.policeAuditLog as never,
  htcdsRelease: (_, args, ctx) => htcdsRelease(args, ctx),

  criminalCases: (_, args, { db }) => {
    const form = args.filter?.form
    return listPage(args, db.criminalCase, 'openedAt', ['status', 'peakCampaignId'], { forms: form ? { some: { form } } : undefined }) as never
  },
  incomingReports: (_, args, { db }) => listPage(args, db.incomingReport, 'receivedAt', ['status', 'channel', 'traffickingRelated']) as never,
  rescueOperations: (_, args, { db }) => listPage(args, db.rescueOperation, 'startedAt') as never,

  policeVictims: (_, args, ctx) => policeVictims(args, ctx) as never,
  caseSuspects: (_, args, ctx) => caseSuspects(args, ctx) as never,

  peakCampaigns: (_, __, { db }) => db.peakCampaign.findMany({ orderBy: [{ startsOn: 'desc' }, { id: 'desc' }] }),
}
