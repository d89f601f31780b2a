// The units under the one picked, with their main figures; sortable by any column. A figure whose
// agency did not answer says "no figures" (sorted last, like a protected one).
import { useState } from 'react'
import type { UnitRowFieldsFragment } from '../gql/graphql.ts'
import { sortRows } from '../cells.ts'
import { definitionOf } from '../definitions.ts'
import { KPI_CATALOGUE } from '@lienthong/schema/kpi'
import { formatPercent, t, type Lang } from '../i18n.ts'
import { Count, Defined } from './Figure.tsx'
import type { Filled } from '../missing.ts'
import { unitName } from '../units.ts'
import type { UnitRowAnswer } from '../views.ts'
import { NoFigures } from './Missing.tsx'

type Row = Filled<UnitRowFieldsFragment> | null | undefined

type Column = {
  id: string
  label: string
  definition: string
  value: (r: Row) => number | string | null | undefined
  /** Whether the row has the column's figures (its section of the answer arrived). */
  present: (r: Row) => boolean
  kind: 'count' | 'percent' | 'text'
}

export function columnsOf(lang: Lang, kpiCodes: readonly string[]): Column[] {
  return [
    {
      id: 'unit',
      label: t(lang, 'unit'),
      definition: definitionOf(lang, 'ProvincialStatistics.unitName'),
      value: (r) => r?.unitName,
      present: () => true,
      kind: 'text',
    },
    {
      id: 'reports',
      label: t(lang, 'reportsReceived'),
      definition: definitionOf(lang, 'PoliceStatistics.reportsReceived'),
      value: (r) => r?.police?.reportsReceived,
      present: (r) => r?.police != null,
      kind: 'count',
    },
    {
      id: 'cases',
      label: t(lang, 'casesOpened'),
      definition: definitionOf(lang, 'PoliceStatistics.casesOpened'),
      value: (r) => r?.police?.casesOpened,
      present: (r) => r?.police != null,
      kind: 'count',
    },
    {
      id: 'victims',
      label: t(lang, 'victimsTotal'),
      definition: definitionOf(lang, 'VictimStatistics.total'),
      value: (r) => r?.victims?.total,
      present: (r) => r?.victims != null,
      kind: 'count',
    },
    {
      id: 'convicted',
      label: lang === 'vi' ? 'Bị kết án' : 'Convicted',
      definition: definitionOf(lang, 'JusticeFunnel.convictedPersons'),
      value: (r) => r?.justiceFunnel?.convictedPersons,
      present: (r) => r?.justiceFunnel != null,
      kind: 'count',
    },
    ...kpiCodes.map(
      (code): Column => ({
        id: code,
        label: code,
        definition: definitionOf(lang, 'ProvincialStatistics.kpis'),
        value: (r) => r?.kpis?.find((k) => k.code === code)?.value,
        present: (r) => r?.kpis != null,
        kind: 'percent',
      }),
    ),
  ]
}

export function UnitsTable({ lang, rows }: { lang: Lang; rows: UnitRowAnswer[] }) {
  const [sort, setSort] = useState<{ id: string; descending: boolean }>({ id: 'reports', descending: true })
  const [total, ...units] = rows
  const codes = rows.map((r) => r.row?.kpis?.map((k) => k.code)).find((c) => c != null) ?? KPI_CATALOGUE.map((k) => k.code)
  const columns = columnsOf(lang, codes)
  const column = columns.find((c) => c.id === sort.id) ?? columns[0]!
  // a column's missing figures sort last, like protected ones
  const sorted = sortRows(units, (u) => (column.present(u.row) ? column.value(u.row) : null), sort.descending)
  const cell = (c: Column, r: UnitRowAnswer) => {
    if (c.kind === 'text') return <>{c.value(r.row) ?? unitName(lang, r.unitCode)}</>
    if (!c.present(r.row)) return <NoFigures lang={lang} />
    const v = c.value(r.row)
    if (c.kind === 'percent') return <>{formatPercent(lang, v as number | null)}</>
    return <Count lang={lang} count={v as number | null} />
  }
  /** A unit's row: its figure in every column. */
  const row = (r: UnitRowAnswer) => (
    <tr key={r.unitCode} data-unit={r.unitCode}>
      {columns.map((c) => (
        <td key={c.id} className={c.kind} data-column={c.id}>
          {cell(c, r)}
        </td>
      ))}
    </tr>
  )
  return (
    <article className="panel">
      <table className="units" data-testid="units-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" aria-sort={c.id === sort.id ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" onClick={() => setSort({ id: c.id, descending: c.id === sort.id ? !sort.descending : c.kind !== 'text' })}>
                  <Defined definition={c.definition}>{c.label}</Defined>
                  {c.id === sort.id ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{sorted.map(row)}</tbody>
        {total ? <tfoot>{row(total)}</tfoot> : null}
      </table>
    </article>
  )
}
