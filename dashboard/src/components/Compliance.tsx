// Reporting compliance: agency × period (on time, late, missing, not due; revisions), and the
// revision diff of a cell on click. An agency whose subgraph did not answer has a row saying
// "no figures" (not "missing": nothing says its reports are late).
import { useState } from 'react'
import { AGENCY_REGISTRY } from '@lienthong/schema/agencies'
import type { ComplianceData } from '../api/operations.ts'
import type { AgencyComplianceFieldsFragment, PeriodReportingFieldsFragment } from '../gql/graphql.ts'
import { VALUE_DESCRIPTIONS } from '../gql/descriptions.ts'
import { definitionOf } from '../definitions.ts'
import { describedIn, formatPercent, t, type Lang } from '../i18n.ts'
import { parsePeriodCode, shortLabel } from '../periods.ts'
import { Defined } from './Figure.tsx'
import type { Holes } from '../missing.ts'
import { NoFigures } from './Missing.tsx'

const STATUS_WORD = { ON_TIME: 'onTime', LATE: 'late', MISSING: 'missing', NOT_DUE: 'notDue' } as const

export function Compliance({ lang, data }: { lang: Lang; data: Holes<ComplianceData> }) {
  const [open, setOpen] = useState<PeriodReportingFieldsFragment | null>(null)
  const year = data?.reportingCompliance
  const rows = AGENCY_REGISTRY.map((a) => ({ agency: a.id, row: year?.[a.reportingKey] as AgencyComplianceFieldsFragment | null | undefined }))
  const codes = rows.find((r) => r.row)?.row?.periods.map((p) => p.periodCode) ?? []
  const dateTime = (iso: string) =>
    new Date(iso).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' })
  return (
    <article className="panel">
      <table className="compliance" data-testid="compliance-grid">
        <thead>
          <tr>
            <th scope="col">{t(lang, 'agency')}</th>
            {codes.map((c) => {
              const p = parsePeriodCode(c)
              return (
                <th key={c} scope="col">
                  {p ? shortLabel(lang, p.kind, p.year, p.index) : c}
                </th>
              )
            })}
            <th scope="col">
              <Defined definition={definitionOf(lang, 'AgencyCompliance.reportingRate')}>{t(lang, 'reportingRate')}</Defined>
            </th>
            <th scope="col">
              <Defined definition={definitionOf(lang, 'AgencyCompliance.onTimeRate')}>{t(lang, 'onTimeRate')}</Defined>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ agency, row: r }) =>
            r ? (
              <tr key={agency} data-agency={agency}>
                <th scope="row">{describedIn(lang, VALUE_DESCRIPTIONS[agency])}</th>
                {r.periods.map((p) => (
                  <td key={p.periodCode} className={`status ${p.status}`}>
                    <button type="button" onClick={() => setOpen(p)} title={t(lang, STATUS_WORD[p.status])} data-status={p.status} data-period={p.periodCode}>
                      {t(lang, STATUS_WORD[p.status])}
                      {p.revisions.length > 1 ? <sup className="rev">{p.revisions.length}</sup> : null}
                    </button>
                  </td>
                ))}
                <td className="percent">{formatPercent(lang, r.reportingRate)}</td>
                <td className="percent">{formatPercent(lang, r.onTimeRate)}</td>
              </tr>
            ) : (
              <tr key={agency} data-agency={agency} data-missing="true">
                <th scope="row">{describedIn(lang, VALUE_DESCRIPTIONS[agency])}</th>
                <td colSpan={codes.length + 2} className="missing-row">
                  <NoFigures lang={lang} />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {open ? (
        <aside className="drawer" role="dialog" aria-label={t(lang, 'revisions')}>
          <header>
            <h3>
              {describedIn(lang, VALUE_DESCRIPTIONS[open.agency])} — {open.periodCode}
            </h3>
            <button type="button" onClick={() => setOpen(null)}>
              {t(lang, 'close')}
            </button>
          </header>
          <p>
            {t(lang, STATUS_WORD[open.status])} · {lang === 'vi' ? 'Hạn' : 'Due'} {dateTime(open.dueAt)}
          </p>
          {open.revisions.length === 0 ? <p>{t(lang, 'missing')}</p> : null}
          {open.revisions.map((rev) => (
            <section key={rev.revision} className="revision" data-revision={rev.revision}>
              <h4>
                {t(lang, 'revisions')} {rev.revision} · {dateTime(rev.submittedAt)} · {rev.submittedBy}
              </h4>
              {rev.changes.length === 0 ? (
                <p>{rev.revision === 1 ? t(lang, 'noChanges') : '—'}</p>
              ) : (
                <table className="diff">
                  <thead>
                    <tr>
                      <th>{t(lang, 'figure')}</th>
                      <th>{t(lang, 'before')}</th>
                      <th>{t(lang, 'after')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rev.changes.map((c) => (
                      <tr key={c.path}>
                        <td>
                          <code>{c.path}</code>
                        </td>
                        <td className="before">{c.before ?? '—'}</td>
                        <td className="after">{c.after ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ))}
        </aside>
      ) : null}
    </article>
  )
}
