// GET /exports/htcds?year=2024[&k=11][&format=csv|xlsx|json]
// Victim microdata in HTCDS 2.0 (docs/htcds.md) as a file. The caller authenticates like any
// GraphQL request; the records come from one operation run through this gateway, and the police
// subgraph that owns them decides who may have them (steering committee supervisors), codes them,
// pseudonymises them and makes them k-anonymous: no person reference ever reaches the gateway.
// The endpoint's one use is this statistical release, so it declares the purpose data_quality for
// a caller who declares none (a caller declaring another purpose is refused by the subgraph).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApolloServer } from '@apollo/server'
import { getNamedType, isObjectType, type GraphQLError, type GraphQLSchema } from 'graphql'
import { z } from 'zod'
import { ERROR_CODES, isErrorCode, problemsOf, sendJson } from '@lienthong/kit'
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

const refuse = (res: ServerResponse, errors: readonly { message: string; extensions?: Record<string, unknown> }[]) => {
  const code = errors[0]?.extensions?.code
  return sendJson(res, isErrorCode(code) ? ERROR_CODES[code].status : 500, { errors })
}

export function createHtcdsExport(o: HtcdsExportOptions) {
  const columns = htcdsColumns(o.schema)
  const operation = htcdsOperation(o.schema, columns)
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    let contextValue: GatewayContext
    try {
      contextValue = await o.context(req)
    } catch (e) {
      const extensions = (e as GraphQLError).extensions ?? {}
      const status = (extensions.http as { status?: number } | undefined)?.status ?? 401
      return sendJson(res, status, { errors: [{ message: (e as Error).message, extensions: { code: extensions.code ?? 'UNAUTHENTICATED' } }] })
    }
    const parsed = HtcdsQuery.safeParse(Object.fromEntries(url.searchParams))
    if (!parsed.success)
      return sendJson(res, 400, {
        errors: [{ message: 'Tham số không hợp lệ / Invalid parameters', extensions: { code: 'BAD_USER_INPUT', problems: problemsOf(parsed.error) } }],
      })
    const q = parsed.data
    const identity = { ...contextValue.identity, purpose: contextValue.identity.purpose ?? HTCDS_PURPOSE }
    const result = await o.server.executeOperation({ query: operation, variables: { year: q.year, k: q.k } }, { contextValue: { ...contextValue, identity } })
    const body = result.body.kind === 'single' ? result.body.singleResult : null
    const data = body?.data?.[HTCDS_ROOT] as (HtcdsReport & { records: HtcdsRecord[] }) | null | undefined
    if (!data || body?.errors?.length) return refuse(res, body?.errors ?? [{ message: 'no data', extensions: { code: 'INTERNAL_SERVER_ERROR' } }])
    const { records, ...report } = data
    const name = `htcds-${report.year}-k${report.k}.${q.format}`
    const file =
      q.format === 'csv'
        ? Buffer.from(htcdsCsv(columns, records, report), 'utf8')
        : q.format === 'xlsx'
          ? await htcdsXlsx(columns, records, report)
          : Buffer.from(htcdsJson(columns, records, report), 'utf8')
    res.writeHead(200, {
      'content-type': { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', json: 'application/json' }[
        q.format
      ],
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    })
    res.end(file)
  }
}
