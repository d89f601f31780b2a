// The sign-in screen: in a development build, a picker of agency, role and unit; in production,
// the province's identity provider.
import { useState } from 'react'
import { AGENCY_IDS, STEERING_COMMITTEE } from '@lienthong/schema/agencies'
import { devSignIn, startIdpSignIn, type DashboardConfig, type SignedIn } from '../auth.ts'
import { t, type Lang } from '../i18n.ts'
import { UnitPicker } from './Pickers.tsx'
import { Select, type Choice } from './Select.tsx'

/** The steering committee, then the agency registry's agencies. */
const AGENCIES = [STEERING_COMMITTEE, ...AGENCY_IDS]
const ROLES = ['analyst', 'integrator', 'officer', 'supervisor', 'auditor']
/** The sign-in's choices of agency and role (each named by itself). */
const CHOICES: Record<'agency' | 'role', Choice<string>[]> = { agency: AGENCIES.map((a) => [a, a]), role: ROLES.map((r) => [r, r]) }

export function SignIn({ lang, config, onSignedIn }: { lang: Lang; config: DashboardConfig; onSignedIn: (s: SignedIn) => void }) {
  const [pick, setPick] = useState({ agency: STEERING_COMMITTEE as string, role: 'analyst', unit: '99' })
  const [error, setError] = useState<string | null>(null)
  return (
    <main className="signin">
      <h1>{t(lang, 'title')}</h1>
      {__DEV_SIGN_IN__ && config.development ? (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            devSignIn(config.gatewayUrl, pick).then(onSignedIn, (x: Error) => setError(x.message))
          }}
          data-testid="dev-sign-in"
        >
          <h2>{t(lang, 'devSignIn')}</h2>
          {(['agency', 'role'] as const).map((field) => (
            <label key={field} htmlFor={`signin-${field}`}>
              {t(lang, field)}{' '}
              <Select
                id={`signin-${field}`}
                value={pick[field]}
                options={CHOICES[field]}
                onChange={(v) => setPick({ ...pick, [field]: v })}
                testId={`signin-${field}`}
              />
            </label>
          ))}
          <UnitPicker lang={lang} value={pick.unit} onChange={(unit) => setPick({ ...pick, unit })} />
          <button type="submit" className="primary" data-testid="signin-submit">
            {t(lang, 'signIn')}
          </button>
        </form>
      ) : config.identityProvider ? (
        <button type="button" className="primary" onClick={() => void startIdpSignIn(config.identityProvider!)}>
          {t(lang, 'idpSignIn')}
        </button>
      ) : (
        <p>{t(lang, 'idpSignIn')}: LT_IDP_AUTHORIZE_URL, LT_IDP_TOKEN_URL, LT_IDP_CLIENT_ID</p>
      )}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </main>
  )
}
