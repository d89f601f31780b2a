// The annual tables of UNODC's Global Report on Trafficking in Persons (GLOTIP) questionnaire that
// the network can fill, from ONE GraphQL operation on `provincialStatistics` (the same plan,
// authorisation and published figures as any query): A victims by sex and age group, B by form
// of exploitation, C by citizenship, D persons investigated, prosecuted and convicted by sex and
// by citizenship. Every cell is one figure the API serves, never a sum of published figures
// (they are not additive); a protected cell is written as the provincial report writes it.
// docs/glotip.md says which questionnaire row each figure fills and what is left empty.
import type { GraphQLSchema } from 'graphql'
import { keyLabels } from './keyLabels.ts'
import type { Labels } from './reportQuery.ts'
import { personCell, type Lang, type ReportRow } from './reportRows.ts'

const CELL = '{ key labelVi count suppressed }'
const PERSONS = `{ total bySex ${CELL} byCitizenship ${CELL} }`

/** The one operation the GLOTIP export runs (a year, a unit). */
export const GLOTIP_OPERATION = `query GlotipYear($period: PeriodInput!, $unitCode: AdminUnitCode) {
  provincialStatistics(period: $period, unitCode: $unitCode) {
    periodCode unitCode unitName periodLabelVi periodLabelEn firstDay lastDay
    victims { total bySexAndAgeGroup ${CELL} byForm ${CELL} byCitizenship ${CELL} }
    justiceFunnel { suspects ${PERSONS} indicted ${PERSONS} convicted ${PERSONS} }
  }
}`

const l = (vi: string, en: string): Labels => ({ vi, en })

/** GLOTIP's headings of a breakdown's keys (a key not listed keeps the SDL's label). */
export const GLOTIP_LINES: Record<string, Record<string, Labels>> = {
  bySexAndAgeGroup: {
    GIRL: l('Trẻ em gái (dưới 18 tuổi)', 'Girls (under 18)'),
    BOY: l('Trẻ em trai (dưới 18 tuổi)', 'Boys (under 18)'),
    WOMAN: l('Phụ nữ (từ 18 tuổi)', 'Women (18 and over)'),
    MAN: l('Nam giới (từ 18 tuổi)', 'Men (18 and over)'),
    UNKNOWN: l('Không rõ giới tính hoặc tuổi', 'Sex or age unknown'),
  },
  byForm: {
    SEXUAL_EXPLOITATION: l('Bóc lột tình dục', 'Trafficking for sexual exploitation'),
    FORCED_LABOUR: l('Cưỡng bức lao động', 'Trafficking for forced labour'),
    ORGAN_REMOVAL: l('Lấy bộ phận cơ thể', 'Trafficking for the removal of organs'),
    COMMERCIAL_SURROGACY: l('Hình thức khác: mang thai hộ vì mục đích thương mại', 'Other forms of exploitation: commercial surrogacy'),
    FORCED_MARRIAGE: l('Hình thức khác: cưỡng ép kết hôn', 'Other forms of exploitation: forced marriage'),
    CHILD_ADOPTION: l('Hình thức khác: mua bán qua con nuôi', 'Other forms of exploitation: illegal adoption'),
    OTHER: l('Hình thức khác: mục đích khác', 'Other forms of exploitation: other purposes'),
    UNKNOWN: l('Không rõ hình thức bóc lột', 'Form of exploitation unknown'),
  },
  byCitizenship: {
    VIETNAMESE: l('Công dân Việt Nam', 'Nationals (citizens of Viet Nam)'),
    FOREIGN: l('Người nước ngoài', 'Foreign nationals'),
    STATELESS: l('Người không quốc tịch', 'Stateless persons'),
    UNDETERMINED: l('Không rõ quốc tịch', 'Citizenship unknown'),
  },
  bySex: {
    MALE: l('Nam', 'Males'),
    FEMALE: l('Nữ', 'Females'),
    UNKNOWN: l('Không rõ giới tính', 'Sex unknown'),
  },
}

