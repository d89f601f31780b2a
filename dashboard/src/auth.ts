// Signing in. The dashboard holds a bearer token for the gateway, kept for the browser tab only
// (sessionStorage). Development: a picker of agency, role and unit asks the gateway's
// development-only GET /dev/token. Production: the province's identity provider, OAuth 2.0
// authorisation code with PKCE (the provider issues the network's JWT: EdDSA, claims sub,
// agency, role, unit; see docs/integrators.md). A production build has no picker at all.
export interface DashboardConfig {
  gatewayUrl: string
  development: boolean
  identityProvider?: { authorizeUrl: string; tokenUrl: string; clientId: string; scope?: string }
}

export interface Identity {
  sub: string
  agency: string
  role: string
  unit: string
}
export interface SignedIn {
  token: string
  identity: Identity
}

const KEY = 'lienthong.session'
const VERIFIER = 'lienthong.pkce'

export function restore(): SignedIn | null {
  const kept = sessionStorage.getItem(KEY)
  if (!kept) return null
  const s = JSON.parse(kept) as SignedIn
  return claimsOf(s.token).exp * 1000 > Date.now() ? s : null
}

export function keep(s: SignedIn | null): void {
  if (s) sessionStorage.setItem(KEY, JSON.stringify(s))
  else sessionStorage.removeItem(KEY)
}

/** The claims of a JWT (not verified here: the gateway verifies every request). */
export function claimsOf(token: string): Identity & { exp: number } {
  const payload = token.split('.')[1] ?? ''
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))))
}

/** Development only: a token for the picked agency, role and unit. */
export async function devSignIn(gatewayUrl: string, pick: { agency: string; role: string; unit: string }): Promise<SignedIn> {
  if (!__DEV_SIGN_IN__) throw new Error('no development sign-in in a production build')
  const url = new URL('/dev/token', gatewayUrl)
  for (const [k, v] of Object.entries(pick)) url.searchParams.set(k, v)
  const res = await fetch(url)
  if (!res.ok) throw new Error(`/dev/token: ${res.status}`)
  const { token, identity } = (await res.json()) as { token: string; identity: Identity }
  return { token, identity }
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

/** Production: to the identity provider's sign-in page (authorisation code with PKCE). */
export async function startIdpSignIn(idp: NonNullable<DashboardConfig['identityProvider']>): Promise<void> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)))
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))))
  sessionStorage.setItem(VERIFIER, verifier)
  const url = new URL(idp.authorizeUrl)
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: idp.clientId,
    redirect_uri: location.origin + location.pathname,
    scope: idp.scope ?? 'openid',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString()
  location.assign(url.toString())
}

/** Production: back from the identity provider with ?code=…, exchange it for the access token. */
export async function finishIdpSignIn(idp: NonNullable<DashboardConfig['identityProvider']>): Promise<SignedIn | null> {
  const code = new URLSearchParams(location.search).get('code')
  const verifier = sessionStorage.getItem(VERIFIER)
  if (!code || !verifier) return null
  sessionStorage.removeItem(VERIFIER)
  history.replaceState(null, '', location.pathname)
  const res = await fetch(idp.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      client_id: idp.clientId,
      redirect_uri: location.origin + location.pathname,
    }),
  })
  if (!res.ok) throw new Error(`identity provider: ${res.status}`)
  const token = ((await res.json()) as { access_token: string }).access_token
  const { sub, agency, role, unit } = claimsOf(token)
  return { token, identity: { sub, agency, role, unit } }
}
