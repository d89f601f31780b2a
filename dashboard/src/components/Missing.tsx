// Figures an agency did not give (its subgraph down or slow): the banner naming the agencies and
// why, and the "no figures" state of each figure they feed — never a 0, never a blank.
import { agencyEntry } from '@lienthong/schema/agencies'
import { t, type Lang } from '../i18n.ts'
import { missingAgencies, type MissingFigures } from '../missing.ts'

/** "Thiếu số liệu của Viện kiểm sát nhân dân — không kết nối được", one line per agency. */
export function missingLines(lang: Lang, missing: readonly MissingFigures[]): string[] {
  return missingAgencies(missing).map(({ agency, reason }) => {
    if (!agency) return `${t(lang, 'missingSome')} — ${t(lang, reason)}`
    const a = agencyEntry(agency)
    return `${t(lang, 'missingOf')} ${lang === 'vi' ? a.nameVi : a.nameEn} — ${t(lang, reason)}`
  })
}

export function MissingBanner({ lang, missing }: { lang: Lang; missing: readonly MissingFigures[] }) {
  if (missing.length === 0) return null
  const agencies = missingAgencies(missing)
  return (
    <div className="missing-banner" role="alert" data-testid="missing-banner" data-agencies={agencies.map((a) => a.agency ?? '').join(' ')}>
      <ul>
        {missingLines(lang, missing).map((line, i) => (
          <li key={line} data-agency={agencies[i]!.agency ?? ''} data-reason={agencies[i]!.reason}>
            {line}
          </li>
        ))}
      </ul>
      <p>{t(lang, 'missingHint')}</p>
    </div>
  )
}

/** Where a figure would be: its agency did not answer. */
export function NoFigures({ lang }: { lang: Lang }) {
  return (
    <span className="no-figures" data-missing="true" title={t(lang, 'noFiguresWhy')}>
      {t(lang, 'noFigures')}
    </span>
  )
}
