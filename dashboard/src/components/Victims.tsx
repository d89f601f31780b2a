// Victims by form, route and destination, sex, age band, sex and age group, citizenship (one
// request); counted across agencies, so all of it is "no figures" when one of them did not answer.
import type { VictimsQuery } from '../gql/graphql.ts'
import type { Holes } from '../missing.ts'
import { definitionOf } from '../definitions.ts'
import { t, type Lang, type Word } from '../i18n.ts'
import { Breakdown } from './Breakdown.tsx'
import { Count, Defined } from './Figure.tsx'
import { NoFigures } from './Missing.tsx'

const BREAKDOWNS = ['byForm', 'byRoute', 'byDestination', 'bySex', 'byAgeBand', 'bySexAndAgeGroup', 'byCitizenship'] as const

export function Victims({ lang, data }: { lang: Lang; data: Holes<VictimsQuery> }) {
  const v = data?.provincialStatistics?.victims
  return (
    <>
      <section className="totals">
        <div className="total">
          <Defined definition={definitionOf(lang, 'VictimStatistics.total')}>{t(lang, 'total')}</Defined>
          <strong data-figure="victims.total">{v ? <Count lang={lang} count={v.total} /> : <NoFigures lang={lang} />}</strong>
        </div>
        <div className="total">
          <Defined definition={definitionOf(lang, 'VictimStatistics.excludedForConsent')}>{t(lang, 'excludedForConsent')}</Defined>
          <strong data-figure="victims.excludedForConsent">{v ? <Count lang={lang} count={v.excludedForConsent} /> : <NoFigures lang={lang} />}</strong>
        </div>
      </section>
      <section className="grid3">
        {BREAKDOWNS.map((b) => (
          <Breakdown key={b} lang={lang} testId={b} title={t(lang, b satisfies Word)} definition={definitionOf(lang, `VictimStatistics.${b}`)} cells={v?.[b]} />
        ))}
      </section>
    </>
  )
}