interface Block {
  /** The questionnaire's indicator (row group). */
  indicator: Labels
  /** Where its figures are in the answer (`victims`, `justiceFunnel.suspects`). */
  path: string
  /** Its breakdowns, in the questionnaire's order. */
  breakdowns: string[]
}
interface Table {
  title: Labels
  blocks: Block[]
}

const VICTIMS = l('Nạn nhân được phát hiện', 'Detected victims')
const person = (indicator: Labels, step: string): Block => ({ indicator, path: `justiceFunnel.${step}`, breakdowns: ['bySex', 'byCitizenship'] })

export const GLOTIP_TABLES: Table[] = [
  {
    title: l('A. Nạn nhân được phát hiện theo giới tính và nhóm tuổi', 'A. Detected victims, by sex and age group'),
    blocks: [{ indicator: VICTIMS, path: 'victims', breakdowns: ['bySexAndAgeGroup'] }],
  },
  {
    title: l('B. Nạn nhân được phát hiện theo hình thức bóc lột', 'B. Detected victims, by form of exploitation'),
    blocks: [{ indicator: VICTIMS, path: 'victims', breakdowns: ['byForm'] }],
  },
  {
    title: l('C. Nạn nhân được phát hiện theo quốc tịch', 'C. Detected victims, by citizenship'),
    blocks: [{ indicator: VICTIMS, path: 'victims', breakdowns: ['byCitizenship'] }],
  },
  {
    title: l(
      'D. Người bị điều tra, truy tố, kết án theo giới tính và quốc tịch',
      'D. Persons investigated (suspected), prosecuted and convicted, by sex and citizenship',
    ),
    blocks: [
      person(l('Người bị điều tra (nghi phạm)', 'Persons investigated (suspected)'), 'suspects'),
      person(l('Người bị truy tố', 'Persons prosecuted'), 'indicted'),
      person(l('Người bị kết án', 'Persons convicted'), 'convicted'),
    ],
  },
]

const TOTAL = l('Tổng số', 'Total')

export const GLOTIP_LAYOUT: Record<Lang, { title: string; headings: string[]; sheet: string }> = {
  vi: { title: 'UNODC GLOTIP — Bảng hỏi Báo cáo toàn cầu về mua bán người', headings: ['Bảng', 'Chỉ tiêu', 'Phân loại', 'Số lượng'], sheet: 'GLOTIP' },
  en: {
    title: 'UNODC GLOTIP — Global Report on Trafficking in Persons questionnaire',
    headings: ['Table', 'Indicator', 'Category', 'Number'],
    sheet: 'GLOTIP',
  },
}

interface Cell {
  key: string
  labelVi?: string
  count: number | null
  suppressed?: boolean | null
}
const at = (data: Record<string, unknown>, path: string) =>
  path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | null)?.[k], data) as Record<string, unknown> | null

/** The GLOTIP tables of an answer to GLOTIP_OPERATION, in one language. */
export function glotipRows(schema: GraphQLSchema, data: Record<string, unknown>, lang: Lang): ReportRow[] {
  const keys = keyLabels(schema)
  const rows: ReportRow[] = []
  for (const table of GLOTIP_TABLES) {
    for (const block of table.blocks) {
      const figures = at(data, block.path) ?? {}
      const row = (detail: Labels, value: string | number) => {
        rows.push({ section: table.title[lang], figure: block.indicator[lang], detail: detail[lang], value })
      }
      row(TOTAL, personCell(figures.total, false, lang))
      for (const breakdown of block.breakdowns) {
        const cells = (figures[breakdown] as Cell[] | undefined) ?? []
        const own = keys.lines(cells)
        for (const [i, c] of cells.entries()) row(GLOTIP_LINES[breakdown]?.[c.key] ?? own[i]!, personCell(c.count, c.suppressed, lang))
      }
    }
  }
  return rows
}
