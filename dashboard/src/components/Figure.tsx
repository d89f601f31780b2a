// A figure as the committee reads it: its number (or "ẩn / hidden" when protected, never 0) and
// its definition from the schema on hover.
import type { ReactNode } from 'react'
import { isProtected } from '../cells.ts'
import { formatNumber, t, type Lang } from '../i18n.ts'

export function Protected({ lang }: { lang: Lang }) {
  return (
    <span className="protected" data-protected="true" title={t(lang, 'hiddenWhy')}>
      {lang === 'vi' ? 'ẩn / hidden' : 'hidden / ẩn'}
    </span>
  )
}

export function Count({ lang, count, suppressed }: { lang: Lang; count?: number | null | undefined; suppressed?: boolean | null | undefined }) {
  if (isProtected({ count, suppressed })) return <Protected lang={lang} />
  return <span className="num">{formatNumber(lang, count!)}</span>
}

/** A label whose definition (schema description) shows on hover and focus. */
export function Defined({ definition, children }: { definition: string; children: ReactNode }) {
  if (!definition) return <>{children}</>
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users reach the figure's definition (its title) by focus, as others do by hover
    <span className="defined" title={definition} tabIndex={0} data-definition={definition}>
      {children}
    </span>
  )
}
