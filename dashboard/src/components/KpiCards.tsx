// The five statutory targets: value, target, met or not, numerator/denominator, and a 12-month
// sparkline; and the monthly trend of each (the same one request: the period and its 12 months).
import { useMemo } from 'react'
import type { ChartConfiguration, ChartDataset, ChartOptions } from 'chart.js'
import type { KpiFieldsFragment, KpiOverviewQuery } from '../gql/graphql.ts'
import { definitionOf } from '../definitions.ts'
import { formatNumber, formatPercent, t, type Lang } from '../i18n.ts'
import { parsePeriodCode, shortLabel } from '../periods.ts'
import { Chart } from './Chart.tsx'
import { Defined } from './Figure.tsx'

const MONTHS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12'] as const

export interface KpiSeries {
  code: string
  labels: string[]
  values: (number | null)[]
}

/** Each KPI's value (percent) over the 12 months, oldest first; null where nothing was pending. */
export function kpiSeries(lang: Lang, data: KpiOverviewQuery): KpiSeries[] {
  const months = MONTHS.map((m) => data[m])
  const labels = months.map((m) => {
    const p = parsePeriodCode(m.periodCode)
    return p ? shortLabel(lang, p.kind, p.year, p.index) : m.periodCode
  })
  return data.current.kpis.map((k) => ({
    code: k.code,
    labels,
    values: months.map((m) => {
      const v = m.kpis.find((x) => x.code === k.code)?.value
      return v == null ? null : Math.round(v * 1000) / 10
    }),
  }))
}

const targetText = (k: KpiFieldsFragment) => `${k.comparator === 'MORE_THAN' ? '>' : '≥'} ${k.targetPercent}%`

/** A KPI's 12 months as a line (`value`: its own style) with the target as a dashed amber line (`target`). */
function kpiLineChart(
  series: KpiSeries,
  targetPercent: number,
  style: { value: Omit<ChartDataset<'line'>, 'data'>; target: Omit<ChartDataset<'line'>, 'data'> },
  options: ChartOptions<'line'>,
): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: series.labels,
      datasets: [
        { data: series.values, borderColor: '#0f4c81', ...style.value },
        { data: series.labels.map(() => targetPercent), borderColor: '#b45309', pointRadius: 0, ...style.target },
      ],
    },
    options,
  }
}

function Sparkline({ series, target, lang }: { series: KpiSeries; target: number; lang: Lang }) {
  const config = useMemo(
    () =>
      kpiLineChart(
        series,
        target,
        {
          value: { backgroundColor: 'rgba(15,76,129,0.12)', fill: true, pointRadius: 0, borderWidth: 2, spanGaps: true, tension: 0.25 },
          target: { borderDash: [4, 3], borderWidth: 1 },
        },
        {
          plugins: { legend: { display: false }, tooltip: { enabled: true } },
          scales: { x: { display: false }, y: { display: false, min: 0, max: 104 } },
        },
      ),
    [series, target],
  )
  return <Chart config={config} height={48} label={`${series.code} — ${t(lang, 'last12')}`} />
}

export function KpiCards({ lang, data }: { lang: Lang; data: KpiOverviewQuery }) {
  const series = useMemo(() => kpiSeries(lang, data), [lang, data])
  return (
    <section className="cards" aria-label={t(lang, 'overview')}>
      {data.current.kpis.map((k, i) => (
        <article key={k.code} className={`card ${k.met == null ? 'none' : k.met ? 'met' : 'unmet'}`} data-kpi={k.code}>
          <header>
            <span className="code">{k.code}</span>{' '}
            <Defined definition={definitionOf(lang, 'ProvincialStatistics.kpis')}>{lang === 'vi' ? k.nameVi : k.nameEn}</Defined>
          </header>
          <div className="value" data-value={k.value ?? ''}>
            <Defined definition={definitionOf(lang, 'KpiResult.value')}>{formatPercent(lang, k.value)}</Defined>
          </div>
          <div className="meta">
            <span>
              <Defined definition={definitionOf(lang, 'KpiResult.targetPercent')}>
                {t(lang, 'target')} {targetText(k)}
              </Defined>
            </span>
            <span className="badge">{k.met == null ? t(lang, 'nothingPending') : k.met ? t(lang, 'met') : t(lang, 'notMet')}</span>
          </div>
          <div className="ratio">
            <Defined definition={definitionOf(lang, 'KpiResult.numerator')}>
              <span data-numerator={k.numerator}>{formatNumber(lang, k.numerator)}</span>
            </Defined>
            {' / '}
            <Defined definition={definitionOf(lang, 'KpiResult.denominator')}>
              <span data-denominator={k.denominator}>{formatNumber(lang, k.denominator)}</span>
            </Defined>
          </div>
          <Sparkline series={series[i]!} target={k.targetPercent} lang={lang} />
          <footer>{t(lang, 'last12')}</footer>
        </article>
      ))}
    </section>
  )
}

export function KpiTrends({ lang, data }: { lang: Lang; data: KpiOverviewQuery }) {
  const series = useMemo(() => kpiSeries(lang, data), [lang, data])
  return (
    <section className="trends">
      {data.current.kpis.map((k, i) => (
        <Trend key={k.code} lang={lang} kpi={k} series={series[i]!} />
      ))}
    </section>
  )
}

function Trend({ lang, kpi, series }: { lang: Lang; kpi: KpiFieldsFragment; series: KpiSeries }) {
  const config = useMemo(
    () =>
      kpiLineChart(
        series,
        kpi.targetPercent,
        {
          value: { label: `${kpi.code} (%)`, backgroundColor: '#0f4c81', spanGaps: false, tension: 0.2 },
          target: { label: `${t(lang, 'target')} ${targetText(kpi)}`, borderDash: [6, 4] },
        },
        {
          plugins: { legend: { position: 'bottom' } },
          scales: { y: { min: 0, max: 100, ticks: { callback: (v: string | number) => `${v}%` } } },
        },
      ),
    [lang, kpi, series],
  )
  return (
    <article className="panel">
      <h3>
        <span className="code">{kpi.code}</span> {lang === 'vi' ? kpi.nameVi : kpi.nameEn}
      </h3>
      <Chart config={config} height={220} label={`${kpi.code} — ${t(lang, 'trends')}`} />
    </article>
  )
}
