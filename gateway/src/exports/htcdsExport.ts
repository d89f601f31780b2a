// GET /exports/htcds?year=2024[&k=11][&format=csv|xlsx|json]
// Victim microdata in HTCDS 2.0 (docs/htcds.md) as a file. The caller authenticates like any
// GraphQL request; the records come from one operation run through this gateway, and the police
// subgraph that owns them decides who may have them (steering committee supervisors), codes them,
// pseudonymises them and makes them k-anonymous: no person reference ever reaches the gateway.
// The endpoint's one use is this statistical release, so it declares the purpose data_quality for
// a caller who declares none (a caller declaring another purpose is refused by the subgraph).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApolloServer } from '@apollo/server'
import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql'
import { z } from 'zod'
import { problemsOf } from '@lienthong/kit'
import { exportCaller, refuseInput, runExportOperation, sendExportFile } from './reportExport.ts'
import type { GatewayContext } from '../context.ts'
import { htcdsCsv, htcdsJson, htcdsXlsx, type HtcdsRecord, type HtcdsReport } from './htcdsFiles.ts'

export const HTCDS_ROOT = 'htcdsRelease'
export const HTCDS_RECORD_TYPE = 'HtcdsVictimRecord'
/** The purpose this endpoint declares for a caller who declares none. */
export const HTCDS_PURPOSE = 'data_quality'

const HtcdsQuery = z.object({
  year: z.coerce.number().int('năm là số nguyên / the year is an integer'),
  k: z.coerce.number().int('k là số nguyên / k is an integer').optional(),
  format: z.enum(['csv', 'xlsx', 'json']).default('csv'),
})

/** The columns of a release: the fields of HtcdsVictimRecord, in the order of the SDL. */
export function htcdsColumns(schema: GraphQLSchema): string[] {
  const type = schema.getType(HTCDS_RECORD_TYPE)
  if (!type || !isObjectType(type)) throw new Error(`the supergraph has no ${HTCDS_RECORD_TYPE} type`)
  return Object.keys(type.getFields())
}

function htcdsOperation(schema: GraphQLSchema, columns: readonly string[]): string {
  const release = getNamedType(schema.getQueryType()!.getFields()[HTCDS_ROOT]!.type)
  if (!isObjectType(release)) throw new Error(`${HTCDS_ROOT} is not an object`)
  const report = 'standard year k generatedAt quasiIdentifiers generalisation { field level maxLevel description } eligible released suppressed'
  return `query HtcdsRelease($year: Int!, $k: Int) { ${HTCDS_ROOT}(year: $year, k: $k) { ${report} records { ${columns.join(' ')} } } }`
}

export interface HtcdsExportOptions {
  server: ApolloServer<GatewayContext>
  schema: GraphQLSchema
  context: (req: IncomingMessage) => Promise<GatewayContext>
}

export function createHtcdsExport(o: HtcdsExportOptions) {
  const columns = htcdsColumns(o.schema)
  const operation = htcdsOperation(o.schema, columns)
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const contextValue = await exportCaller(o.context, req, res)
    if (!contextValue) return
    const parsed = HtcdsQuery.safeParse(Object.fromEntries(url.searchParams))
    if (!parsed.success) return refuseInput(res, problemsOf(parsed.error))
    const q = parsed.data
    const identity = { ...contextValue.identity, purpose: contextValue.identity.purpose ?? HTCDS_PURPOSE }
    const data = await runExportOperation(o.server, { ...contextValue, identity }, operation, { year: q.year, k: q.k }, res, HTCDS_ROOT)
    if (!data) return
    const { records, ...report } = data as unknown as HtcdsReport & { records: HtcdsRecord[] }
    const file =
      q.format === 'csv'
        ? Buffer.from(htcdsCsv(columns, records, report), 'utf8')
        : q.format === 'xlsx'
          ? await htcdsXlsx(columns, records, report)
          : Buffer.from(htcdsJson(columns, records, report), 'utf8')
    sendExportFile(res, `htcds-${report.year}-k${report.k}.${q.format}`, q.format, file)
  }
}
