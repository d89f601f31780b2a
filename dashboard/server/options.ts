// The dashboard server's settings from the environment.
import { DASHBOARD_DEFAULT_PORT } from '@lienthong/schema'
import type { DashboardServerOptions } from './serve.ts'

export function dashboardServerOptions(env: Record<string, string | undefined>, gatewayUrl: string): DashboardServerOptions {
  const port = Number(env.DASHBOARD_PORT || DASHBOARD_DEFAULT_PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('DASHBOARD_PORT: must be a port number 0–65535')
  const idp =
    env.LT_IDP_AUTHORIZE_URL && env.LT_IDP_TOKEN_URL && env.LT_IDP_CLIENT_ID
      ? {
          authorizeUrl: env.LT_IDP_AUTHORIZE_URL,
          tokenUrl: env.LT_IDP_TOKEN_URL,
          clientId: env.LT_IDP_CLIENT_ID,
          ...(env.LT_IDP_SCOPE ? { scope: env.LT_IDP_SCOPE } : {}),
        }
      : undefined
  return { host: env.HOST || '127.0.0.1', port, gatewayUrl, development: env.NODE_ENV !== 'production', ...(idp ? { identityProvider: idp } : {}) }
}
