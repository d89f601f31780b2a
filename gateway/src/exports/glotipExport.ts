// GET /exports/glotip?year=2024&unit=99&format=csv|xlsx&lang=en|vi
// The annual tables of UNODC's GLOTIP questionnaire (./glotipTables.ts) as a file. The caller
// authenticates like any GraphQL request; the figures come from one GraphQL operation run
// through this gateway as the caller, so an analyst's file holds the published figures with
// the protected cells marked as protected; only the formatting happens here.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { problemsOf } from '@lienthong/kit'
import { AdminUnitCodeSchema, periodFromCode } from '@lienthong/schema'
import { toCsv, toXlsx } from './formats.ts'
import { GLOTIP_LAYOUT, GLOTIP_OPERATION, glotipRows } from './glotipTables.ts'
import { DEFAULT_FORMAT, exportCaller, periodLabel, refuseInput, runExportOperation, sendExportFile, type ReportExportOptions } from './reportExport.ts'
import type { Lang } from './reportRows.ts'

/** GLOTIP is an English questionnaire: English unless Vietnamese is asked for. */
export const GLOTIP_DEFAULT_LANG = 'en'

const GlotipQuery = z.object({
  year: z.string().refine((y) => /^\d{4}$/.test(y) && Number(y) >= 2000, 'năm là số nguyên từ 2000 / a whole year from 2000'),
  unit: AdminUnitCodeSchema.optional(),
  format: z.enum(['csv', 'xlsx']).default(DEFAULT_FORMAT),
  lang: z.enum(['en', 'vi']).default(GLOTIP_DEFAULT_LANG),
})

export function createGlotipExport(o: ReportExportOptions) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const contextValue = await exportCaller(o.context, req, res)
    if (!contextValue) return
    const parsed = GlotipQuery.safeParse(Object.fromEntries(url.searchParams))
    if (!parsed.success) return refuseInput(res, problemsOf(parsed.error))
    const q = parsed.data
    const year = periodFromCode(q.year) // null past 2100
    if (!year || year.start.getTime() > Date.now())
      return refuseInput(res, [{ field: 'year', reasonVi: 'năm chưa bắt đầu', reasonEn: 'the year has not started yet' }])
    const data = await runExportOperation(o.server, contextValue, GLOTIP_OPERATION, { period: { kind: 'YEAR', year: Number(q.year) }, unitCode: q.unit }, res)
    if (!data) return
    const lang = q.lang as Lang
    const rows = glotipRows(o.schema, data, lang)
    const meta = { periodLabel: periodLabel(data, lang), unitName: String(data.unitName), generatedAt: new Date(), layout: GLOTIP_LAYOUT[lang] }
    const name = `glotip-${q.year}-${data.unitCode}${lang === 'vi' ? '-vi' : ''}.${q.format}`
    sendExportFile(res, name, q.format, q.format === 'csv' ? Buffer.from(toCsv(rows, meta, lang), 'utf8') : await toXlsx(rows, meta, lang))
  }
}
