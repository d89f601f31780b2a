// Victims by form, route and destination, sex, age band, citizenship (one request).
import type { VictimsQuery } from '../gql/graphql.ts'
import { definitionOf } from '../definitions.ts'
import { t, type Lang, type Word } from '../i18n.ts'
import { Breakdown } from './Breakdown.tsx'
import { Count, Defined } from './Figure.tsx'

const BREAKDOWNS: ('byForm' | 'byRoute' | 'byDestination' | 'bySex' | 'byAgeBand' | 'byCitizenship')[] = [
  'byForm',
  'byRoute',
  'byDestination',
  'bySex',
  'byAgeBand',
  'byCitizenship',
]

export function Victims({ lang, data }: { lang: Lang; data: VictimsQuery }) {
  const v = data.provincialStatistics.victims
  return (
    <>
      <section className="totals">
        <div className="total">
          <Defined definition={definitionOf(lang, 'VictimStatistics.total')}>{t(lang, 'total')}</Defined>
          <strong data-figure="victims.total">
            <Count lang={lang} count={v.total} />
          </strong>
        </div>
        <div className="total">
          <Defined definition={definitionOf(lang, 'VictimStatistics.excludedForConsent')}>{t(lang, 'excludedForConsent')}</Defined>
          <strong>
            <Count lang={lang} count={v.excludedForConsent} />
          </strong>
        </div>
      </section>
      <section className="grid3">
        {BREAKDOWNS.map((b) => (
          <Breakdown key={b} lang={lang} testId={b} title={t(lang, b as Word)} definition={definitionOf(lang, `VictimStatistics.${b}`)} cells={v[b]} />
        ))}
      </section>
    </>
  )
}
