// The committee's dashboard: sign-in, then one period picker and one unit picker driving every
// view; each view change is one GraphQL request. An answer lacking an agency's figures (its
// subgraph down or slow) is shown with a banner naming the agency and "no figures" in its place.
import { useEffect, useMemo, useState } from 'react'
import { createClient, run } from './api/client.ts'
import { type ComplianceData, PeakCampaignsQuery } from './api/operations.ts'
import { useOperation } from './api/useOperation.ts'
import { finishIdpSignIn, keep, restore, type DashboardConfig, type SignedIn } from './auth.ts'
import { Compliance } from './components/Compliance.tsx'
import { Exports } from './components/Exports.tsx'
import { Funnel } from './components/Funnel.tsx'
import { KpiCards, KpiTrends } from './components/KpiCards.tsx'
import { PeriodPicker, UnitPicker, type Campaign } from './components/Pickers.tsx'
import { SignIn } from './components/SignIn.tsx'
import { UnitsTable } from './components/UnitsTable.tsx'
import { Victims } from './components/Victims.tsx'
import { MissingBanner } from './components/Missing.tsx'
import type { JusticeFunnelQuery, KpiOverviewQuery, VictimsQuery } from './gql/graphql.ts'
import type { Holes } from './missing.ts'
import { t, type Lang } from './i18n.ts'
import { latestEnded, periodCode, type PeriodSelection } from './periods.ts'
import { unitName } from './units.ts'
import { loadView, VIEWS, type UnitRowAnswer, type View } from './views.ts'

const VIEW_WORD = { overview: 'overview', trends: 'trends', funnel: 'funnel', victims: 'victims', units: 'units', compliance: 'compliance' } as const

export function App({ config }: { config: DashboardConfig }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('lienthong.lang') === 'en' ? 'en' : 'vi'))
  const [session, setSession] = useState<SignedIn | null>(() => restore())
  useEffect(() => {
    document.documentElement.lang = lang
    localStorage.setItem('lienthong.lang', lang)
  }, [lang])
  useEffect(() => {
    if (!session && config.identityProvider)
      finishIdpSignIn(config.identityProvider).then(
        (s) => {
          if (s) {
            keep(s)
            setSession(s)
          }
        },
        () => undefined,
      )
  }, [config, session])
  const toggle = (
    <button type="button" className="lang" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')} data-testid="lang-toggle">
      {lang === 'vi' ? 'English' : 'Tiếng Việt'}
    </button>
  )
  if (!session)
    return (
      <>
        <div className="topbar">{toggle}</div>
        <SignIn
          lang={lang}
          config={config}
          onSignedIn={(s) => {
            keep(s)
            setSession(s)
          }}
        />
      </>
    )
  return (
    <Dashboard
      lang={lang}
      toggle={toggle}
      config={config}
      session={session}
      onSignOut={() => {
        keep(null)
        setSession(null)
      }}
    />
  )
}

function Dashboard({
  lang,
  toggle,
  config,
  session,
  onSignOut,
}: {
  lang: Lang
  toggle: React.ReactNode
  config: DashboardConfig
  session: SignedIn
  onSignOut: () => void
}) {
  const client = useMemo(() => createClient({ token: session.token, gatewayUrl: config.gatewayUrl }), [session, config])
  const [period, setPeriod] = useState<PeriodSelection>(() => latestEnded('YEAR', new Date()))
  const [unit, setUnit] = useState(session.identity.unit)
  const [view, setView] = useState<View>('overview')
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null)
  useEffect(() => {
    run(client, PeakCampaignsQuery, {}).then(
      (d) => setCampaigns(d.peakCampaigns ?? []),
      () => setCampaigns([]),
    )
  }, [client])
  const code = periodCode(period)
  const loaded = useOperation(`${view}|${code}|${unit}`, () => loadView(client, view, period, unit))
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <strong>{t(lang, 'brand')}</strong>
          <span>{t(lang, 'title')}</span>
        </div>
        <div className="who">
          <span title={session.identity.sub}>
            {t(lang, 'signedInAs')} {session.identity.agency} · {session.identity.role} · {unitName(lang, session.identity.unit)}
          </span>
          {toggle}
          <button type="button" onClick={onSignOut}>
            {t(lang, 'signOut')}
          </button>
        </div>
      </header>
      <div className="toolbar">
        <PeriodPicker lang={lang} value={period} onChange={setPeriod} campaigns={campaigns} />
        <UnitPicker lang={lang} value={unit} onChange={setUnit} />
        <Exports lang={lang} gatewayUrl={config.gatewayUrl} token={session.token} period={code} unit={unit} />
      </div>
      <div className="tabs" role="tablist">
        {VIEWS.map((v) => (
          <button key={v} role="tab" type="button" aria-selected={v === view} onClick={() => setView(v)} data-testid={`tab-${v}`}>
            {t(lang, VIEW_WORD[v])}
          </button>
        ))}
      </div>
      <main
        className="view"
        data-view={view}
        data-period={code}
        data-unit={unit}
        data-state={loaded.state}
        data-missing={loaded.state === 'done' && loaded.data.missing.length > 0 ? 'true' : undefined}
        aria-busy={loaded.state === 'loading'}
      >
        <h2 className="caption">
          {t(lang, VIEW_WORD[view])} · <span data-testid="caption-period">{code}</span> · {unitName(lang, unit)}
        </h2>
        {loaded.state === 'loading' ? <p className="muted">{t(lang, 'loading')}</p> : null}
        {loaded.state === 'error' ? (
          <p className="error" role="alert">
            {t(lang, 'error')}: {loaded.message}
            {loaded.code ? ` (${loaded.code})` : ''}
          </p>
        ) : null}
        {loaded.state === 'done' ? (
          <>
            <MissingBanner lang={lang} missing={loaded.data.missing} />
            <ViewBody lang={lang} view={view} data={loaded.data.data} />
          </>
        ) : null}
      </main>
    </div>
  )
}

function ViewBody({ lang, view, data }: { lang: Lang; view: View; data: unknown }) {
  switch (view) {
    case 'overview':
      return <KpiCards lang={lang} data={data as Holes<KpiOverviewQuery>} />
    case 'trends':
      return <KpiTrends lang={lang} data={data as Holes<KpiOverviewQuery>} />
    case 'funnel':
      return <Funnel lang={lang} data={data as Holes<JusticeFunnelQuery>} />
    case 'victims':
      return <Victims lang={lang} data={data as Holes<VictimsQuery>} />
    case 'units':
      return <UnitsTable lang={lang} rows={data as UnitRowAnswer[]} />
    case 'compliance':
      return <Compliance lang={lang} data={data as Holes<ComplianceData>} />
  }
}
