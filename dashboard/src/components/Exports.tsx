// Export buttons: the gateway's report export (XLSX or CSV, Vietnamese or English headings) for
// the period and unit picked, downloaded with the bearer token like any API call. A report lacking
// an agency's figures is not made (a report is whole or nothing): the refusal names the agency.
import { useState } from 'react'
import { t, type Lang } from '../i18n.ts'
import { type AnswerError, type MissingFigures, missingFiguresOf } from '../missing.ts'
import { missingLines } from './Missing.tsx'

export function exportUrl(gatewayUrl: string, o: { period: string; unit: string; format: 'xlsx' | 'csv'; lang: Lang }): string {
  const url = new URL('/reports/provincial', gatewayUrl)
  url.search = new URLSearchParams({ period: o.period, unit: o.unit, format: o.format, lang: o.lang }).toString()
  return url.toString()
}

export function Exports({ lang, gatewayUrl, token, period, unit }: { lang: Lang; gatewayUrl: string; token: string; period: string; unit: string }) {
  const [busy, setBusy] = useState<string | null>(null)
  /** The last download failed: with the figures its refusal says are missing, if it says. */
  const [failed, setFailed] = useState<{ missing: MissingFigures[] } | null>(null)
  const download = async (format: 'xlsx' | 'csv', fileLang: Lang) => {
    setBusy(`${format}-${fileLang}`)
    setFailed(null)
    try {
      const res = await fetch(exportUrl(gatewayUrl, { period, unit, format, lang: fileLang }), { headers: { authorization: `Bearer ${token}` } })
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { errors?: AnswerError[] } | null
        setFailed({ missing: (Array.isArray(body?.errors) && missingFiguresOf(body.errors)) || [] })
        return
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `bao-cao.${format}`
      const a = document.createElement('a')
      a.href = URL.createObjectURL(await res.blob())
      a.download = name
      document.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000)
    } catch {
      setFailed({ missing: [] })
    } finally {
      setBusy(null)
    }
  }
  return (
    <fieldset className="picker exports">
      <legend>{t(lang, 'export')}</legend>
      {(['xlsx', 'csv'] as const).flatMap((format) =>
        (['vi', 'en'] as const).map((l) => (
          <button key={`${format}-${l}`} type="button" disabled={busy != null} onClick={() => void download(format, l)} data-testid={`export-${format}-${l}`}>
            {format.toUpperCase()} · {l === 'vi' ? 'Tiếng Việt' : 'English'}
          </button>
        )),
      )}
      {failed ? (
        <span className="error" role="alert" data-testid="export-failed">
          {[t(lang, 'error'), ...missingLines(lang, failed.missing)].join(' · ')}
        </span>
      ) : null}
    </fieldset>
  )
}
