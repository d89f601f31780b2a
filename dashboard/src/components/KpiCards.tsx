// The five statutory targets: value, target, met or not, numerator/denominator, and a 12-month
// sparkline; and the monthly trend of each (the same one request: the period and its 12 months).
// The KPIs combine the police's and the prosecutions' counts: when one of them did not answer, the
// cards of the catalogue say "no figures" and a month without figures is a gap in the lines.
import { useMemo } from 'react'
import type { ChartConfiguration, ChartDataset, ChartOptions } from 'chart.js'
import { KPI_CATALOGUE } from '@lienthong/schema/kpi'
import type { KpiFieldsFragment, KpiOverviewQuery } from '../gql/graphql.ts'
import type { Holes } from '../missing.ts'
import { NoFigures } from './Missing.tsx'
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
export function kpiSeries(lang: Lang, data: Holes<KpiOverviewQuery>, kpis: readonly Pick<KpiFieldsFragment, 'code'>[]): KpiSeries[] {
  const months = MONTHS.map((m) => data?.[m])
  const labels = months.map((m, i) => {
    const p = m ? parsePeriodCode(m.periodCode) : null
    return p ? shortLabel(lang, p.kind, p.year, p.index) : (m?.periodCode ?? `${i + 1}`)
  })
  return kpis.map((k) => ({
    code: k.code,
    labels,
    values: months.map((m) => {
      const v = m?.kpis?.find((x) => x.code === k.code)?.value
      return v == null ? null : Math.round(v * 1000) / 10
    }),
  }))
}

/** The KPIs of the answer, or of the catalogue (code, names, target) when the answer has none. */
type KpiShown = Pick<KpiFieldsFragment, 'code' | 'nameVi' | 'nameEn' | 'targetPercent' | 'comparator'> & { result?: KpiFieldsFragment }
function kpisShown(data: Holes<KpiOverviewQuery>): KpiShown[] {
  const kpis = data?.current?.kpis
  if (kpis) return kpis.map((k) => ({ ...k, result: k }))
  return KPI_CATALOGUE.map(({ code, nameVi, nameEn, targetPercent, comparator }) => ({ code, nameVi, nameEn, targetPercent, comparator }))
}

const targetText = (k: Pick<KpiFieldsFragment, 'comparator' | 'targetPercent'>) => `${k.comparator === 'MORE_THAN' ? '>' : '≥'} ${k.targetPercent}%`

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

export function KpiCards({ lang, data }: { lang: Lang; data: Holes<KpiOverviewQuery> }) {
  const kpis = useMemo(() => kpisShown(data), [data])
  const series = useMemo(() => kpiSeries(lang, data, kpis), [lang, data, kpis])
  return (
    <section className="cards" aria-label={t(lang, 'overview')}>
      {kpis.map(({ result: k, ...d }, i) => (
        <article
          key={d.code}
          className={`card ${k == null ? 'missing' : k.met == null ? 'none' : k.met ? 'met' : 'unmet'}`}
          data-kpi={d.code}
          data-missing={k ? undefined : 'true'}
        >
          <header>
            <span className="code">{d.code}</span>{' '}
            <Defined definition={definitionOf(lang, 'ProvincialStatistics.kpis')}>{lang === 'vi' ? d.nameVi : d.nameEn}</Defined>
          </header>
          <div className="value" data-value={k?.value ?? ''}>
            {k ? <Defined definition={definitionOf(lang, 'KpiResult.value')}>{formatPercent(lang, k.value)}</Defined> : <NoFigures lang={lang} />}
          </div>
          <div className="meta">
            <span>
              <Defined definition={definitionOf(lang, 'KpiResult.targetPercent')}>
                {t(lang, 'target')} {targetText(d)}
              </Defined>
            </span>
            {k ? <span className="badge">{k.met == null ? t(lang, 'nothingPending') : k.met ? t(lang, 'met') : t(lang, 'notMet')}</span> : null}
          </div>
          <div className="ratio">
            {k ? (
              <>
                <Defined definition={definitionOf(lang, 'KpiResult.numerator')}>
                  <span data-numerator={k.numerator}>{formatNumber(lang, k.numerator)}</span>
                </Defined>
                {' / '}
                <Defined definition={definitionOf(lang, 'KpiResult.denominator')}>
                  <span data-denominator={k.denominator}>{formatNumber(lang, k.denominator)}</span>
                </Defined>
              </>
            ) : (
              '\u00a0'
            )}
          </div>
          <Sparkline series={series[i]!} target={d.targetPercent} lang={lang} />
          <footer>{t(lang, 'last12')}</footer>
        </article>
      ))}
    </section>
  )
}

export function KpiTrends({ lang, data }: { lang: Lang; data: Holes<KpiOverviewQuery> }) {
  const kpis = useMemo(() => kpisShown(data), [data])
  const series = useMemo(() => kpiSeries(lang, data, kpis), [lang, data, kpis])
  return (
    <section className="trends">
      {kpis.map((k, i) => (
        <Trend key={k.code} lang={lang} kpi={k} series={series[i]!} />
      ))}
    </section>
  )
}

function Trend({ lang, kpi, series }: { lang: Lang; kpi: KpiShown; series: KpiSeries }) {
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
        {kpi.result ? null : (
          <>
            {' · '}
            <NoFigures lang={lang} />
          </>
        )}
      </h3>
      <Chart config={config} height={220} label={`${kpi.code} — ${t(lang, 'trends')}`} />
    </article>
  )
}
