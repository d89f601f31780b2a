// The one period picker (month, quarter, half, year, custom window, peak campaign) and the one
// unit picker (province → district → commune, across the 2025 reform) that drive every view.
import { useState } from 'react'
import { t, type Lang } from '../i18n.ts'
import { partsOf, shortLabel, type CalendarKind, type PeriodSelection } from '../periods.ts'
import { unitOptions } from '../units.ts'
import { Select } from './Select.tsx'

export interface Campaign {
  externalRef: string
  name: string
  startsOn: string
  endsOn: string
}
type Kind = CalendarKind | 'CUSTOM' | 'CAMPAIGN'
const KINDS: [Kind, 'month' | 'quarter' | 'half' | 'year' | 'custom' | 'campaign'][] = [
  ['MONTH', 'month'],
  ['QUARTER', 'quarter'],
  ['HALF_YEAR', 'half'],
  ['YEAR', 'year'],
  ['CUSTOM', 'custom'],
  ['CAMPAIGN', 'campaign'],
]
const YEARS = Array.from({ length: new Date().getFullYear() - 2020 }, (_, i) => 2021 + i)

const kindOf = (p: PeriodSelection): Kind => (p.kind === 'CUSTOM' ? (p.campaign ? 'CAMPAIGN' : 'CUSTOM') : p.kind)

export function PeriodPicker({
  lang,
  value,
  onChange,
  campaigns,
}: {
  lang: Lang
  value: PeriodSelection
  onChange: (p: PeriodSelection) => void
  campaigns: Campaign[] | null
}) {
  const [draft, setDraft] = useState<{ from: string; to: string }>(value.kind === 'CUSTOM' ? value : { from: '2024-01-01', to: '2024-12-31' })
  const kind = kindOf(value)
  const year = value.kind === 'CUSTOM' ? Number(value.to.slice(0, 4)) : value.year
  const setKind = (k: Kind) => {
    if (k === 'CUSTOM') return onChange({ kind: 'CUSTOM', from: draft.from, to: draft.to })
    if (k === 'CAMPAIGN') {
      const c = campaigns?.[0]
      return c ? onChange({ kind: 'CUSTOM', from: c.startsOn, to: c.endsOn, campaign: c.externalRef }) : undefined
    }
    onChange({ kind: k, year, index: 1 })
  }
  /** The name of a month, quarter or half of the year picked, without the year. */
  const partName = (index: number) =>
    value.kind === 'CUSTOM' ? '' : shortLabel(lang, value.kind as CalendarKind, value.year, index).replace(/\/?\s?\d{4}$/, '')
  return (
    <fieldset className="picker period" data-testid="period-picker">
      <legend>{t(lang, 'period')}</legend>
      <Select
        label={t(lang, 'period')}
        value={kind}
        options={KINDS.map(([k, w]) => [k, t(lang, w), k === 'CAMPAIGN' && !campaigns?.length])}
        onChange={(k) => setKind(k as Kind)}
        testId="period-kind"
      />
      {value.kind !== 'CUSTOM' ? (
        <>
          <Select
            label={t(lang, 'year')}
            value={value.year}
            options={YEARS.map((y) => [y, y])}
            onChange={(y) => onChange({ ...value, year: Number(y) })}
            testId="period-year"
          />
          {value.kind !== 'YEAR' ? (
            <Select
              label={t(lang, 'period')}
              value={value.index}
              options={Array.from({ length: partsOf(value.kind) }, (_, i) => [i + 1, partName(i + 1)])}
              onChange={(index) => onChange({ ...value, index: Number(index) })}
              testId="period-index"
            />
          ) : null}
        </>
      ) : kind === 'CAMPAIGN' ? (
        <Select
          label={t(lang, 'campaign')}
          value={value.campaign}
          options={(campaigns ?? []).map((c) => [c.externalRef, `${c.name} (${c.startsOn} – ${c.endsOn})`])}
          onChange={(ref) => {
            const c = campaigns!.find((x) => x.externalRef === ref)!
            onChange({ kind: 'CUSTOM', from: c.startsOn, to: c.endsOn, campaign: c.externalRef })
          }}
          testId="period-campaign"
        />
      ) : (
        <form
          className="window"
          onSubmit={(e) => {
            e.preventDefault()
            if (draft.from <= draft.to) onChange({ kind: 'CUSTOM', ...draft })
          }}
        >
          <label>
            {t(lang, 'from')} <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} data-testid="period-from" />
          </label>
          <label>
            {t(lang, 'to')} <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} data-testid="period-to" />
          </label>
          <button type="submit">{t(lang, 'apply')}</button>
        </form>
      )}
    </fieldset>
  )
}

export function UnitPicker({ lang, value, onChange }: { lang: Lang; value: string; onChange: (code: string) => void }) {
  const options = unitOptions(lang, { before: t(lang, 'beforeReform'), after: t(lang, 'afterReform') })
  return (
    <fieldset className="picker unit">
      <legend>{t(lang, 'unit')}</legend>
      <Select
        label={t(lang, 'unit')}
        value={value}
        options={options.map((o) => [o.code, `${'\u2003'.repeat(o.depth)}${o.label}`])}
        onChange={onChange}
        testId="unit-picker"
      />
    </fieldset>
  )
}
