// The justice funnel: reports received → cases opened → indicted → tried → convicted persons,
// and the persons of each step by sex; counted across agencies, so "no figures" throughout when one
// of them did not answer.
import { useMemo } from 'react'
import type { JusticeFunnelQuery } from '../gql/graphql.ts'
import type { Holes } from '../missing.ts'
import { NoFigures } from './Missing.tsx'
import { definitionOf } from '../definitions.ts'
import type { Lang } from '../i18n.ts'
import { Breakdown } from './Breakdown.tsx'
import { Chart } from './Chart.tsx'
import { Count, Defined } from './Figure.tsx'
import { describedIn } from '../i18n.ts'
import { DESCRIPTIONS } from '../gql/descriptions.ts'

const STEPS = ['reportsReceived', 'casesOpened', 'casesIndicted', 'casesTried', 'convictedPersons'] as const
/** The steps whose persons are shown by sex. */
const PERSONS_BY_SEX = ['suspects', 'indicted', 'convicted'] as const
const label = (lang: Lang, path: string) => describedIn(lang, DESCRIPTIONS[path])

/** A step as a share of the one before it; nothing when either is protected (a person count) or zero. */
const share = (n: number | null | undefined, of: number | null | undefined) => (n != null && of != null && of > 0 ? `${Math.round((100 * n) / of)}%` : '')

export function Funnel({ lang, data }: { lang: Lang; data: Holes<JusticeFunnelQuery> }) {
  const f = data?.provincialStatistics?.justiceFunnel
  const config = useMemo(
    () => ({
      type: 'bar' as const,
      data: {
        labels: STEPS.map((s) => label(lang, `JusticeFunnel.${s}`)),
        datasets: [{ data: STEPS.map((s) => f?.[s] ?? null), backgroundColor: ['#0f4c81', '#1d6fa5', '#3b8bc2', '#6aa9d8', '#9cc7ea'] }],
      },
      options: { indexAxis: 'y' as const, plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    }),
    [lang, f],
  )
  return (
    <>
      <article className="panel">
        {f ? <Chart config={config} height={240} label={label(lang, 'ProvincialStatistics.justiceFunnel')} /> : null}
        <ol className="steps">
          {STEPS.map((s, i) => (
            <li key={s} data-step={s}>
              <Defined definition={definitionOf(lang, `JusticeFunnel.${s}`)}>{label(lang, `JusticeFunnel.${s}`)}</Defined>
              <strong className="num">{f ? <Count lang={lang} count={f[s]} /> : <NoFigures lang={lang} />}</strong>
              {i > 0 && f ? <small>{share(f[s], f[STEPS[i - 1]!])}</small> : <small />}
            </li>
          ))}
        </ol>
      </article>
      <section className="grid3">
        {PERSONS_BY_SEX.map((step) => (
          <Breakdown
            key={step}
            lang={lang}
            testId={`${step}.bySex`}
            title={
              <>
                {label(lang, `JusticeFunnel.${step}`)} — {f?.[step] ? <Count lang={lang} count={f[step].total} /> : <NoFigures lang={lang} />}
              </>
            }
            definition={definitionOf(lang, `JusticeFunnel.${step}`)}
            cells={f?.[step]?.bySex}
          />
        ))}
      </section>
    </>
  )
}
