// GET /reports/provincial?period=2024-Q3&unit=99&format=csv|xlsx&lang=vi|en
// The provincial periodic report as a file. The caller authenticates like any GraphQL request;
// the figures come from one GraphQL operation run through this gateway (the same plan, limits
// and subgraph authorisation as any other query); only the formatting happens here.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApolloServer } from '@apollo/server'
import { GraphQLError, type GraphQLSchema } from 'graphql'
import { z } from 'zod'
import { sendJson, problemsOf } from '@lienthong/kit'
import { AdminUnitCodeSchema, periodInputFromCode } from '@lienthong/schema'
import type { GatewayContext } from '../context.ts'
import { reportOperation, reportRows } from './reportQuery.ts'
import { toCsv, toXlsx, type Lang } from './formats.ts'

const ExportQuery = z.object({
  period: z.string().refine((c) => periodInputFromCode(c) != null, 'mã kỳ: 2024-M07, 2024-Q3, 2024-H2, 2024 hoặc 2024-07-01..2024-09-30 / period code: 2024-M07, 2024-Q3, 2024-H2, 2024 or 2024-07-01..2024-09-30'),
  unit: AdminUnitCodeSchema.optional(),
  format: z.enum(['csv', 'xlsx']).default('csv'),
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
    let contextValue: GatewayContext
    try {
      contextValue = await o.context(req)
    } catch (e) {
      const status = (e as GraphQLError).extensions?.http as { status?: number } | undefined
      return sendJson(res, status?.status ?? 401, { errors: [{ message: (e as Error).message, extensions: { code: 'UNAUTHENTICATED' } }] })
    }
    const parsed = ExportQuery.safeParse(Object.fromEntries(url.searchParams))
    if (!parsed.success) return sendJson(res, 400, { errors: [{ message: 'Tham số không hợp lệ / Invalid parameters', extensions: { code: 'BAD_USER_INPUT', problems: problemsOf(parsed.error) } }] })
    const q = parsed.data
    const result = await o.server.executeOperation({ query: operation, variables: { period: periodInputFromCode(q.period), unitCode: q.unit } }, { contextValue })
    const body = result.body.kind === 'single' ? result.body.singleResult : null
    const data = body?.data?.provincialStatistics as Record<string, unknown> | undefined
    if (!data || body?.errors?.length) return sendJson(res, 400, { errors: body?.errors ?? [{ message: 'no data' }] })
    const rows = reportRows(o.schema, data)
    const meta = { periodLabel: { vi: String(data.periodLabelVi), en: String(data.periodLabelEn) }, unitName: String(data.unitName), generatedAt: new Date() }
    const name = `bao-cao-${q.period}-${data.unitCode}${q.lang === 'en' ? '-en' : ''}.${q.format}`
    const file = q.format === 'csv' ? Buffer.from(toCsv(rows, meta, q.lang as Lang), 'utf8') : await toXlsx(rows, meta, q.lang as Lang)
    res.writeHead(200, {
      'content-type': q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    })
    res.end(file)
  }
}
