// The units under the one picked, with their main figures; sortable by any column.
import { useState } from 'react'
import type { UnitRowFieldsFragment } from '../gql/graphql.ts'
import { sortRows } from '../cells.ts'
import { definitionOf } from '../definitions.ts'
import { formatPercent, t, type Lang } from '../i18n.ts'
import { Count, Defined } from './Figure.tsx'

type Column = {
  id: string
  label: string
  definition: string
  value: (r: UnitRowFieldsFragment) => number | string | null | undefined
  kind: 'count' | 'percent' | 'text'
}

export function columnsOf(lang: Lang, kpiCodes: readonly string[]): Column[] {
  return [
    { id: 'unit', label: t(lang, 'unit'), definition: definitionOf(lang, 'ProvincialStatistics.unitName'), value: (r) => r.unitName, kind: 'text' },
    {
      id: 'reports',
      label: t(lang, 'reportsReceived'),
      definition: definitionOf(lang, 'PoliceStatistics.reportsReceived'),
      value: (r) => r.police.reportsReceived,
      kind: 'count',
    },
    {
      id: 'cases',
      label: t(lang, 'casesOpened'),
      definition: definitionOf(lang, 'PoliceStatistics.casesOpened'),
      value: (r) => r.police.casesOpened,
      kind: 'count',
    },
    { id: 'victims', label: t(lang, 'victimsTotal'), definition: definitionOf(lang, 'VictimStatistics.total'), value: (r) => r.victims.total, kind: 'count' },
    {
      id: 'convicted',
      label: lang === 'vi' ? 'Bị kết án' : 'Convicted',
      definition: definitionOf(lang, 'JusticeFunnel.convictedPersons'),
      value: (r) => r.justiceFunnel.convictedPersons,
      kind: 'count',
    },
    ...kpiCodes.map(
      (code): Column => ({
        id: code,
        label: code,
        definition: definitionOf(lang, 'ProvincialStatistics.kpis'),
        value: (r) => r.kpis.find((k) => k.code === code)?.value,
        kind: 'percent',
      }),
    ),
  ]
}

export function UnitsTable({ lang, rows }: { lang: Lang; rows: UnitRowFieldsFragment[] }) {
  const [sort, setSort] = useState<{ id: string; descending: boolean }>({ id: 'reports', descending: true })
  const [total, ...units] = rows
  const columns = columnsOf(lang, total?.kpis.map((k) => k.code) ?? [])
  const column = columns.find((c) => c.id === sort.id) ?? columns[0]!
  const sorted = sortRows(units, column.value, sort.descending)
  const cell = (c: Column, r: UnitRowFieldsFragment) => {
    const v = c.value(r)
    if (c.kind === 'text') return <>{v}</>
    if (c.kind === 'percent') return <>{formatPercent(lang, v as number | null)}</>
    return <Count lang={lang} count={v as number | null} />
  }
  /** A unit's row: its figure in every column. */
  const row = (r: UnitRowFieldsFragment) => (
    <tr key={r.unitCode} data-unit={r.unitCode}>
      {columns.map((c) => (
        <td key={c.id} className={c.kind}>
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
