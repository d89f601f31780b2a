// The one period picker (month, quarter, half, year, custom window, peak campaign) and the one
// unit picker (province → district → commune, across the 2025 reform) that drive every view.
import { useState } from 'react'
import { t, type Lang } from '../i18n.ts'
import { partsOf, shortLabel, type CalendarKind, type PeriodSelection } from '../periods.ts'
import { unitOptions } from '../units.ts'

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
  return (
    <fieldset className="picker period" data-testid="period-picker">
      <legend>{t(lang, 'period')}</legend>
      <select aria-label={t(lang, 'period')} value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="period-kind">
        {KINDS.map(([k, w]) => (
          <option key={k} value={k} disabled={k === 'CAMPAIGN' && !campaigns?.length}>
            {t(lang, w)}
          </option>
        ))}
      </select>
      {value.kind !== 'CUSTOM' ? (
        <>
          <select
            aria-label={t(lang, 'year')}
            value={value.year}
            onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}
            data-testid="period-year"
          >
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          {value.kind !== 'YEAR' ? (
            <select
              aria-label={t(lang, 'period')}
              value={value.index}
              onChange={(e) => onChange({ ...value, index: Number(e.target.value) })}
              data-testid="period-index"
            >
              {Array.from({ length: partsOf(value.kind) }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the position is the period's number (month, quarter, half)
                <option key={i} value={i + 1}>
                  {shortLabel(lang, value.kind as CalendarKind, value.year, i + 1).replace(/\/?\s?\d{4}$/, '')}
                </option>
              ))}
            </select>
          ) : null}
        </>
      ) : kind === 'CAMPAIGN' ? (
        <select
          aria-label={t(lang, 'campaign')}
          value={value.campaign}
          data-testid="period-campaign"
          onChange={(e) => {
            const c = campaigns!.find((x) => x.externalRef === e.target.value)!
            onChange({ kind: 'CUSTOM', from: c.startsOn, to: c.endsOn, campaign: c.externalRef })
          }}
        >
          {campaigns?.map((c) => (
            <option key={c.externalRef} value={c.externalRef}>
              {c.name} ({c.startsOn} – {c.endsOn})
            </option>
          ))}
        </select>
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
      <select aria-label={t(lang, 'unit')} value={value} onChange={(e) => onChange(e.target.value)} data-testid="unit-picker">
        {options.map((o) => (
          <option key={o.code} value={o.code}>{`${'\u2003'.repeat(o.depth)}${o.label}`}</option>
        ))}
      </select>
    </fieldset>
  )
}
