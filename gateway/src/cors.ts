// CORS for browser integrators (the committee's dashboard first): only the configured origins
// (LT_CORS_ORIGINS) may read answers from a page of another origin. Tokens travel in the
// Authorization header, never in cookies, so no credentials mode is offered; Apollo's CSRF
// prevention stays on (a cross-origin POST must be JSON or carry a preflight header, which
// makes the browser ask first, and this answers only for the allowed origins).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { PURPOSE_HEADER } from './context.ts'

export interface CorsOptions {
  /** Origins (scheme://host[:port]) allowed to call the gateway from a browser. */
  origins: readonly string[]
  /** How long a browser may cache a preflight answer, in seconds. */
  maxAgeSeconds?: number
}

/** Request headers a browser integrator may send. */
export const CORS_ALLOWED_HEADERS = ['authorization', 'content-type', PURPOSE_HEADER, 'x-request-id', 'apollo-require-preflight', 'x-apollo-operation-name']
/** Response headers a browser integrator may read (export file names, rate-limit retry, request id). */
export const CORS_EXPOSED_HEADERS = ['content-disposition', 'retry-after', 'x-request-id']

/**
 * The gateway's `onRequest` hook: adds the CORS headers for an allowed origin and answers
 * preflights itself (204 for an allowed origin, 403 for any other, so the browser blocks the call).
 */
export function createCors(options: CorsOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const allowed = new Set(options.origins)
  const maxAge = String(options.maxAgeSeconds ?? 600)
  return (req, res) => {
    const origin = req.headers.origin
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] != null
    if (origin) res.setHeader('vary', 'Origin')
    const ok = typeof origin === 'string' && allowed.has(origin)
    if (ok) {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('access-control-expose-headers', CORS_EXPOSED_HEADERS.join(', '))
    }
    if (!preflight) return false
    if (!ok) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('origin not allowed: add it to LT_CORS_ORIGINS')
      return true
    }
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': CORS_ALLOWED_HEADERS.join(', '),
      'access-control-max-age': maxAge,
    })
    res.end()
    return true
  }
}
