// GET /reports/provincial?period=2024-Q3&unit=99&format=csv|xlsx&lang=vi|en
// The provincial periodic report as a file. The caller authenticates like any GraphQL request;
// the figures come from one GraphQL operation run through this gateway (the same plan, limits
// and subgraph authorisation as any other query); only the formatting happens here.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApolloServer } from '@apollo/server'
import type { GraphQLError, GraphQLSchema } from 'graphql'
import { z } from 'zod'
import { ERROR_CODES, isErrorCode, sendJson, problemsOf } from '@lienthong/kit'
import { AdminUnitCodeSchema, periodFromCode, periodInputFromCode } from '@lienthong/schema'
import type { GatewayContext } from '../context.ts'
import { reportOperation } from './reportQuery.ts'
import { dayLabel, reportRows, type Lang } from './reportRows.ts'
import { toCsv, toXlsx } from './formats.ts'

/** The format served when none is asked for (`lienthong export report` sends none, so it gets the same). */
export const DEFAULT_FORMAT = 'csv'

const ExportQuery = z.object({
  period: z
    .string()
    .refine(
      (c) => periodInputFromCode(c) != null,
      'mã kỳ: 2024-M07, 2024-Q3, 2024-H2, 2024 hoặc 2024-07-01..2024-09-30 / period code: 2024-M07, 2024-Q3, 2024-H2, 2024 or 2024-07-01..2024-09-30',
    ),
  unit: AdminUnitCodeSchema.optional(),
  format: z.enum(['csv', 'xlsx']).default(DEFAULT_FORMAT),
  lang: z.enum(['vi', 'en']).default('vi'),
})

export interface ReportExportOptions {
  server: ApolloServer<GatewayContext>
  schema: GraphQLSchema
  context: (req: IncomingMessage) => Promise<GatewayContext>
}

export function createReportExport(o: ReportExportOptions) {
  const operation = reportOperation(o.schema)
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const contextValue = await exportCaller(o.context, req, res)
    if (!contextValue) return
    const parsed = ExportQuery.safeParse(Object.fromEntries(url.searchParams))
    if (!parsed.success) return refuseInput(res, problemsOf(parsed.error))
    const q = parsed.data
    if (periodFromCode(q.period)!.start.getTime() > Date.now())
      return refuseInput(res, [{ field: 'period', reasonVi: 'kỳ báo cáo chưa bắt đầu', reasonEn: 'the period has not started yet' }])
    const data = await runExportOperation(o.server, contextValue, operation, { period: periodInputFromCode(q.period), unitCode: q.unit }, res)
    if (!data) return
    const lang = q.lang as Lang
    const rows = reportRows(o.schema, data, lang)
    const meta = { periodLabel: periodLabel(data, lang), unitName: String(data.unitName), generatedAt: new Date() }
    const name = `bao-cao-${q.period}-${data.unitCode}${lang === 'en' ? '-en' : ''}.${q.format}`
    sendExportFile(res, name, q.format, q.format === 'csv' ? Buffer.from(toCsv(rows, meta, lang), 'utf8') : await toXlsx(rows, meta, lang))
  }
}

/**
 * The caller's context; answers the refusal and gives null when the request does not authenticate
 * (401 UNAUTHENTICATED, or a header's own code and status, e.g. 400 for an unknown purpose of use).
 */
export async function exportCaller(
  context: (req: IncomingMessage) => Promise<GatewayContext>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<GatewayContext | null> {
  try {
    return await context(req)
  } catch (e) {
    const extensions = (e as GraphQLError).extensions ?? {}
    const status = (extensions.http as { status?: number } | undefined)?.status ?? 401
    sendJson(res, status, { errors: [{ message: (e as Error).message, extensions: { code: extensions.code ?? 'UNAUTHENTICATED' } }] })
    return null
  }
}

/** 400 BAD_USER_INPUT naming every wrong parameter. */
export const refuseInput = (res: ServerResponse, problems: { field: string; reasonVi: string; reasonEn: string }[]): void =>
  sendJson(res, 400, { errors: [{ message: 'Tham số không hợp lệ / Invalid parameters', extensions: { code: 'BAD_USER_INPUT', problems } }] })

/** `provincialStatistics` of one operation run through this gateway as the caller; refuses (`refuseWith`) and gives null on errors. */
export async function runExportOperation(
  server: ApolloServer<GatewayContext>,
  contextValue: GatewayContext,
  query: string,
  variables: Record<string, unknown>,
  res: ServerResponse,
  root = 'provincialStatistics',
): Promise<Record<string, unknown> | null> {
  const result = await server.executeOperation({ query, variables }, { contextValue })
  const body = result.body.kind === 'single' ? result.body.singleResult : null
  const data = body?.data?.[root] as Record<string, unknown> | undefined
  if (data && !body?.errors?.length) return data
  refuseWith(res, body?.errors ?? [{ message: 'no data', extensions: { code: 'INTERNAL_SERVER_ERROR' } }])
  return null
}

/** The errors of a refused operation, with the HTTP status of the first one's code (403 FORBIDDEN, 400 BAD_USER_INPUT…). */
export function refuseWith(res: ServerResponse, errors: readonly { message: string; extensions?: Record<string, unknown> }[]): void {
  const code = errors[0]?.extensions?.code
  sendJson(res, isErrorCode(code) ? ERROR_CODES[code].status : 500, { errors })
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
} as const

/** The file as a download, never cached. */
export function sendExportFile(res: ServerResponse, name: string, format: keyof typeof CONTENT_TYPES, file: Buffer): void {
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[format],
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
  })
  res.end(file)
}

/** "Quý III/2024 (01/07/2024 – 30/09/2024)", "Q3 2024 (1 July 2024 – 30 September 2024)". */
export function periodLabel(data: Record<string, unknown>, lang: Lang): string {
  const name = String(lang === 'vi' ? data.periodLabelVi : data.periodLabelEn)
  const days = `${dayLabel(String(data.firstDay), lang)} – ${dayLabel(String(data.lastDay), lang)}`
  return /^\d{4}-\d{2}-\d{2} to /.test(name) || name.startsWith('Từ ') ? days : `${name} (${days})`
}
